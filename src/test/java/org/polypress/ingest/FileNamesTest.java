package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void theLastDotSplitsNameAndExtension() {
        assertEquals("report.v2", FileNames.stem("report.v2.txt"));
        assertEquals("txt", FileNames.extension("report.v2.TXT"));
        assertEquals("32019R0881", FileNames.stem("32019R0881"));
        assertEquals("", FileNames.extension("32019R0881"));
    }

    @Test
    void aNameOpenedByItsOnlyDotHasNoExtension() {
        assertEquals(".profile", FileNames.stem(".profile"));
        assertEquals("", FileNames.extension(".profile"));
    }

    @Test
    void foldersAreNotPartOfTheName() {
        assertEquals("pdf", FileNames.extension("in/act.v1/scan.PDF"));
        assertEquals("", FileNames.extension("in/act.v1/README"));
        assertEquals("in\\notes", FileNames.stem("in\\notes"));
    }
}
