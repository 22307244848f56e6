package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One extractor serves several threads at once and gives each the same result as alone. */
class ExtractorConcurrencyTest {
    @Test
    void parallelExtractionsGiveTheSameResults() throws Exception {
        Extractor extractor = new Extractor(ExtractionLimits.defaults());
        LanguageDetector languages = new LanguageDetector();
        List<String> names = List.of("a.pdf", "b.docx", "c.txt", "d.html", "e.txt");
        List<byte[]> inputs = List.of(
                TestFiles.resource("ro_oug-internationalizare_draft-2017.pdf"),
                TestFiles.docx(TestFiles.docxDocument("Paragraph one.", "Paragraph two.")),
                TestFiles.resourceText("lang/pl_dzu-2015-poz-2058.txt").getBytes("ISO-8859-2"),
                TestFiles.utf8("<html><body><p>Η Επιτροπή εκδίδει απόφαση.</p></body></html>"),
                TestFiles.resource("lang/nl_seed-000.txt"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ExtractedText result = extractor.extract(names.get(i), inputs.get(i));
            expected.add(result.charset() + "|" + languages.detect(result.text()).code() + "|" + result.text());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < names.size(); i++) {
                    int k = i;
                    futures.add(pool.submit(() -> {
                        ExtractedText result = extractor.extract(names.get(k), inputs.get(k));
                        return result.charset() + "|" + languages.detect(result.text()).code() + "|" + result.text();
                    }));
                }
            }
            for (int j = 0; j < futures.size(); j++) {
                assertEquals(expected.get(j % names.size()), futures.get(j).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("ISO-8859-2|pl", expected.get(2).substring(0, 13));
    }
}
