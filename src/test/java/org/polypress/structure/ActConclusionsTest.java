package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.clean.NoteRefs;

/**
 * The end of an Official Journal act as pdftotext gives it (Commission Delegated Regulation (EU)
 * 2025/301): the enacting formula is a block of its own, not the end of the last recital, and the
 * closing formula with place and date opens the conclusions, where the signatures stand as they are
 * printed, never as headings or as part of the last article.
 */
class ActConclusionsTest {

    private static final String TEXT = String.join("\n",
            "THE EUROPEAN COMMISSION,",
            "",
            "Having regard to the Treaty on the Functioning of the European Union,",
            "",
            "Whereas:",
            "",
            "(1)",
            "",
            "The European Data Protection Supervisor was consulted in accordance with Article 42(1) of Regulation",
            "(EU) 2018/1725 of the European Parliament and of the Council and delivered a positive opinion on 22 July",
            "2024. Any processing of personal data within the scope of this Regulation should be performed in accordance with",
            "the applicable data protection principles and provisions from Regulation (EU) 2018/1725,",
            "HAS ADOPTED THIS REGULATION:",
            "",
            "Article 1",
            "Entry into force",
            "",
            "This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of the",
            "European Union.",
            "",
            "This Regulation shall be binding in its entirety and directly applicable in all Member States.",
            "Done at Brussels, 23 October 2024.",
            "",
            "For the Commission",
            "The President",
            "Ursula VON DER LEYEN",
            "");

    @Test
    void enactingFormulaClosingFormulaAndSignaturesStandApart() {
        DocumentTree t = StructureFixtures.tree("en", TEXT);
        List<String> preamble = t.main().preamble().stream()
                .map(n -> n instanceof Node.Prose pr ? pr.text() : ((Node.Unit) n).text()).map(NoteRefs::strip).toList();
        assertEquals("HAS ADOPTED THIS REGULATION:", preamble.get(preamble.size() - 1));
        assertTrue(preamble.get(preamble.size() - 2).endsWith("from Regulation (EU) 2018/1725,"), preamble.toString());
        List<String> conclusions = t.main().conclusions().stream().map(n -> NoteRefs.strip(((Node.Prose) n).text())).toList();
        assertEquals(List.of("Done at Brussels, 23 October 2024.", "For the Commission", "The President", "Ursula VON DER LEYEN"),
                conclusions);
        String body = t.main().body().toString();
        assertTrue(body.contains("directly applicable in all Member States."), body);
        assertTrue(!body.contains("Done at"), body);
    }
}
