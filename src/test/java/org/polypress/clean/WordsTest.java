package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-made word scanner finds what the regexes it replaces found, at the same places. */
class WordsTest {
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\-]*[\\p{L}\\p{M}]|[\\p{L}\\p{M}]");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)*");

    /** Lines of the dev corpus (pdftotext's default output) and of the samples, with hyphens, digits, marks. */
    private static final List<String> LINES = List.of(
            "COMMISSION DELEGATED REGULATION (EU) 2024/1772 of 13 March 2024 supplementing Regulation (EU) 2022/2554",
            "με την οποία ενσωματώνεται στην ελληνική νομοθεσία η Οδηγία 2015/1794/ΕΕ του Ευρωπαϊκού Κοινο-",
            "w sprawie ogłoszenia jednolitego tekstu ustawy o cyfryzacji — art. 12a–12c, poz. 2058",
            "Künstliche Intelligenz „made in Germany“ – KI-Strategie der Bundes-regierung --",
            "ordonanța de urgență privind internaționalizarea; e\u0301te\u0301 (combining marks) -ab- a-",
            "l'ANSSI et la directive NIS 2 : 3e niveau, co-construction, 15-20 ans, \uD835\uDC00\uD835\uDC01 x",
            "- - -- a--b 1-2-3 -x- ab-",
            "");

    private static List<String> byRegex(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byHand(Words.Shape shape, String s) {
        List<String> out = new ArrayList<>();
        Words w = new Words(s, shape);
        while (w.find()) {
            out.add(w.start() + ":" + w.end() + ":" + w.group());
        }
        return out;
    }

    @Test
    void findsTheSameWordsAsTheRegexes() {
        for (String line : LINES) {
            assertEquals(byRegex(LETTERS, line), byHand(Words.Shape.LETTERS_AND_INNER_HYPHENS, line), line);
            assertEquals(byRegex(ALPHANUMERIC, line), byHand(Words.Shape.ALPHANUMERIC_HYPHENATED, line), line);
        }
        assertEquals(List.of("0:12:KI-Strategie", "13:16:der", "17:22:Koino"),
                byHand(Words.Shape.LETTERS_AND_INNER_HYPHENS, "KI-Strategie der Koino-"), "a line-end hyphen is not the word's");
        assertEquals(List.of("0:5:15-20", "6:9:ans", "10:15:a-b-c"),
                byHand(Words.Shape.ALPHANUMERIC_HYPHENATED, "15-20 ans a-b-c-"));
    }
}
