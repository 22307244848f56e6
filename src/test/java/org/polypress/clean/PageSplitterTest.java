package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.TestTexts;

class PageSplitterTest {
    private final PageSplitter splitter = new PageSplitter();

    @Test
    void formFeedsSeparatePages() {
        PageSplitter.Result r = splitter.split("one\ntext\fsecond page\f");
        assertEquals(2, r.pages().size());
        assertEquals(List.of("second page"), r.pages().get(1).lines());
        assertEquals("form feeds", r.evidence());
    }

    @Test
    void singleLeadingSpaceMarksPageStartsInTheCouncilSample() {
        PageSplitter.Result r = splitter.split(TestTexts.read(TestTexts.COUNCIL));
        assertEquals("page-start lines", r.evidence());
        assertEquals(18, r.pages().size());
        // Page 4 starts with paragraph 6, its page-start space removed.
        assertTrue(r.pages().get(3).lines().get(0).startsWith("6. INDACHTIG"), r.pages().get(3).lines().get(0));
    }

    @Test
    void runsOfSpaceStartedLinesAreBulletsNotPages() {
        // From the strategy sample: the bullet glyph came out as a single leading space.
        String text = " 1. Inleiding\nDe drie strategische belangen zijn van toepassing:\n\n"
                + " verdediging van het eigen en bondgenootschappelijk grondgebied;\n"
                + " een effectief functionerende internationale rechtsorde;\n"
                + " economische veiligheid.\n\nDeze belangen\n Tweede pagina begint hier.\nnog tekst\n";
        PageSplitter.Result r = splitter.split(text);
        assertEquals(2, r.pages().size());
        assertEquals(3, r.spaceBullets());
        assertTrue(r.pages().get(0).lines().contains("• een effectief functionerende internationale rechtsorde;"));
        assertEquals("Tweede pagina begint hier.", r.pages().get(1).lines().get(0));
    }

    @Test
    void plainTextIsOnePage() {
        assertEquals(1, splitter.split("just\nsome\nlines\n").pages().size());
    }
}
