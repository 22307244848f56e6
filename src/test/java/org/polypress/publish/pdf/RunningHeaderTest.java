package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The PDF's running header is one line: never justified, never wrapped, its parts cut with an ellipsis. */
class RunningHeaderTest {

    /** Chapter II of Commission Delegated Regulation (EU) 2024/1772, as the structure stage writes it. */
    private static final String AKN = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="regulation"><meta>
            <identification source="#t"><FRBRWork><FRBRthis value="/akn/eu/act/2024-03-13/2024-1772/!main"/>
            <FRBRuri value="/akn/eu/act/2024-03-13/2024-1772"/><FRBRdate date="2024-03-13" name="document"/>
            <FRBRauthor href="#t"/><FRBRcountry value="eu"/><FRBRnumber value="2024/1772"/>
            <FRBRname value="COMMISSION DELEGATED REGULATION (EU) 2024/1772"/></FRBRWork>
            <FRBRExpression><FRBRthis value="/akn/eu/act/2024-03-13/2024-1772/eng@/!main"/>
            <FRBRuri value="/akn/eu/act/2024-03-13/2024-1772/eng@"/><FRBRdate date="2024-03-13" name="document"/>
            <FRBRauthor href="#t"/><FRBRlanguage language="eng"/></FRBRExpression>
            <FRBRManifestation><FRBRthis value="/akn/eu/act/2024-03-13/2024-1772/eng@/!main.xml"/>
            <FRBRuri value="/akn/eu/act/2024-03-13/2024-1772/eng@.akn"/><FRBRdate date="2024-03-13" name="generation"/>
            <FRBRauthor href="#t"/></FRBRManifestation></identification></meta>
            <body><chapter eId="chp_ii"><num>CHAPTER II</num><heading>MAJOR INCIDENTS AND MATERIALITY THRESHOLDS</heading>
            <article eId="art_8"><num>Article 8</num><heading>Major incidents</heading>
            <paragraph eId="art_8__para_1"><content><p>An ICT-related incident shall be considered a major incident.</p></content></paragraph>
            </article></chapter></body></act></akomaNtoso>
            """;

    @Test
    void theHeaderIsOneUnjustifiedLineWithItsPartsCut() throws Exception {
        String fo = PdfFixtures.renderer().renderFo(PdfFixtures.parse(AKN), "en", Map.of());
        Matcher header = Pattern.compile("<fo:static-content flow-name=\"ppfo-header-rest\"[^>]*>\\s*<fo:block([^>]*)>")
                .matcher(fo);
        assertTrue(header.find(), "the running header");
        String attributes = header.group(1);
        assertTrue(attributes.contains("wrap-option=\"no-wrap\""), attributes);
        assertFalse(attributes.contains("justify"), attributes);
        Matcher marker = Pattern.compile("<fo:marker marker-class-name=\"ppfo-running-1\">([^<]*)</fo:marker>").matcher(fo);
        assertTrue(marker.find(), "the chapter's marker");
        String caption = marker.group(1);
        assertTrue(caption.length() <= 36 && caption.endsWith("\u2026"), caption);
        assertTrue("CHAPTER II MAJOR INCIDENTS AND MATERIALITY THRESHOLDS".startsWith(
                caption.substring(0, caption.length() - 1).replace(" \u2014 ", " ").replace(" – ", " ").strip())
                || caption.startsWith("CHAPTER II"), caption);
        String staticContent = fo.substring(header.start(), fo.indexOf("</fo:static-content>", header.start()));
        assertFalse(staticContent.contains("leader-length.minimum"), "no stretching space: " + staticContent);
    }
}
