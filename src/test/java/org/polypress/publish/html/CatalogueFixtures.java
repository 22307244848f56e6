package org.polypress.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.saxon.s9api.SaxonApiException;

import org.polypress.publish.html.HtmlFixtures.Fixture;

/** An output folder laid out as the route writes it, for catalogue tests. */
final class CatalogueFixtures {

    private static volatile CatalogueRenderer renderer;

    private CatalogueFixtures() {
    }

    static CatalogueRenderer renderer() {
        if (renderer == null) {
            synchronized (CatalogueFixtures.class) {
                if (renderer == null) {
                    try {
                        renderer = new CatalogueRenderer(HtmlFixtures.PROCESSOR, HtmlFixtures.xsltFolder());
                    } catch (SaxonApiException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return renderer;
    }

    /** Writes xml/NAME.xml, html/NAME.html and pdf/NAME.pdf for each fixture. */
    static void publish(Path output, Fixture... fixtures) throws IOException {
        for (Fixture fixture : fixtures) {
            publishXml(output, fixture);
            write(output.resolve("html").resolve(fixture.baseName() + ".html"), "<!DOCTYPE html>");
            write(output.resolve("pdf").resolve(fixture.baseName() + ".pdf"), "%PDF-1.7");
        }
    }

    /** Writes only xml/NAME.xml (a document whose other editions failed or are pending). */
    static void publishXml(Path output, Fixture fixture) throws IOException {
        try (InputStream in = CatalogueFixtures.class.getResourceAsStream("/akn/" + fixture.file)) {
            Path xml = output.resolve("xml").resolve(fixture.baseName() + ".xml");
            Files.createDirectories(xml.getParent());
            Files.copy(in, xml);
        }
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
