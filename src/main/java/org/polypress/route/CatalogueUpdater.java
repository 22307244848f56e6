package org.polypress.route;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Keeps {@code output/index.html} up to date: after each publication the catalogue is rebuilt from
 * what is on disk ({@code xml/*.xml}) and renamed into place, so a reader sees the old page or the
 * new one, never half of one. Two Polypress processes (or two watchers in one) publishing into the
 * same folder each list everything, the other's documents too: the rebuild runs under a lock on
 * {@code .state/catalogue.lock} (an operating-system lock, so across processes; the lock is released
 * if a process dies), and the page rendered last has seen every publication before it.
 *
 * <p>Each rebuild lists {@code xml/} and looks at every file's size and time stamp, but reads only
 * the files that are new or changed since this updater last read them: a batch of N documents costs
 * N listings and N small renders, and each document's metadata is read once.
 */
public final class CatalogueUpdater implements PublicationListener {
    public static final String FILE = "index.html";
    /** Lock file of the rebuild, in the output folder's {@code .state/}. */
    static final String LOCK_FILE = "catalogue.lock";
    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    /**
     * One JVM holds an operating-system file lock only once (a second attempt fails rather than
     * waits), so the updaters of one JVM also take turns on this monitor.
     */
    private static final Object IN_THIS_JVM = new Object();

    private final CatalogueRenderer renderer;
    private final String lang;
    private final Map<String, String> labels;
    /** What was read of each xml file, with the size and time stamp it had then. */
    private final Map<Path, Read> read = new HashMap<>();

    private record Read(long size, FileTime modified, CatalogueEntry entry) {
    }

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
    public void published(Publication publication, Path outputDir) {
        synchronized (IN_THIS_JVM) {
            Path lockFile = outputDir.resolve(OutputLayout.STATE_DIR).resolve(LOCK_FILE);
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                String html = renderer.render(entriesOnDisk(outputDir), outputDir, lang, labels);
                AtomicFiles.write(outputDir.resolve(FILE), html.getBytes(StandardCharsets.UTF_8), false);
            } catch (IOException | SaxonApiException | RuntimeException e) {
                LOG.warn("catalogue {} not updated for {}: {}", outputDir.resolve(FILE), LogText.name(publication.name()),
                        LogText.name(e.toString()));
            }
        }
    }

    /** Every readable {@code xml/*.xml}, by document name; unchanged files are not read again. */
    private List<CatalogueEntry> entriesOnDisk(Path outputDir) throws IOException {
        Path xml = outputDir.resolve("xml");
        Map<String, CatalogueEntry> entries = new TreeMap<>();
        Map<Path, Read> seen = new HashMap<>();
        if (Files.isDirectory(xml)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(xml, "*.xml")) {
                for (Path file : files) {
                    BasicFileAttributes a;
                    try {
                        a = Files.readAttributes(file, BasicFileAttributes.class);
                    } catch (IOException vanished) {
                        continue;
                    }
                    Read before = read.get(file);
                    Read now = before != null && before.size() == a.size()
                            && before.modified().equals(a.lastModifiedTime()) ? before : read(file, a);
                    if (now != null) {
                        seen.put(file, now);
                        entries.put(now.entry().name(), now.entry());
                    }
                }
            }
        }
        read.keySet().retainAll(seen.keySet());
        read.putAll(seen);
        return new ArrayList<>(entries.values());
    }

    private static Read read(Path file, BasicFileAttributes a) {
        try {
            return new Read(a.size(), a.lastModifiedTime(), CatalogueRenderer.read(file));
        } catch (IOException e) {
            LOG.warn("catalogue leaves out {}: {}", LogText.name(file.getFileName().toString()), LogText.name(e.getMessage()));
            return null;
        }
    }
}
