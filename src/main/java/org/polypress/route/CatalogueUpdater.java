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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.saxon.s9api.SaxonApiException;
import org.polypress.pipeline.Publication;
import org.polypress.profile.Labels;
import org.polypress.publish.html.CatalogueEntry;
import org.polypress.publish.html.CatalogueRenderer;
import org.polypress.publish.html.CatalogueRenderer.FailedInput;
import org.polypress.publish.html.CatalogueRenderer.YearLink;
import org.polypress.publish.html.Feeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the catalogue up to date, incrementally: {@code index.html} and one page per year,
 * {@code catalogue/YEAR.html} ({@code catalogue/undated.html} for works without a date), each
 * renamed into place so that a reader sees the old page or the new one, never half of one.
 *
 * <p>The output folder is read once, on the first event, and its rows rendered in one
 * transformation. After that each event lists {@code xml/} and looks at every file's size and time
 * stamp, but reads only the files that are new or changed since (its own publication, and those of
 * another process publishing into the same folder), re-renders only the rows of their works (the
 * other rows are kept as rendered), and writes the touched years' pages and {@code index.html}.
 * Two Polypress processes (or two watchers in one) publishing into the same folder each list
 * everything: the update runs under a lock on {@code .state/catalogue.lock} (an operating-system
 * lock, so across processes; released if a process dies), and the page written last has seen every
 * publication before it. While the catalogue holds at most
 * {@link #ONE_PAGE} works, {@code index.html} lists them all (filterable by year); above that it
 * links the years and lists the failed inputs, so no page grows with the size of the catalogue,
 * only with the works of one year. It also writes {@code feed.atom} (the latest works) and, with a
 * site base, {@code sitemap.xml}, an index of one {@code catalogue/sitemap-YEAR.xml} per year.
 */
public final class CatalogueUpdater implements PublicationListener {
    public static final String FILE = "index.html";
    /** The folder of the year pages. */
    public static final String FOLDER = "catalogue";
    /**
     * Most works {@code index.html} lists itself: 500 rows are about 700 KB of HTML, which a phone
     * loads and filters without waiting; beyond that a page per year keeps pages that size.
     */
    public static final int ONE_PAGE = 500;
    /** The Atom feed, and how many of the latest works it lists (a feed reader shows the news, not the archive). */
    public static final String FEED = "feed.atom";
    static final int FEED_ENTRIES = 50;
    /** The sitemap index (only with a site base: sitemaps need absolute URLs). */
    public static final String SITEMAP = "sitemap.xml";
    /** Lock file of the update, in the output folder's {@code .state/}. */
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
    private final String siteBase;

    /** Entries by document name. */
    private final Map<String, CatalogueEntry> entries = new HashMap<>();
    /** The works: their versions' names by group key, the rendered row, the year. */
    private final Map<String, Work> works = new HashMap<>();
    /** Group keys by year ("" for undated). */
    private final Map<String, Set<String>> years = new TreeMap<>();
    private final Map<String, FailedInput> failed = new TreeMap<>();
    /** The size and time stamp each xml file had when it was read. */
    private final Map<Path, Stamp> stamps = new HashMap<>();
    private Path scannedFolder;

    private record Stamp(long size, FileTime modified) {
    }

    /** One work in the catalogue: its versions, its row as rendered, its year. */
    private record Work(List<CatalogueEntry> versions, String row, String year, Instant updated) {
    }

    /**
     * @param lang   language of the catalogue pages
     * @param labels the words they print, from that language's profile
     */
    public CatalogueUpdater(CatalogueRenderer renderer, String lang, Map<String, String> labels) {
        this(renderer, lang, labels, "");
    }

    /**
     * @param siteBase absolute URL the output folder is published under, or "" for none (then the
     *                 feed's links are relative and no sitemap is written)
     */
    public CatalogueUpdater(CatalogueRenderer renderer, String lang, Map<String, String> labels, String siteBase) {
        this.renderer = renderer;
        this.lang = lang;
        this.labels = Map.copyOf(labels);
        this.siteBase = siteBase == null ? "" : siteBase.strip();
    }

    @Override
    public void published(Publication publication, Path outputDir) {
        update(outputDir, publication.name());
    }

    @Override
    public void failed(String name, Path outputDir) {
        update(outputDir, name);
    }

    /** Brings the catalogue in line with the folder and writes what changed, under the lock. */
    private void update(Path outputDir, String name) {
        synchronized (IN_THIS_JVM) {
            Path lockFile = outputDir.resolve(OutputLayout.STATE_DIR).resolve(LOCK_FILE);
            try {
                Files.createDirectories(lockFile.getParent());
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    Set<String> touched = new TreeSet<>();
                    if (!ensureScanned(outputDir, touched)) {
                        sync(outputDir, touched, outputDir.resolve("xml").resolve(name + ".xml"));
                    }
                    write(outputDir, touched);
                }
            } catch (IOException | SaxonApiException | RuntimeException e) {
                LOG.warn("catalogue {} not updated for {}: {}", outputDir.resolve(FILE), LogText.name(name),
                        LogText.name(e.toString()));
            }
        }
    }

    /**
     * Reads the xml files that are new or changed since they were read, drops the entries of files
     * gone, and reads the failure reports again (a handful, written by any process). The file of the
     * event's own publication is always read again: another worker's event may have read it between
     * its editions and its archival bag, and its row must show the bag.
     */
    private void sync(Path outputDir, Set<String> touched, Path own) throws IOException, SaxonApiException {
        Map<Path, Stamp> seen = new HashMap<>();
        for (Path file : xmlFiles(outputDir)) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException vanished) {
                continue;
            }
            Stamp now = new Stamp(a.size(), a.lastModifiedTime());
            seen.put(file, now);
            if (!now.equals(stamps.get(file)) || file.equals(own)) {
                try {
                    put(CatalogueRenderer.read(file), outputDir, touched, a.lastModifiedTime().toInstant());
                } catch (IOException e) {
                    LOG.warn("catalogue leaves out {}: {}", LogText.name(file.getFileName().toString()),
                            LogText.name(e.getMessage()));
                }
            }
        }
        for (Path gone : new ArrayList<>(stamps.keySet())) {
            if (!seen.containsKey(gone)) {
                String fileName = gone.getFileName().toString();
                remove(fileName.substring(0, fileName.length() - ".xml".length()), outputDir, touched);
            }
        }
        stamps.clear();
        stamps.putAll(seen);
        failed.clear();
        for (FailedInput f : renderer.scanFailures(outputDir)) {
            failed.put(f.name(), f);
        }
    }

    private static List<Path> xmlFiles(Path outputDir) throws IOException {
        List<Path> files = new ArrayList<>();
        Path xml = outputDir.resolve("xml");
        if (Files.isDirectory(xml)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(xml, "*.xml")) {
                stream.forEach(files::add);
            }
        }
        return files;
    }

    /** Reads the whole folder if it is not the one read before; true if it did (then every page is due). */
    private boolean ensureScanned(Path outputDir, Set<String> touched) throws IOException, SaxonApiException {
        if (outputDir.equals(scannedFolder)) {
            return false;
        }
        entries.clear();
        works.clear();
        years.clear();
        failed.clear();
        stamps.clear();
        for (Path file : xmlFiles(outputDir)) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.put(file, new Stamp(a.size(), a.lastModifiedTime()));
            } catch (IOException vanished) {
                // listed, then gone: the next event finds it missing
            }
        }
        Map<String, List<CatalogueEntry>> groups = new LinkedHashMap<>();
        for (CatalogueEntry entry : CatalogueRenderer.scan(outputDir)) {
            entries.put(entry.name(), entry);
            groups.computeIfAbsent(entry.groupKey(), k -> new ArrayList<>()).add(entry);
        }
        List<List<CatalogueEntry>> all = new ArrayList<>(groups.values());
        List<String> rows = renderer.rows(all, outputDir, lang, labels); // one transformation for the folder
        for (int i = 0; i < all.size(); i++) {
            List<CatalogueEntry> versions = all.get(i);
            Instant updated = Instant.EPOCH;
            for (CatalogueEntry e : versions) {
                Path xml = outputDir.resolve("xml").resolve(e.name() + ".xml");
                Instant t = Files.getLastModifiedTime(xml).toInstant();
                updated = t.isAfter(updated) ? t : updated;
            }
            addWork(versions, rows.get(i), touched, updated);
        }
        for (FailedInput f : renderer.scanFailures(outputDir)) {
            failed.put(f.name(), f);
        }
        scannedFolder = outputDir;
        return true;
    }

    /** Adds or replaces one entry, re-rendering the rows of the works it leaves and joins. */
    private void put(CatalogueEntry entry, Path outputDir, Set<String> touched, Instant updated)
            throws SaxonApiException {
        CatalogueEntry old = entries.put(entry.name(), entry);
        if (old != null && !old.groupKey().equals(entry.groupKey())) {
            List<CatalogueEntry> rest = new ArrayList<>(works.get(old.groupKey()).versions());
            rest.removeIf(e -> e.name().equals(entry.name()));
            removeWork(old.groupKey(), touched);
            if (!rest.isEmpty()) {
                addWork(rest, outputDir, touched, Instant.now());
            }
        }
        Work work = works.get(entry.groupKey());
        List<CatalogueEntry> versions = new ArrayList<>(work == null ? List.of() : work.versions());
        versions.removeIf(e -> e.name().equals(entry.name()));
        versions.add(entry);
        removeWork(entry.groupKey(), touched);
        addWork(versions, outputDir, touched, updated);
    }

    /** Drops the entry of a file gone, re-rendering the row of what is left of its work. */
    private void remove(String name, Path outputDir, Set<String> touched) throws SaxonApiException {
        CatalogueEntry old = entries.remove(name);
        if (old == null) {
            return;
        }
        Work work = works.get(old.groupKey());
        List<CatalogueEntry> rest = new ArrayList<>(work == null ? List.of() : work.versions());
        rest.removeIf(e -> e.name().equals(name));
        Instant updated = work == null ? Instant.now() : work.updated();
        removeWork(old.groupKey(), touched);
        if (!rest.isEmpty()) {
            addWork(rest, outputDir, touched, updated);
        }
    }

    private void addWork(List<CatalogueEntry> versions, Path outputDir, Set<String> touched, Instant updated)
            throws SaxonApiException {
        addWork(versions, renderer.row(versions, outputDir, lang, labels), touched, updated);
    }

    private void addWork(List<CatalogueEntry> versions, String row, Set<String> touched, Instant updated) {
        String key = versions.get(0).groupKey();
        String date = CatalogueRenderer.date(versions);
        String year = date.matches("\\d{4}.*") ? date.substring(0, 4) : "";
        works.put(key, new Work(List.copyOf(versions), row, year, updated));
        years.computeIfAbsent(year, y -> new TreeSet<>()).add(key);
        touched.add(year);
    }

    private void removeWork(String key, Set<String> touched) {
        Work work = works.remove(key);
        if (work != null) {
            Set<String> keys = years.get(work.year());
            keys.remove(key);
            if (keys.isEmpty()) {
                years.remove(work.year());
            }
            touched.add(work.year());
        }
    }

    /** Writes the pages of the touched years and index.html. */
    private void write(Path outputDir, Set<String> touched) throws IOException, SaxonApiException {
        List<YearLink> links = new ArrayList<>();
        for (Map.Entry<String, Set<String>> y : years.entrySet()) {
            links.add(new YearLink(y.getKey(), y.getValue().size()));
        }
        // Newest year first, undated last.
        links.sort((a, b) -> a.year().isEmpty() ? 1 : b.year().isEmpty() ? -1 : b.year().compareTo(a.year()));
        String title = label("catalogue");
        Path folder = outputDir.resolve(FOLDER);
        for (String year : touched) {
            Path page = folder.resolve((year.isEmpty() ? "undated" : year) + ".html");
            Set<String> keys = years.get(year);
            if (keys == null) {
                Files.deleteIfExists(page);
                continue;
            }
            List<Work> listed = sorted(keys);
            String heading = title + ": " + (year.isEmpty() ? label("catalogue.undated") : year);
            write(page, renderer.page(heading, true, rows(listed), entries(listed), links, year, List.of(), works.size(),
                    lang, labels));
        }
        List<FailedInput> failures = List.copyOf(failed.values());
        String index;
        if (works.size() <= ONE_PAGE) {
            List<Work> listed = sorted(works.keySet());
            index = renderer.page(title, false, rows(listed), entries(listed), links, null, failures, works.size(), lang, labels);
        } else {
            index = renderer.page(title, false, null, null, links, null, failures, works.size(), lang, labels);
        }
        write(outputDir.resolve(FILE), index);
        writeFeeds(outputDir, touched, title);
    }

    /** feed.atom (the latest works); with a site base, the sitemaps of the touched years and their index. */
    private void writeFeeds(Path outputDir, Set<String> touched, String title) throws IOException {
        List<Work> latest = new ArrayList<>(works.values());
        latest.sort(Comparator.comparing(Work::updated).reversed()
                .thenComparing(w -> w.versions().get(0).groupKey()));
        List<Feeds.FeedWork> entries = new ArrayList<>();
        for (Work w : latest.subList(0, Math.min(FEED_ENTRIES, latest.size()))) {
            entries.add(new Feeds.FeedWork(w.versions(), w.updated()));
        }
        write(outputDir.resolve(FEED), Feeds.atom(entries, title, siteBase, lang, Instant.now()));
        if (siteBase.isEmpty()) {
            return;
        }
        Path folder = outputDir.resolve(FOLDER);
        for (String year : touched) {
            Path map = folder.resolve("sitemap-" + (year.isEmpty() ? "undated" : year) + ".xml");
            Set<String> keys = years.get(year);
            if (keys == null) {
                Files.deleteIfExists(map);
                continue;
            }
            write(map, Feeds.sitemap(sorted(keys).stream().map(Work::versions).toList(), siteBase));
        }
        List<String> maps = new ArrayList<>();
        for (String year : years.keySet()) {
            maps.add(FOLDER + "/sitemap-" + (year.isEmpty() ? "undated" : year) + ".xml");
        }
        write(outputDir.resolve(SITEMAP), Feeds.sitemapIndex(maps, siteBase));
    }

    private List<Work> sorted(Set<String> keys) {
        List<Work> listed = new ArrayList<>(keys.size());
        for (String key : keys) {
            listed.add(works.get(key));
        }
        listed.sort((a, b) -> CatalogueRenderer.WORK_ORDER.compare(a.versions(), b.versions()));
        return listed;
    }

    private static List<String> rows(List<Work> listed) {
        return listed.stream().map(Work::row).toList();
    }

    private static List<CatalogueEntry> entries(List<Work> listed) {
        return listed.stream().flatMap(w -> w.versions().stream()).toList();
    }

    private static void write(Path file, String html) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, html.getBytes(StandardCharsets.UTF_8), false);
    }

    /** A label for the pages' own words: the one passed, else the language's label file's, else English's. */
    private String label(String key) {
        String v = labels.get(key);
        return v == null || v.isBlank() ? Labels.of(lang).getOrDefault(key, key) : v;
    }
}
