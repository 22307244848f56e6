package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outline of a European Parliament text as pdftotext gives it: labels alone on their lines
 * ("1.", "(a)", "(I)") over headings, numbered paragraphs under them. Numbering styles nest in the
 * order they first appear; a lettered label over a heading-like text between blocks of other styles
 * is a heading, while a run of lettered items stays a list.
 */
class OutlineHeadingsTest {

    private static final String TEXT = String.join("\n",
            "51.",
            "",
            "Notes with concern that the Access to COVID-19 Tools Accelerator delivered only",
            "150 million COVID-19 tests between 2020 and 2022;",
            "",
            "1.",
            "",
            "Health",
            "",
            "(a)",
            "",
            "Building the European Health Union for the prevention of, preparedness for and",
            "response to cross-border health threats",
            "",
            "(I)",
            "",
            "EU PREVENTION OF, PREPAREDNESS FOR AND RESPONSE TO CROSS-BORDER HEALTH",
            "THREATS",
            "",
            "52.",
            "",
            "Believes that health promotion and prevention of, preparedness for and response to",
            "existing and future cross-border public health threats must constitute the foundations;",
            "",
            "53.",
            "",
            "Calls on the Member States to:",
            "",
            "(a)",
            "",
            "publish their plans;",
            "",
            "(b)",
            "",
            "test them every year;",
            "",
            "(II)",
            "",
            "ROLE OF THE REGULATION ON SERIOUS CROSS-BORDER THREATS TO HEALTH",
            "",
            "54.",
            "",
            "Welcomes the agreement on the regulation;",
            "");

    private static void headings(List<Node> nodes, String indent, List<String> out) {
        for (Node n : nodes) {
            if (n instanceof Node.Container c) {
                out.add(indent + c.num() + " " + c.heading());
                headings(c.children(), indent + "  ", out);
            }
        }
    }

    @Test
    void labelsOverHeadingsNestByStyle() {
        DocumentTree t = StructureFixtures.tree("en", TEXT);
        List<String> out = new ArrayList<>();
        headings(t.main().body(), "", out);
        assertEquals(List.of(
                "1 Health",
                "  (a) Building the European Health Union for the prevention of, preparedness for and response to cross-border health threats",
                "    (I) EU PREVENTION OF, PREPAREDNESS FOR AND RESPONSE TO CROSS-BORDER HEALTH THREATS",
                "    (II) ROLE OF THE REGULATION ON SERIOUS CROSS-BORDER THREATS TO HEALTH"), out);
    }

    /**
     * The same resolution: "(II)" right under the last line of a paragraph (no blank line between)
     * and its heading over four lines in capitals.
     */
    @Test
    void aRomanLabelUnderAParagraphOpensAHeadingOfFourLines() {
        String text = String.join("\n",
                "53.",
                "",
                "Acknowledges that the EU is the leading exporter of vaccines globally; recognises the EU's",
                "position as a frontrunner in these efforts;",
                "(II)",
                "",
                "ROLE OF THE REGULATION ON SERIOUS CROSS-BORDER THREATS TO HEALTH, THE",
                "EUROPEAN CENTRE FOR DISEASE PREVENTION AND CONTROL (ECDC), THE EUROPEAN",
                "MEDICINES AGENCY (EMA) AND THE EMERGENCY PREPAREDNESS AND RESPONSE",
                "AUTHORITY (HERA)",
                "",
                "54.",
                "",
                "Welcomes the agreement on the regulation;",
                "");
        List<String> out = new ArrayList<>();
        headings(StructureFixtures.tree("en", text).main().body(), "", out);
        assertEquals(List.of("(II) ROLE OF THE REGULATION ON SERIOUS CROSS-BORDER THREATS TO HEALTH, THE EUROPEAN CENTRE FOR"
                + " DISEASE PREVENTION AND CONTROL (ECDC), THE EUROPEAN MEDICINES AGENCY (EMA) AND THE EMERGENCY PREPAREDNESS"
                + " AND RESPONSE AUTHORITY (HERA)"), out);
    }
}
