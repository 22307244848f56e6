package org.polypress.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** FRBR IRIs of the naming convention, built and read back in one place. */
class FrbrUriTest {
    @Test
    void buildsEveryLevelOfACouncilDocument() {
        FrbrUri work = FrbrUri.work("eu", "doc", "outcomeOfProceedings", "2017-11-20", FrbrUri.numberComponent("14435/17"));
        FrbrUri nl = work.withLanguage("dut");
        assertEquals("/akn/eu/doc/outcomeOfProceedings/2017-11-20/14435-17", work.workUri());
        assertEquals("/akn/eu/doc/outcomeOfProceedings/2017-11-20/14435-17/!main", work.workComponent("main"));
        assertEquals("/akn/eu/doc/outcomeOfProceedings/2017-11-20/14435-17/dut@", nl.expressionUri());
        assertEquals("/akn/eu/doc/outcomeOfProceedings/2017-11-20/14435-17/dut@/!main", nl.expressionComponent("main"));
        assertEquals("/akn/eu/doc/outcomeOfProceedings/2017-11-20/14435-17/dut@.akn", nl.manifestationUri("akn"));
        assertEquals("/akn/eu/doc/outcomeOfProceedings/2017-11-20/14435-17/dut@/!main.xml",
                nl.manifestationComponent("main", "xml"));
        assertEquals("/akn/eu/doc/outcomeOfProceedings/2017-11-20/14435-17/annex_1/dut@",
                nl.withPart("annex_1").expressionUri());
    }

    @Test
    void numbersOfTheInstitutionsAreComponents() {
        assertEquals("P9_TA(2023)0282", FrbrUri.numberComponent("P9_TA(2023)0282"));
        assertEquals("2022-2076(INI)", FrbrUri.numberComponent("2022/2076(INI)"));
        assertEquals("2024-1772", FrbrUri.numberComponent("2024/1772"));
        assertEquals("14435-17-ADD-1", FrbrUri.numberComponent("14435/17 ADD 1"));
    }

    @Test
    void parsesWhatItBuildsAtEveryLevel() {
        FrbrUri fr = FrbrUri.work("fr", "doc", "document", FrbrUri.UNDATED, "directive-nis-2-12bf1232").withLanguage("fre");
        for (String iri : new String[] {fr.workUri(), fr.workComponent("main"), fr.expressionUri(),
                fr.expressionComponent("main"), fr.manifestationUri("akn"), fr.manifestationComponent("main", "xml")}) {
            FrbrUri read = FrbrUri.parse(iri).orElseThrow(() -> new AssertionError(iri));
            assertEquals(fr.asWork(), read.asWork(), iri);
        }
        assertEquals("fre", FrbrUri.parse(fr.expressionComponent("main")).orElseThrow().language());
        FrbrUri annex = FrbrUri.parse("/akn/eu/doc/document/2024-03-13/2024-1772/annex_2/eng@/!main").orElseThrow();
        assertEquals("annex_2", annex.part());
        assertEquals("2024-1772", annex.number());
    }

    @Test
    void readsCobaltsShortFormsWithoutSubtypeOrWithAYear() {
        FrbrUri act = FrbrUri.parse("/akn/za/act/2009/1/eng@").orElseThrow();
        assertEquals("", act.subtype());
        assertEquals("2009", act.date());
        assertEquals("1", act.number());
        FrbrUri doc = FrbrUri.parse("/akn/eu/doc/2020-01-01/1/!main").orElseThrow();
        assertEquals("", doc.subtype());
        assertEquals("", doc.language());
    }

    @Test
    void refusesWhatIsNoIri() {
        assertTrue(FrbrUri.parse("/ontology/organization/polypress").isEmpty());
        assertTrue(FrbrUri.parse("akn/eu/doc/2020-01-01/1").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> FrbrUri.work("eu", "doc", "", "2020-01-01", "a/b"));
        assertThrows(IllegalStateException.class, () -> FrbrUri.work("eu", "doc", "", "2020-01-01", "1").expressionUri());
    }
}
