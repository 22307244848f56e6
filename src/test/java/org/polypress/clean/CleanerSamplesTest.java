package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.TestTexts;
import org.polypress.profile.Profiles;

/** The whole cleaning stage on the three sample documents. */
class CleanerSamplesTest {
    private static final Profiles PROFILES = new Profiles();
    private final Cleaner cleaner = new Cleaner();

    private static String all(CleanDocument d) {
        StringBuilder b = new StringBuilder();
        d.blocks().forEach(x -> b.append(x.plain()).append('\n'));
        return b.toString();
    }

    @Test
    void councilConclusions() {
        CleanDocument d = cleaner.clean(TestTexts.read(TestTexts.COUNCIL), PROFILES.forLanguage("nl"));
        assertEquals(21, d.notes().size());
        assertTrue(d.notes().stream().allMatch(Footnote::linked));
        String text = all(d);
        assertFalse(text.contains("mou/ASS/sv"));
        assertFalse(text.contains("DG D 2B"));
        assertTrue(text.contains("inzake cyberbeveiliging, internetgovernance, versterking"));
        assertTrue(text.contains("veiligheids- en defensiebeleid (GVDB)"));
        assertTrue(d.stats().doubleSpaced());
        assertEquals(2, d.stats().furnitureRemoved());
        // The note after "anderzijds" sits right after that word.
        assertTrue(d.blocks().stream().anyMatch(b -> b.text().contains("anderzijds" + NoteRefs.ref(1) + ";")));
        // Paragraphs 1..62 each start a block, in order.
        List<Integer> numbers = d.blocks().stream().map(Block::plain).filter(t -> t.matches("^\\d{1,2}\\. .*"))
                .map(t -> Integer.parseInt(t.substring(0, t.indexOf('.')))).toList();
        for (int i = 0; i < 62; i++) {
            assertEquals(i + 1, numbers.get(i));
        }
    }

    @Test
    void parliamentResolutionWithNotesRestartingPerPage() {
        CleanDocument d = cleaner.clean(TestTexts.read(TestTexts.RESOLUTION), PROFILES.forLanguage("nl"));
        assertEquals(12, d.notes().size());
        assertEquals(List.of("1", "2", "3", "4", "1", "2", "3", "4", "5", "6", "7", "8"),
                d.notes().stream().map(Footnote::marker).toList());
        String text = all(d);
        assertTrue(text.contains("aan publiek-private samenwerking (waaronder"));
        assertTrue(text.contains("met name de artikelen 6, 8 en 11,"), "118, = article 11 + note 8");
        assertTrue(text.contains("een juridisch kader tot versnippering leiden"), "page break mid-sentence joined");
    }

    @Test
    void strategyWithSpaceBulletsAndABox() {
        CleanDocument d = cleaner.clean(TestTexts.read(TestTexts.STRATEGY), PROFILES.forLanguage("nl"));
        assertTrue(d.notes().isEmpty());
        assertEquals(1, d.stats().boxes());
        String text = all(d);
        assertTrue(text.contains("• een effectief functionerende internationale rechtsorde;"));
        assertTrue(text.contains("verankering van het multistakeholder-overlegmodel"));
        assertTrue(text.contains("het Europese CSIRT-netwerk waar"));
    }
}
