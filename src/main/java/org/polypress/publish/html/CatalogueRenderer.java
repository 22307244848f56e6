package org.polypress.publish.html;

import org.polypress.archive.layout.BagFolders;
import org.polypress.profile.Labels;
import org.polypress.publish.StylesheetDocuments;
import org.polypress.publish.Stylesheets;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmArray;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XPathExecutable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the catalogue with {@code catalogue.xsl}: one row per work ({@link #row}, language versions
 * of one FRBRWork together) and the page around rows ({@link #page}). Rows are rendered on their
 * own so that a caller keeping them (the route's {@code CatalogueUpdater}) re-renders only the row of
 * the work just published. Each version links its HTML, PDF, XML and report
 * editions and the latest version of its archival package ({@code archive/NAME/vN/}); its state is
 * "published", and, when the latest bag replaced earlier ones, those are listed as superseded with
 * links to their bags (where their editions are kept).
 *
 * <p>Thread-safe: {@code catalogue.xsl} is compiled once.
 */
public final class CatalogueRenderer {

    /** The catalogue stylesheet, looked up in the folder given to the constructor. */
    public static final String STYLESHEET = "catalogue.xsl";
    /** Where a page's rows go in the frame {@link #page} renders. */
    static final String ROWS = "<!--pp:rows-->";
    /** What follows each row when {@link #rows} renders many. */
    private static final String ROW_END = "<!--pp:row-end-->";
    /** Every link of a row starts so: rows are rendered for the pages in {@code catalogue/}. */
    private static final String ROW_ROOT = "../";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueRenderer.class);
    private static final QName LANG = new QName("lang");
    private static final QName LABELS = new QName("labels");
    private static final QName ROOT = new QName("root");

    /** The filtering and sorting script the pages inline, relative to the same folder. */
    public static final String SCRIPT = "js/catalogue.js";

    private final XsltExecutable stylesheet;
    /** The label files the stylesheet reads, parsed once for all its transformations. */
    private final StylesheetDocuments documents;
    private final String script;
    private final XPathExecutable parseJson;

    /** A failed input as the catalogue lists it, from {@code failed/NAME.json}. */
    public record FailedInput(String name, String file, String stage, String reason) {
        public FailedInput {
            Objects.requireNonNull(name, "name");
            file = Objects.requireNonNullElse(file, name);
            stage = Objects.requireNonNullElse(stage, "");
            reason = Objects.requireNonNullElse(reason, "");
        }
    }

    /** A link to the catalogue page of one year ("" for the undated works). */
    public record YearLink(String year, int works) {
    }

    /**
     * @param processor the Saxon processor
     * @param xsltBase  URI of the folder holding {@value #STYLESHEET} ({@code file:} or {@code jar:})
     * @throws SaxonApiException if the stylesheet cannot be read or does not compile
     */
    public CatalogueRenderer(Processor processor, URI xsltBase) throws SaxonApiException {
        Objects.requireNonNull(processor, "processor");
        this.stylesheet = Stylesheets.compile(processor, Stylesheets.resolve(xsltBase, STYLESHEET));
        this.documents = new StylesheetDocuments(processor, Objects.requireNonNull(xsltBase, "xsltBase"));
        this.script = Stylesheets.text(Stylesheets.resolve(xsltBase, SCRIPT));
        var xpath = processor.newXPathCompiler();
        xpath.declareVariable(new QName("json"));
        this.parseJson = xpath.compile("parse-json($json)");
    }

    /** The catalogue facts of one Akoma Ntoso file. */
    public static CatalogueEntry read(Path xmlFile) throws IOException {
        return AknMetaReader.read(xmlFile);
    }

    /** The catalogue facts of every readable {@code xml/*.xml}, in file-name order. */
    public static List<CatalogueEntry> scan(Path outputDir) throws IOException {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (Path file : list(outputDir.resolve("xml"), "*.xml")) {
            try {
                entries.add(AknMetaReader.read(file));
            } catch (IOException e) {
                LOG.warn("Catalogue leaves out {}: {}", file, e.getMessage());
            }
        }
        return entries;
    }

    /** Every readable {@code failed/*.json}, in file-name order. */
    public List<FailedInput> scanFailures(Path outputDir) throws IOException {
        List<FailedInput> failed = new ArrayList<>();
        for (Path file : list(outputDir.resolve("failed"), "*.json")) {
            readFailure(file).ifPresent(failed::add);
        }
        return failed;
    }

    /** A failure report's facts, or nothing when it cannot be read (it is being replaced, say). */
    public Optional<FailedInput> readFailure(Path jsonFile) {
        String fileName = jsonFile.getFileName().toString();
        String name = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        try {
            XPathSelector selector = parseJson.load();
            selector.setVariable(new QName("json"), new XdmAtomicValue(Files.readString(jsonFile, StandardCharsets.UTF_8)));
            XdmItem item = selector.evaluateSingle();
            if (!(item instanceof XdmMap map)) {
                return Optional.empty();
            }
            return Optional.of(new FailedInput(name, string(map, "file"), string(map, "stage"), string(map, "reason")));
        } catch (IOException | SaxonApiException | RuntimeException e) {
            LOG.warn("Catalogue leaves out {}: {}", jsonFile, e.getMessage());
            return Optional.empty();
        }
    }

    private static String string(XdmMap map, String key) {
        XdmValue v = map.get(key);
        return v == null || v.size() == 0 ? null : v.itemAt(0).getStringValue();
    }

    private static List<Path> list(Path dir, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
                stream.forEach(files::add);
            }
        }
        files.sort(null);
        return files;
    }

    /**
     * The row of one work, its links relative to a page in {@code catalogue/} (see {@link #forIndex}).
     *
     * @param versions  the work's language versions (one or more entries with the same group key)
     * @param outputDir the output folder, to see which editions exist
     */
    public String row(List<CatalogueEntry> versions, Path outputDir, String lang, Map<String, String> labels)
            throws SaxonApiException {
        Xslt30Transformer t = transformer(lang, labels, ROW_ROOT);
        t.setInitialTemplateParameters(Map.of(new QName("versions"), new XdmValue(versionMaps(versions, outputDir))), false);
        StringWriter html = new StringWriter(2048);
        t.callTemplate(new QName("urn:polypress", "row"), t.newSerializer(html));
        return html.toString();
    }

    /**
     * The rows of many works in one transformation (as {@link #row} renders each): reading a
     * whole folder costs one call, not one per work.
     */
    public List<String> rows(List<List<CatalogueEntry>> works, Path outputDir, String lang, Map<String, String> labels)
            throws SaxonApiException {
        if (works.isEmpty()) {
            return List.of();
        }
        List<XdmArray> arrays = new ArrayList<>(works.size());
        for (List<CatalogueEntry> versions : works) {
            arrays.add(new XdmArray(new ArrayList<XdmValue>(versionMaps(versions, outputDir))));
        }
        Xslt30Transformer t = transformer(lang, labels, ROW_ROOT);
        t.setInitialTemplateParameters(Map.of(new QName("works"), new XdmValue(arrays)), false);
        StringWriter html = new StringWriter(works.size() * 1536);
        t.callTemplate(new QName("urn:polypress", "rows"), t.newSerializer(html));
        String all = html.toString();
        List<String> rows = new ArrayList<>(works.size());
        int from = 0;
        for (int at = all.indexOf(ROW_END); at >= 0; at = all.indexOf(ROW_END, from)) {
            rows.add(all.substring(from, at));
            from = at + ROW_END.length();
        }
        if (rows.size() != works.size()) {
            throw new IllegalStateException("rendered " + rows.size() + " rows for " + works.size() + " works");
        }
        return rows;
    }

    private static List<XdmMap> versionMaps(List<CatalogueEntry> versions, Path outputDir) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a work has at least one version");
        }
        List<XdmMap> maps = new ArrayList<>(versions.size());
        for (CatalogueEntry entry : versions) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("name", entry.name());
            facts.put("group", entry.groupKey());
            facts.put("key", entry.rowId());
            facts.put("title", entry.title());
            facts.put("lang", entry.language());
            facts.put("languageName", LanguageCodes.endonym(entry.language()));
            facts.put("number", entry.number());
            facts.put("date", entry.date());
            facts.put("type", entry.type());
            facts.put("html", Files.isRegularFile(outputDir.resolve("html").resolve(entry.name() + ".html")));
            facts.put("pdf", Files.isRegularFile(outputDir.resolve("pdf").resolve(entry.name() + ".pdf")));
            facts.put("report", Files.isRegularFile(outputDir.resolve("report").resolve(entry.name() + ".html")));
            List<Integer> bags = bagVersions(outputDir, entry.name());
            facts.put("archive", bags.isEmpty() ? "" : BagFolders.version(bags.get(bags.size() - 1)));
            // The versions the latest replaced: their editions are no longer in the output folder,
            // only in their bags, which the state cell links ("superseded: v1 v2").
            facts.put("superseded", String.join(" ", bags.subList(0, Math.max(0, bags.size() - 1)).stream()
                    .map(BagFolders::version).toList()));
            maps.add(XdmMap.makeMap(facts));
        }
        return maps;
    }

    /** The versions of a document's bags, ascending (none when it has no archive folder or it cannot be read). */
    private static List<Integer> bagVersions(Path outputDir, String name) {
        try {
            return BagFolders.versions(BagFolders.of(outputDir, name));
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** A row as {@link #row} rendered it, with its links made relative to {@code index.html}. */
    public static String forIndex(String row) {
        return row.replace("href=\"" + ROW_ROOT, "href=\"");
    }

    /**
     * A catalogue page.
     *
     * @param heading the page's H1 (and title)
     * @param inFolder whether the page is in {@code catalogue/} (else it is {@code index.html})
     * @param rows    the rows of the works it lists, in order (rendered by {@link #row}; made relative
     *                here for {@code index.html}); {@code null}: the page lists no works (a large
     *                catalogue's {@code index.html}, which links the years)
     * @param entries the entries of those works, for the filters' choices
     * @param years   the catalogue's years, for the navigation
     * @param current the year the page lists, or null
     * @param failed  failed inputs to list
     * @param total   works in the whole catalogue
     */
    public String page(String heading, boolean inFolder, List<String> rows, List<CatalogueEntry> entries,
                       List<YearLink> years, String current, List<FailedInput> failed, int total,
                       String lang, Map<String, String> labels) throws SaxonApiException {
        String root = inFolder ? ROW_ROOT : "";
        Xslt30Transformer t = transformer(lang, labels, root);
        List<XdmMap> yearMaps = new ArrayList<>();
        for (YearLink y : years) {
            String page = y.year().isEmpty() ? "undated" : y.year();
            yearMaps.add(XdmMap.makeMap(Map.of("label", y.year().isEmpty() ? label(labels, lang, "catalogue.undated")
                    : y.year(), "count", y.works(), "href", (inFolder ? "" : "catalogue/") + page + ".html",
                    "current", Objects.equals(current, y.year()))));
        }
        List<XdmMap> failedMaps = new ArrayList<>();
        for (FailedInput f : failed) {
            failedMaps.add(XdmMap.makeMap(Map.of("name", f.name(), "file", f.file(), "stage", f.stage(), "reason", f.reason())));
        }
        Map<QName, XdmValue> params = new LinkedHashMap<>();
        params.put(new QName("heading"), new XdmAtomicValue(heading));
        params.put(new QName("years"), new XdmValue(yearMaps));
        params.put(new QName("failed"), new XdmValue(failedMaps));
        params.put(new QName("works"), new XdmAtomicValue(rows == null ? -1 : rows.size()));
        params.put(new QName("total"), new XdmAtomicValue(total));
        params.put(new QName("facets"), new XdmValue(facets(entries == null ? List.of() : entries)));
        t.setInitialTemplateParameters(params, false);
        StringWriter html = new StringWriter(rows == null ? 8192 : 1024 + rows.size() * 1536);
        t.callTemplate(new QName("urn:polypress", "page"), t.newSerializer(html));
        String frame = html.toString();
        if (rows == null) {
            return frame;
        }
        int at = frame.indexOf(ROWS);
        if (at < 0) {
            return frame; // no works: no table
        }
        StringBuilder out = new StringBuilder(frame.length() + rows.size() * 1536);
        out.append(frame, 0, at);
        for (String row : rows) {
            out.append(inFolder ? row : forIndex(row));
        }
        return out.append(frame, at + ROWS.length(), frame.length()).toString();
    }

    /** The choices of the filters: the languages and years of the works listed (the script gathers the types). */
    private static List<XdmMap> facets(List<CatalogueEntry> entries) {
        TreeMap<String, String> languages = new TreeMap<>();
        TreeSet<String> years = new TreeSet<>(Comparator.reverseOrder());
        for (CatalogueEntry e : entries) {
            languages.put(e.language(), LanguageCodes.endonym(e.language()));
            if (!e.year().isEmpty()) {
                years.add(e.year());
            }
        }
        List<XdmMap> out = new ArrayList<>();
        languages.forEach((code, name) -> out.add(XdmMap.makeMap(Map.of("kind", "lang", "value", code, "label", name))));
        years.forEach(y -> out.add(XdmMap.makeMap(Map.of("kind", "year", "value", y, "label", y))));
        return out;
    }

    /** The label passed for the key, else the language's label file's, else English's (as the stylesheets resolve it). */
    private static String label(Map<String, String> labels, String lang, String key) {
        String v = labels.get(key);
        return v == null || v.isBlank() ? Labels.of(lang).getOrDefault(key, key) : v;
    }

    private Xslt30Transformer transformer(String lang, Map<String, String> labels, String root) {
        Xslt30Transformer t = stylesheet.load30();
        t.setResourceResolver(documents);
        try {
            t.setStylesheetParameters(Map.<QName, XdmValue>of(
                    LANG, new XdmAtomicValue(Stylesheets.languageTag(lang)),
                    LABELS, XdmMap.makeMap(Objects.requireNonNull(labels, "labels")),
                    ROOT, new XdmAtomicValue(root),
                    new QName("script"), new XdmAtomicValue(script)));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
        return t;
    }

    /**
     * The whole catalogue of an output folder as one page ({@code index.html}), every work newest
     * first: for tests and small folders (the route keeps rows and pages up to date itself).
     */
    public String render(Path outputDir, String lang, Map<String, String> labels) throws IOException, SaxonApiException {
        Objects.requireNonNull(outputDir, "outputDir");
        return render(scan(outputDir), outputDir, lang, labels);
    }

    /** {@link #render(Path, String, Map)} from entries already read. */
    public String render(List<CatalogueEntry> entries, Path outputDir, String lang, Map<String, String> labels)
            throws IOException, SaxonApiException {
        Map<String, List<CatalogueEntry>> works = new LinkedHashMap<>();
        for (CatalogueEntry e : entries) {
            works.computeIfAbsent(e.groupKey(), k -> new ArrayList<>()).add(e);
        }
        List<List<CatalogueEntry>> ordered = new ArrayList<>(works.values());
        ordered.sort(WORK_ORDER);
        List<String> rows = rows(ordered, outputDir, lang, labels);
        return page(label(labels, lang, "catalogue"), false, rows, entries, List.of(), null,
                scanFailures(outputDir), ordered.size(), lang, labels);
    }

    /** The date of a work: its latest version's. */
    public static String date(List<CatalogueEntry> versions) {
        return versions.stream().map(CatalogueEntry::date).max(Comparator.naturalOrder()).orElse("");
    }

    /** Newest first, undated last, then by title. */
    public static final Comparator<List<CatalogueEntry>> WORK_ORDER = Comparator
            .comparing((List<CatalogueEntry> w) -> date(w), Comparator.reverseOrder())
            .thenComparing(w -> w.get(0).title().toLowerCase(java.util.Locale.ROOT));
}
