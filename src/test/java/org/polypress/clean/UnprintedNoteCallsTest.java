package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnprintedNoteCallsTest {
    private static final UnprintedNoteCalls ENGLISH = new UnprintedNoteCalls(List.of("Article", "point", "paragraph"));

    private static UnprintedNoteCalls.Result find(UnprintedNoteCalls calls, String... lines) {
        return calls.find(List.of(new Page(1, List.of(lines))), List.of());
    }

    private static String text(UnprintedNoteCalls.Result r) {
        return String.join("\n", r.pages().get(0).lines());
    }

    @Test
    void callAfterAReferenceNumberBecomesANoteWithoutBody() {
        // EUR-Lex opening of Commission Implementing Regulation (EU) 2015/1165: the notes are cut off.
        UnprintedNoteCalls.Result r = find(ENGLISH,
                "Having regard to Regulation (EC) No 1107/2009 of the European Parliament and of the Council of 21 October "
                        + "2009 concerning the placing of plant protection products on the market and repealing Council "
                        + "Directives 79/117/EEC and 91/414/EEC (1), and in particular Article 13(2) thereof,",
                "",
                "Whereas:",
                "",
                "(1)",
                "",
                "In accordance with Article 7(1) of Regulation (EC) No 1107/2009, the United Kingdom received on 20 September");
        assertTrue(text(r).contains("and 91/414/EEC" + NoteRefs.ref(1) + ", and in particular Article 13(2) thereof,"), text(r));
        assertTrue(text(r).contains("\n(1)\n"), text(r));
        assertEquals(List.of(Footnote.notInSource(1, "1", 1)), r.notes());
        assertFalse(r.notes().get(0).bodyInSource());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).startsWith("note (1) is cited but its text is not in the document"), r.warnings().get(0));
    }
}
