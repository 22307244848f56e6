package org.polypress.ingest;

import java.util.Map;

/**
 * The letters beyond ASCII that each European language writes (lower case), so that a decoding
 * can be checked against the language it reads as: French read as windows-1250 shows {@code č}
 * and {@code ŕ}, Polish read as ISO-8859-2 instead of windows-1250 shows {@code š} for {@code ą}.
 * Greek and Cyrillic languages accept any letter of their script. Languages not listed are not
 * checked.
 */
final class Alphabets {
    private static final Map<String, String> LATIN = Map.ofEntries(
            Map.entry("en", "éèêëàâäîïôöûüùçñæœ"),
            Map.entry("fr", "àâæçéèêëîïôœùûüÿ"),
            Map.entry("de", "äöüßéèàç"),
            Map.entry("nl", "áéíóúàèëïöüçêâîôû"),
            Map.entry("lb", "äëéèöüâêîôû"),
            Map.entry("pl", "ąćęłńóśźż"),
            Map.entry("ro", "ăâîșțşţ"),
            Map.entry("cs", "áčďéěíňóřšťúůýž"),
            Map.entry("sk", "áäčďéíĺľňóôŕšťúýž"),
            Map.entry("sl", "čšžćđ"),
            Map.entry("hr", "čćđšž"),
            Map.entry("hu", "áéíóöőúüű"),
            Map.entry("it", "àèéìíîòóùú"),
            Map.entry("es", "áéíóúüñ"),
            Map.entry("pt", "áâãàçéêíóôõú"),
            Map.entry("ca", "àçèéíïòóúü"),
            Map.entry("da", "æøåé"),
            Map.entry("no", "æøåéèêóòô"),
            Map.entry("sv", "åäöé"),
            Map.entry("fi", "äöåšž"),
            Map.entry("et", "äöõüšž"),
            Map.entry("lv", "āčēģīķļņšūž"),
            Map.entry("lt", "ąčęėįšųūž"),
            Map.entry("mt", "ċġħżàèìòù"),
            Map.entry("ga", "áéíóú"),
            Map.entry("tr", "çğıöşüâîû"));
    private static final Map<String, Character.UnicodeScript> SCRIPT = Map.of(
            "el", Character.UnicodeScript.GREEK,
            "bg", Character.UnicodeScript.CYRILLIC,
            "ru", Character.UnicodeScript.CYRILLIC,
            "uk", Character.UnicodeScript.CYRILLIC,
            "sr", Character.UnicodeScript.CYRILLIC,
            "mk", Character.UnicodeScript.CYRILLIC,
            "be", Character.UnicodeScript.CYRILLIC);

    private Alphabets() {
    }

    /** Whether the language is known here (otherwise every letter fits). */
    static boolean knows(String language) {
        return LATIN.containsKey(language) || SCRIPT.containsKey(language);
    }

    /** Whether the non-ASCII letter {@code codePoint} belongs to the language's alphabet. */
    static boolean fits(String language, int codePoint) {
        Character.UnicodeScript script = SCRIPT.get(language);
        if (script != null) {
            return Character.UnicodeScript.of(codePoint) == script;
        }
        String letters = LATIN.get(language);
        return letters == null || letters.indexOf(Character.toLowerCase(codePoint)) >= 0;
    }
}
