package org.polypress.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.TestTexts;

/** Schema validation, with the schema's eId/GUID uniqueness checked in linear time. */
class AknValidatorTest {
    private static final AknValidator VALIDATOR = new AknValidator();
    private static final String VALID = TestTexts.read("akn/resolution-nl.akn.xml");

    @Test
    void aValidDocumentHasNoErrors() {
        assertEquals(List.of(), VALIDATOR.errors(VALID));
    }

    @Test
    void aDuplicateEidIsAnError() {
        assertTrue(VALID.contains("eId=\"para_1\"") && VALID.contains("eId=\"para_2\""));
        List<String> errors = VALIDATOR.errors(VALID.replace("eId=\"para_2\"", "eId=\"para_1\""));
        assertTrue(errors.stream().anyMatch(e -> e.contains("duplicate eId \"para_1\"")), errors.toString());
    }

    @Test
    void aDuplicateGuidIsAnError() {
        String twice = VALID.replace("eId=\"para_1\"", "eId=\"para_1\" GUID=\"g-1\"")
                .replace("eId=\"para_2\"", "eId=\"para_2\" GUID=\"g-1\"");
        List<String> errors = VALIDATOR.errors(twice);
        assertTrue(errors.stream().anyMatch(e -> e.contains("duplicate GUID \"g-1\"")), errors.toString());
    }

    @Test
    void schemaErrorsAreStillReported() {
        List<String> errors = VALIDATOR.errors(VALID.replaceFirst("<mainBody>", "<mainBody><nonsense/>"));
        assertTrue(errors.stream().anyMatch(e -> e.contains("nonsense")), errors.toString());
    }

    @Test
    void theParseThatValidatesAlsoBuildsTheTreeTheEditionsRead() throws Exception {
        net.sf.saxon.s9api.Processor saxon = new net.sf.saxon.s9api.Processor(false);
        net.sf.saxon.s9api.BuildingContentHandler builder = saxon.newDocumentBuilder().newBuildingContentHandler();
        assertEquals(List.of(), VALIDATOR.errors(VALID, builder));
        net.sf.saxon.s9api.XdmNode parsed = saxon.newDocumentBuilder().build(
                new javax.xml.transform.stream.StreamSource(new java.io.StringReader(VALID)));
        assertEquals(parsed.toString(), builder.getDocumentNode().toString(), "the same document as a parse of its own");
        assertTrue(builder.getDocumentNode().getStringValue().contains("Europees Parlement"));
    }

    @Test
    void aDocumentTypeIsNeededNotJustWellFormedXml() {
        assertTrue(!VALIDATOR.errors("<x/>").isEmpty());
        assertTrue(!VALIDATOR.errors("not xml").isEmpty());
    }
}
