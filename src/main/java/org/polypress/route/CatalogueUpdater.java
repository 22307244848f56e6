package org.polypress.route;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.saxon.s9api.SaxonApiException;
import org.polypress.pipeline.Publication;
import org.polypress.publish.html.CatalogueEntry;
import org.polypress.publish.html.CatalogueRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code output/index.html} up to date: after each publication the catalogue is rendered
 * again and renamed into place, so a reader sees the old page or the new one, never half of one.
 * The output folder's {@code xml/} files are read once, on the first publication; after that only
 * the new document's metadata is read, so a batch of N documents costs N small renders, not N scans.
 */
public final class CatalogueUpdater implements PublicationListener {
    public static final String FILE = "index.html";
    private static final Logger LOG = LoggerFactory.getLogger("polypress");

    private final CatalogueRenderer renderer;
    private final String lang;
    private final Map<String, String> labels;
    /** Entries by document name, for the output folder they were read from. */
    private final Map<String, CatalogueEntry> entries = new TreeMap<>();
    private Path scannedFolder;

    /**
     * @param lang   language of the catalogue page itself
     * @param labels the words it prints, from that language's profile
     */
    public CatalogueUpdater(CatalogueRenderer renderer, String lang, Map<String, String> labels) {
        this.renderer = renderer;
        this.lang = lang;
        this.labels = Map.copyOf(labels);
    }

    @Override
    public synchronized void published(Publication publication, Path outputDir) {
        try {
            if (!outputDir.equals(scannedFolder)) {
                entries.clear();
                for (CatalogueEntry entry : CatalogueRenderer.scan(outputDir)) {
                    entries.put(entry.name(), entry);
                }
                scannedFolder = outputDir;
            } else {
                Path xml = outputDir.resolve("xml").resolve(publication.name() + ".xml");
                if (Files.isRegularFile(xml)) {
                    entries.put(publication.name(), CatalogueRenderer.read(xml));
                }
            }
            String html = renderer.render(List.copyOf(entries.values()), outputDir, lang, labels);
            AtomicFiles.write(outputDir.resolve(FILE), html.getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException | SaxonApiException | RuntimeException e) {
            LOG.warn("catalogue {} not updated for {}: {}", outputDir.resolve(FILE), LogText.name(publication.name()),
                    LogText.name(e.toString()));
        }
    }
}
