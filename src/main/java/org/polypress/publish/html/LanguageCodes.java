package org.polypress.publish.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.polypress.profile.Profiles;

/**
 * ISO 639-2 codes as Akoma Ntoso's FRBRlanguage carries them ("dut", "nld", "eng") to the
 * BCP-47 tags HTML wants ("nl", "en"), and a language's name in that language ("Nederlands").
 */
final class LanguageCodes {

    /**
     * ISO 639-2/B codes that differ from the /T codes the JDK knows: those of the languages with a
     * profile, as the profiles give them ({@link Profiles#byIso6392b}), and of languages without
     * one that an Akoma Ntoso document from elsewhere may carry.
     */
    private static final Map<String, String> BIBLIOGRAPHIC = bibliographic();

    private static final Map<String, String> TERMINOLOGIC = terminologic();

    private LanguageCodes() {
    }

    /** "dut"/"nld" → "nl"; a two-letter code stays; an unknown code stays as it is; blank → "und". */
    static String toBcp47(String code) {
        if (code == null || code.isBlank()) {
            return "und";
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.matches("[a-z]{2}(-[a-z0-9]{1,8})*")) {
            return c;
        }
        String two = BIBLIOGRAPHIC.getOrDefault(c, TERMINOLOGIC.get(c));
        return two != null ? two : (c.matches("[a-z]{3}") ? c : "und");
    }

    /** The language's own name for itself, capitalised as a list entry: "Nederlands", "Ελληνικά". */
    static String endonym(String bcp47) {
        Locale locale = Locale.forLanguageTag(bcp47);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty() || name.equalsIgnoreCase(bcp47)) {
            return bcp47;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static Map<String, String> bibliographic() {
        Map<String, String> map = new HashMap<>(Map.ofEntries(
                Map.entry("alb", "sq"), Map.entry("arm", "hy"), Map.entry("baq", "eu"), Map.entry("bur", "my"),
                Map.entry("chi", "zh"), Map.entry("geo", "ka"), Map.entry("ice", "is"), Map.entry("mac", "mk"),
                Map.entry("mao", "mi"), Map.entry("may", "ms"), Map.entry("per", "fa"), Map.entry("tib", "bo"),
                Map.entry("wel", "cy")));
        map.putAll(Profiles.byIso6392b());
        return Map.copyOf(map);
    }

    private static Map<String, String> terminologic() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form: nothing to map
            }
        }
        return Map.copyOf(map);
    }
}
