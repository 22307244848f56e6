package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.profile.Labels;
import org.polypress.profile.Profiles;
import org.polypress.publish.StylesheetFolder;
import org.polypress.publish.html.CatalogueRenderer;

/** Two watchers on the same input and output folders, as two processes started by mistake would be. */
class TwoWatchersTest {
    private static final int FILES = 8;

    @TempDir
    Path tmp;

    private static String akn(int i) {
        return "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><meta><identification>"
                + "<FRBRWork><FRBRthis value=\"/akn/eu/act/2024/" + i + "/!main\"/><FRBRname value=\"Title number " + i
                + "\"/></FRBRWork></identification></meta></act></akomaNtoso>";
    }

    private static CatalogueUpdater catalogue() throws Exception {
        return new CatalogueUpdater(new CatalogueRenderer(new Processor(false), StylesheetFolder.bundled()), "en",
                Labels.of("en"));
    }

    @Test
    void bothCataloguesListEveryDocumentAndStatusJsonIsTheFirstWatchers() throws Exception {
        Harness h = new Harness(tmp);
        for (int i = 0; i < FILES; i++) {
            h.drop("doc-" + i + ".txt", akn(i));
        }
        FakePipeline.Behaviour slow = (f, c, a) -> FakePipeline.sleep(150);
        RunSummary first;
        try (WatchedFolder a = new WatchedFolder(h.settings().workers(1).build(), new FakePipeline(slow),
                List.of(catalogue()));
             WatchedFolder b = new WatchedFolder(h.settings().workers(1).build(), new FakePipeline(slow),
                     List.of(catalogue()))) {
            a.start();
            b.start();
            assertTrue(a.awaitIdle(Duration.ofSeconds(30)));
            assertTrue(b.awaitIdle(Duration.ofSeconds(30)));
            first = a.stop();
            b.stop(); // stops last: before, its status.json replaced the first watcher's
        }
        String index = h.read(CatalogueUpdater.FILE);
        for (int i = 0; i < FILES; i++) {
            assertTrue(index.contains("Title number " + i), "the catalogue lacks document " + i);
        }
        JsonObject counts = (JsonObject) h.json("status.json").get("counts");
        assertEquals(first.counts().published(), counts.getInteger("published"));
        assertEquals(first.counts().skipped(), counts.getInteger("skipped"));
    }

    @Test
    void aSecondWatcherLeavesTheFirstsTemporaryFilesAlone() throws Exception {
        Harness h = new Harness(tmp);
        try (WatchedFolder a = new WatchedFolder(h.settings().build(), new FakePipeline(), List.of())) {
            a.start();
            // What the first watcher's AtomicFiles has on disk while it writes an edition.
            Path writing = java.nio.file.Files.createDirectories(h.output.resolve("xml")).resolve(".polypress-0d1e.tmp");
            java.nio.file.Files.writeString(writing, "being written");
            try (WatchedFolder b = new WatchedFolder(h.settings().build(), new FakePipeline(), List.of())) {
                b.start();
            }
            assertTrue(java.nio.file.Files.exists(writing), "the second watcher removed a file the first is writing");
        }
    }
}
