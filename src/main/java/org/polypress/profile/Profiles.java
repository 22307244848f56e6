package org.polypress.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All language profiles, loaded once from {@code profiles/*.properties} on the class path.
 * Adding a language = adding one properties file (see README).
 */
public final class Profiles {
    /** The 24 official languages of the EU. */
    public static final List<String> EU_LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi",
            "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");
    /** ISO 639-2/B codes, used when a language has no profile of its own. */
    private static final Map<String, String> ISO_639_2B = Map.ofEntries(
            Map.entry("bg", "bul"), Map.entry("cs", "cze"), Map.entry("da", "dan"), Map.entry("de", "ger"),
            Map.entry("el", "gre"), Map.entry("en", "eng"), Map.entry("es", "spa"), Map.entry("et", "est"),
            Map.entry("fi", "fin"), Map.entry("fr", "fre"), Map.entry("ga", "gle"), Map.entry("hr", "hrv"),
            Map.entry("hu", "hun"), Map.entry("it", "ita"), Map.entry("lt", "lit"), Map.entry("lv", "lav"),
            Map.entry("mt", "mlt"), Map.entry("nl", "dut"), Map.entry("pl", "pol"), Map.entry("pt", "por"),
            Map.entry("ro", "rum"), Map.entry("sk", "slo"), Map.entry("sl", "slv"), Map.entry("sv", "swe"));

    private final Properties english;
    private final Map<String, LanguageProfile> cache = new ConcurrentHashMap<>();

    public Profiles() {
        english = load("en");
        if (english.isEmpty()) {
            throw new IllegalStateException("profiles/en.properties is missing from the class path");
        }
    }

    /** The profile for an ISO 639-1 code; English words stand in for a language without a file. */
    public LanguageProfile forLanguage(String code) {
        String c = code == null ? "en" : code.toLowerCase(java.util.Locale.ROOT);
        return cache.computeIfAbsent(c, k -> {
            Properties own = load(k);
            if (own.isEmpty()) {
                own.setProperty("iso639-2b", ISO_639_2B.getOrDefault(k, k.length() == 3 ? k : "und"));
            }
            return new LanguageProfile(k, own, english);
        });
    }

    private static Properties load(String code) {
        Properties p = new Properties();
        if (!code.matches("[a-z]{2,3}")) {
            return p;
        }
        try (InputStream in = Profiles.class.getResourceAsStream("/profiles/" + code + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
