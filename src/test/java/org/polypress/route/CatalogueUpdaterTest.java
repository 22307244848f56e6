package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.profile.Labels;
import org.polypress.pipeline.Publication;
import org.polypress.profile.Profiles;
import org.polypress.publish.StylesheetFolder;
import org.polypress.publish.html.CatalogueRenderer;

/** The incremental catalogue as several workers of one watcher drive it. */
class CatalogueUpdaterTest {
    @TempDir
    Path output;

    private static String akn(int i) {
        return "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><meta><identification>"
                + "<FRBRWork><FRBRthis value=\"/akn/eu/act/2024/" + i + "/!main\"/><FRBRname value=\"Title number " + i
                + "\"/></FRBRWork></identification></meta></act></akomaNtoso>";
    }

    /**
     * Worker A renames its editions into place; worker B's event reads A's new xml before A has
     * committed its bag; then A's own event comes. Its row must link the bag (it did not: the xml's
     * size and time stamp had not changed since B's event, so the row was not rendered again).
     */
    @Test
    void aPublicationsOwnEventRendersItsRowAgainSoItLinksTheBagCommittedAfterItsEditions() throws Exception {
        CatalogueUpdater catalogue = new CatalogueUpdater(
                new CatalogueRenderer(new Processor(false), StylesheetFolder.bundled()), "en",
                Labels.of("en"));
        Files.createDirectories(output.resolve("xml"));
        Files.writeString(output.resolve("xml/b.xml"), akn(2), StandardCharsets.UTF_8);
        Files.createDirectories(output.resolve("archive/b/v1"));
        catalogue.published(new Publication("b", "en", 1, List.of(), 1), output);

        Files.writeString(output.resolve("xml/a.xml"), akn(1), StandardCharsets.UTF_8);
        Files.createDirectories(output.resolve("archive/c/v1"));
        catalogue.published(new Publication("c", "en", 1, List.of(), 1), output); // B's event: a.xml is there, its bag not yet
        Files.createDirectories(output.resolve("archive/a/v1"));
        catalogue.published(new Publication("a", "en", 1, List.of(), 1), output);

        String index = Files.readString(output.resolve(CatalogueUpdater.FILE), StandardCharsets.UTF_8);
        assertNotNull(Jsoup.parse(index).selectFirst("a[href=archive/a/v1/]"), "the row of a links its bag");
        assertNotNull(Jsoup.parse(index).selectFirst("a[href=archive/b/v1/]"), "the row of b links its bag");
    }
}
