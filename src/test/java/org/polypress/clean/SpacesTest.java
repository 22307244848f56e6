package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding white space by hand gives what {@code strip().replaceAll("\\s+", " ")} gave. */
class SpacesTest {

    /** Lines as pdftotext's default and -layout outputs give them (dev corpus: Greek gazette, OJ masthead). */
    private static final List<String> LINES = List.of(
            "ΕΦΗΜΕΡΙΔΑ   ΤΗΣ  ΚΥΒΕΡΝΗΣΕΩΣ",
            "  L series\t\t2024/1772   25.6.2024  ",
            "Official Journal of the European Union",
            "EN \f",
            "\u00a0ΦΕΚ 63\u00a0 Α\u2003 ",
            "a\u000Bb\r\nc",
            "",
            "   ",
            "x ");

    @Test
    void foldsAsTheRegexDid() {
        for (String line : LINES) {
            assertEquals(line.strip().replaceAll("\\s+", " "), Spaces.strippedAndFolded(line), line);
            assertEquals(line.replaceAll("\\s+", " "), Spaces.folded(line), line);
        }
        assertEquals("L series 2024/1772 25.6.2024", Spaces.strippedAndFolded("  L series\t\t2024/1772   25.6.2024  "));
        assertEquals("\u00a0ΦΕΚ 63\u00a0 Α", Spaces.strippedAndFolded("\u00a0ΦΕΚ 63\u00a0 Α\u2003 "),
                "no-break spaces are not \\s; strip() takes the em space at the end");
    }

    @Test
    void aLineWithNothingToFoldIsReturnedAsItIs() {
        String line = "Official Journal of the European Union";
        assertSame(line, Spaces.folded(line));
    }
}
