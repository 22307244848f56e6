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
                // Every language with a two-letter code and a 639-2/B code of its own has a profile.
                own.setProperty("iso639-2b", k.length() == 3 ? k : "und");
            }
            return new LanguageProfile(k, own, english);
        });
    }

    /**
     * The ISO 639-2/B code of every profile ("dut") to its ISO 639-1 code ("nl"), as each profile's
     * {@code iso639-2b} gives it: the one table of these codes.
     */
    public static Map<String, String> byIso6392b() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String code : EU_LANGUAGES) {
            String b = load(code).getProperty("iso639-2b", "").strip();
            if (!b.isEmpty()) {
                out.put(b, code);
            }
        }
        return Map.copyOf(out);
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
