package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Words broken upstream, from the dev gazettes as pdftotext gives them: Greek law 4532/2018 and
 * 4534/2018 (Latin capitals and U+2206 in Greek words, Greek capitals in English words), the
 * Croatian EUR-Lex opening of Regulation (EU) 2022/892 (a Cyrillic "о"), a Romanian draft's
 * cedilla letters.
 */
class BrokenWordsTest {
    private static final BrokenWords NONE = new BrokenWords(Map.of());

    @Test
    void greekWordsWithLatinLookalikes() {
        BrokenWords.Result r = NONE.apply("NOMOΣ ΥΠ’ ΑΡΙΘΜ. 4532\nTΗΣ ΚΥΒΕΡΝΗΣΕΩΣ\nΑθήνα, 5 Aπριλίου 2018\nστo πλαίσιo");
        assertEquals("ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4532\nΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ\nΑθήνα, 5 Απριλίου 2018\nστο πλαίσιο", r.text());
        assertEquals(Map.of("homoglyph", 8), r.repairs());
        assertEquals(List.of("NOMOΣ → ΝΟΜΟΣ", "TΗΣ → ΤΗΣ", "Aπριλίου → Απριλίου", "στo → στο", "πλαίσιo → πλαίσιο"), r.examples());
    }

    @Test
    void deltaAsTheIncrementSign() {
        BrokenWords.Result r = NONE.apply("ΕΦΗΜΕΡΙ∆Α\nΤΗΣ ΕΛΛΗΝΙΚΗΣ ∆ΗΜΟΚΡΑΤΙΑΣ\nΔx ∆ 5");
        assertEquals("ΕΦΗΜΕΡΙΔΑ\nΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ\nΔx ∆ 5", r.text(), "a lone increment sign is mathematics");
        assertEquals(Map.of("delta", 2), r.repairs());
    }

    @Test
    void latinWordsWithGreekOrCyrillicLookalikes() {
        BrokenWords.Result r = NONE.apply("Kingdom of ΝΟRWΑΥ, in ΧΜL format\nоd 1. travnja 2022.");
        assertEquals("Kingdom of NORWAY, in XML format\nod 1. travnja 2022.", r.text());
        assertEquals(Map.of("homoglyph", 7), r.repairs());
    }

    @Test
    void wordsOfOneScriptAndWordsWithLettersOfBothStayAsPrinted() {
        String text = "ΑΘΗΝΑ Athens Москва ΑΒΓ-ABC";
        assertEquals(text, NONE.apply(text).text());
        assertEquals(Map.of(), NONE.apply(text).repairs());
    }

    @Test
    void theLanguagesOwnLetters() {
        BrokenWords ro = new BrokenWords(Map.of('ş', 'ș', 'ţ', 'ț', 'Ş', 'Ș', 'Ţ', 'Ț'));
        BrokenWords.Result r = ro.apply("Ordonanţă de Urgenţă a Guvernului\nŢinând cont şi");
        assertEquals("Ordonanță de Urgență a Guvernului\nȚinând cont și", r.text());
        assertEquals(Map.of("letter", 4), r.repairs());
    }
}
