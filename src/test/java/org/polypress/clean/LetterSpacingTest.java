package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Letter-spaced capitals as pdftotext gives them (Dziennik Ustaw 2015 poz. 2058). */
class LetterSpacingTest {
    private static final String TEXT = String.join("\n",
            "DZIENNIK USTAW",
            "RZECZYPOSPOLITEJ POLSKIEJ",
            "Warszawa, dnia 7 grudnia 2015 r.",
            "O B W IE S ZC ZE N I E",
            "",
            "M ARS ZA ŁK A S EJ M U R ZE C ZY P O S P O LI T EJ P O L SK I EJ",
            "z dnia 19 listopada 2015 r.",
            "Załącznik do obwieszczenia Marszałka Sejmu Rzeczypospolitej",
            "Polskiej z dnia 19 listopada 2015 r. (poz. 2058)",
            "US T AW A",
            "");

    @Test
    void lettersJoinIntoTheDocumentsOwnWords() {
        LetterSpacing.Result r = LetterSpacing.apply(TEXT);
        String[] lines = r.text().split("\n", -1);
        assertEquals("OBWIESZCZENIE", lines[3]);
        assertEquals("MARSZAŁKA SEJMU RZECZYPOSPOLITEJ POLSKIEJ", lines[5]);
        assertEquals("USTAWA", lines[9], "no word of the document: one short word");
        assertEquals(3, r.joined().size());
        assertEquals(TEXT.replace(" ", "").replace("\n", ""), r.text().replace(" ", "").replace("\n", ""),
                "only spaces change");
    }

    @Test
    void capitalsInWordsAreNoLetterSpacing() {
        assertFalse(LetterSpacing.isLetterSpaced("DZIENNIK USTAW RZECZYPOSPOLITEJ POLSKIEJ"));
        assertFalse(LetterSpacing.isLetterSpaced("A B C 1 2"), "digits are never touched");
        assertFalse(LetterSpacing.isLetterSpaced("UE W E"), "too few pieces");
        assertTrue(LetterSpacing.isLetterSpaced("R O Z P O R Z Ą DZ E N I E"));
        assertFalse(LetterSpacing.isLetterSpaced("A B C D E"), "a row of column labels");
        assertFalse(LetterSpacing.isLetterSpaced("BE BG CZ DK DE EE IE EL"), "a row of country codes");
        assertFalse(LetterSpacing.isLetterSpaced("I II III IV V VI"), "roman numbers");
    }

    @Test
    void longLettersThatReadAsNoWordsStayAsPrinted() {
        String line = "Q X Z W Q X Z W Q X Z W Q X Z W Q X Z W Q X";
        assertEquals(line, LetterSpacing.apply(line + "\n").text().strip());
    }
}
