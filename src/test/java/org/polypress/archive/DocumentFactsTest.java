package org.polypress.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** bag-info.txt's facts come from the FRBR identification Polypress writes. */
class DocumentFactsTest {
    @Test
    void readsTheWorkExpressionNumberLanguageDateAndAuthor() {
        assertEquals(new DocumentFacts("/akn/eu/statement/resolution/2026-12-02/2013-2606RSP",
                        "/akn/eu/statement/resolution/2026-12-02/2013-2606RSP/dut@",
                        "Resolutie van het Europees Parlement over een EU-strategie inzake cyberveiligheid: een open, "
                                + "veilige en beveiligde cyberruimte",
                        "2013/2606(RSP)", "dut", "2026-12-02", "Europees Parlement"),
                DocumentFacts.read(Records.AKN.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDocumentWithoutNumberOrAuthorLeavesThemEmpty() {
        String akn = Records.AKN.replaceAll("<FRBRnumber [^>]*/>", "")
                .replaceAll("<TLCOrganization eId=\"author\"[^>]*/>", "");
        DocumentFacts facts = DocumentFacts.read(akn.getBytes(StandardCharsets.UTF_8));
        assertEquals("", facts.number());
        assertEquals("", facts.author());
        assertEquals("dut", facts.language());
    }
}
