package org.polypress.route;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.polypress.akn.FrbrUri;
import org.polypress.pipeline.EditionRenderer;
import org.polypress.pipeline.OutputFile;
import org.polypress.pipeline.Publication;
import org.polypress.profile.Profiles;
import org.polypress.publish.html.CatalogueEntry;
import org.polypress.publish.html.CatalogueRenderer;
import org.polypress.publish.html.VersionLinks;
import org.polypress.publish.parallel.ParallelPage;
import org.polypress.publish.parallel.StructureEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the language versions of each publication's work among what the output folder holds,
 * and links them. A version is one work's expression in one language; the evidence, strongest
 * first:
 * <ol>
 *   <li><b>a sidecar</b> {@code NAME.meta.json} beside the input in the watched folder, naming the work
 *       its publishers say it is: {@code {"work": "/akn/fr/doc/brochure/2024-03-01/nis2"}} (an FRBR
 *       work IRI); the document takes that IRI, alone or with the other versions that name it;</li>
 *   <li><b>the same work IRI</b>: the texts state the same issuer, type, number and date;</li>
 *   <li><b>the naming convention</b> of the publishers' files: the same NAME but for a language
 *       code as its first or last part ({@code fr_NIS2-brochure} and {@code en_NIS2-brochure},
 *       {@code Strategy_EN} and {@code Strategy_FR}), each code that of the language detected in
 *       its document (a code that is not the document's language is no evidence);</li>
 *   <li><b>the same number and date</b> stated in both texts (the type or issuer read differently
 *       in two languages: a Council document's cover in one, not in the other).</li>
 * </ol>
 * A document joins a work only in a language the work does not have yet, and only when the
 * evidence points at one work: with none, or with two, it stays a work of its own (logged).
 * Then, for a document without a number, <b>the same structure</b>: its numbers, acronyms and
 * names in the same order as a document's in another language of the same date (see
 * {@link #byStructure}), with the similarity as the confidence. The decision, its evidence and
 * confidence go into the report ({@code versions}).
 *
 * <p>A document that joins takes the work's IRI (a published work IRI never changes; its XML,
 * PDF and HTML are written again with it), and then every version's HTML edition is rendered again
 * with links to all of them, and the side-by-side page {@code html/WORK.parallel.html} is written.
 * Runs under a lock ({@code .state/versions.lock}, and a monitor in this JVM), so two versions
 * published at once are linked by whichever comes second. Register it before the catalogue, which
 * then lists the work's languages on one row.
 */
public final class LanguageVersions implements PublicationListener {
    /** The side-by-side page's ending: {@code html/WORK.parallel.html}. */
    public static final String PARALLEL = ".parallel.html";
    static final String LOCK_FILE = "versions.lock";
    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    private static final Object IN_THIS_JVM = new Object();
    /** A language code as a NAME's first or last part, set off by "_" or "-": "fr_X", "X_FR", "X-en". */
    private static final Pattern CODE_FIRST = Pattern.compile("^([A-Za-z]{2})[_-](.+)$");
    private static final Pattern CODE_LAST = Pattern.compile("^(.+)[_-]([A-Za-z]{2})$");

    /** The sidecar's ending: {@code NAME.meta.json} beside {@code NAME.pdf}. */
    public static final String SIDECAR = ".meta.json";
    private final EditionRenderer renderer;
    private final Optional<Path> inputDir;
    private final Profiles profiles = new Profiles();
    private final String pageLanguage;
    private final Map<String, String> labels;

    /**
     * @param renderer     renders a version's editions again
     * @param pageLanguage the language of the side-by-side page's own words
     */
    public LanguageVersions(EditionRenderer renderer, String pageLanguage) {
        this(renderer, pageLanguage, Optional.empty());
    }

    /** @param inputDir the watched folder, where sidecars {@code NAME.meta.json} are read */
    public LanguageVersions(EditionRenderer renderer, String pageLanguage, Optional<Path> inputDir) {
        this.renderer = renderer;
        this.inputDir = inputDir;
        this.pageLanguage = pageLanguage;
        this.labels = Map.of(); // the page resolves its labels from the label files
    }

    /**
     * How a document was found to be a version of a work, for the log and the report: the evidence
     * and the confidence, 1 for evidence the documents or their publishers state (a sidecar, the
     * same IRI, the naming convention, the same number and date), the similarity for structure.
     */
    record Decision(String work, List<CatalogueEntry> versions, String evidence, double confidence) {
        Decision(String work, List<CatalogueEntry> versions, String evidence) {
            this(work, versions, evidence, 1.0);
        }
    }

    /**
     * Least {@link StructureEvidence#similarity} of two unnumbered documents taken as versions of one
     * work. Measured on the dev corpus: the French and English NIS 2 brochure score 0.61 to 0.81
     * (text and PDF, in any combination); two delegated regulations of one series 0.45; unrelated
     * documents at most 0.23.
     */
    static final double SAME_STRUCTURE = 0.55;
    /** The best candidate must lead the second by this much, or the evidence points at two works. */
    static final double STRUCTURE_MARGIN = 0.15;
    /** Fewest anchors each document must have for its structure to be evidence (a page of prose has few). */
    static final int STRUCTURE_MIN_ANCHORS = 30;
    /** Most candidates compared by structure per publication (each costs reading its XML). */
    static final int STRUCTURE_CANDIDATES = 200;

    @Override
    public void published(Publication publication, Path outputDir) {
        synchronized (IN_THIS_JVM) {
            Path lockFile = outputDir.resolve(OutputLayout.STATE_DIR).resolve(LOCK_FILE);
            try {
                Files.createDirectories(lockFile.getParent());
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    link(outputDir, publication.name());
                }
            } catch (Exception e) {
                LOG.warn("language versions of {} not linked: {}", LogText.name(publication.name()),
                        LogText.name(e.toString()));
            }
        }
    }

    /** The size and time stamp an xml file had when its entry was read. */
    private record Read(long size, java.nio.file.attribute.FileTime modified, CatalogueEntry entry) {
    }

    /** Entries read so far, by xml file: each event reads only the files new or changed since. */
    private final Map<Path, Read> read = new java.util.HashMap<>();

    /** The catalogue facts of every xml file, read again only where a file changed. */
    private List<CatalogueEntry> entries(Path xmlDir) throws IOException {
        List<CatalogueEntry> out = new ArrayList<>();
        Set<Path> seen = new java.util.HashSet<>();
        if (Files.isDirectory(xmlDir)) {
            try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(xmlDir, "*.xml")) {
                for (Path f : files) {
                    java.nio.file.attribute.BasicFileAttributes a;
                    try {
                        a = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
                    } catch (IOException vanished) {
                        continue;
                    }
                    Read r = read.get(f);
                    if (r == null || r.size() != a.size() || !r.modified().equals(a.lastModifiedTime())) {
                        try {
                            r = new Read(a.size(), a.lastModifiedTime(), CatalogueRenderer.read(f));
                        } catch (IOException unreadable) {
                            continue; // being replaced, or not XML: not a version of anything
                        }
                        read.put(f, r);
                    }
                    seen.add(f);
                    out.add(r.entry());
                }
            }
        }
        read.keySet().retainAll(seen);
        out.sort(Comparator.comparing(CatalogueEntry::name));
        return out;
    }

    /** Finds the work of NAME, joins it, and renders the versions' links and side-by-side page. */
    Optional<Decision> link(Path outputDir, String name) throws Exception {
        List<CatalogueEntry> all = entries(outputDir.resolve("xml"));
        CatalogueEntry me = all.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
        if (me == null || me.work().isEmpty()) {
            return Optional.empty();
        }
        Optional<Decision> decision = sidecarWork(name).map(work -> claimed(me, all, work)).orElseGet(() -> decide(me, all));
        if (decision.isEmpty() && me.number().isEmpty()) {
            decision = byStructure(me, all, outputDir.resolve("xml"));
        }
        if (decision.isEmpty()) {
            return decision;
        }
        Decision d = decision.get();
        boolean alone = d.versions().size() < 2;
        Map<Path, byte[]> files = new LinkedHashMap<>();
        String myWork = workIri(me.work());
        boolean joined = !myWork.equals(d.work());
        Path xmlDir = outputDir.resolve("xml");
        List<CatalogueEntry> versions = new ArrayList<>(d.versions());
        versions.sort(Comparator.comparing(CatalogueEntry::language));
        Map<String, String> byLanguage = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (CatalogueEntry v : versions) {
            byLanguage.put(v.language(), v.name());
            names.put(v.language(), languageName(v.language()));
        }
        if (alone && myWork.equals(d.work())) {
            return Optional.empty();
        }
        String page = parallelName(d.work());
        VersionLinks links = alone ? VersionLinks.NONE : new VersionLinks(byLanguage, names, page);
        List<ParallelPage.Version> parallel = new ArrayList<>();
        for (CatalogueEntry v : versions) {
            byte[] xml = Files.readAllBytes(xmlDir.resolve(v.name() + ".xml"));
            boolean mine = v.name().equals(me.name());
            if (mine && joined) {
                xml = withWork(xml, myWork, d.work());
                files.put(xmlDir.resolve(v.name() + ".xml"), xml);
            }
            for (OutputFile f : renderer.editions(v.name(), xml, primary(v.language()), links, mine && joined)) {
                files.put(outputDir.resolve(f.relativePath()), f.content());
            }
            parallel.add(new ParallelPage.Version(v.language(), names.get(v.language()), v.name(), xml));
        }
        if (!alone) {
            files.put(outputDir.resolve("html").resolve(page + PARALLEL),
                    ParallelPage.render(parallel, pageLanguage, labels).getBytes(StandardCharsets.UTF_8));
        }
        for (CatalogueEntry v : versions) {
            Path report = outputDir.resolve("report").resolve(v.name() + ".json");
            if (Files.isRegularFile(report)) {
                files.put(report, withVersions(Files.readString(report, StandardCharsets.UTF_8), d, versions));
            }
        }
        AtomicFiles.writeAll(files, true);
        LOG.info("{} is the {} version of {} ({}), by {}", LogText.name(me.name()), me.language(), d.work(),
                String.join(", ", versions.stream().map(v -> v.language() + " " + v.name()).toList()), d.evidence());
        return decision;
    }

    /**
     * The work of an unnumbered document by structure: among the published documents in other
     * languages without a number and of the same stated date (or none), the one whose anchors
     * follow the same sequence, when it scores at least {@link #SAME_STRUCTURE} and clearly above
     * any other; the similarity is the decision's confidence.
     */
    static Optional<Decision> byStructure(CatalogueEntry me, List<CatalogueEntry> all, Path xmlDir) throws Exception {
        List<String> mine = StructureEvidence.anchors(Files.readAllBytes(xmlDir.resolve(me.name() + ".xml")));
        if (mine.size() < STRUCTURE_MIN_ANCHORS) {
            return Optional.empty();
        }
        Map<String, Double> best = new LinkedHashMap<>();
        int compared = 0;
        for (CatalogueEntry other : all) {
            if (other.name().equals(me.name()) || other.work().isEmpty() || !other.number().isEmpty()
                    || other.language().equals(me.language()) || !other.date().equals(me.date())
                    || all.stream().anyMatch(e -> e.groupKey().equals(other.groupKey()) && e.language().equals(me.language()))) {
                continue;
            }
            if (++compared > STRUCTURE_CANDIDATES) {
                break;
            }
            List<String> theirs = StructureEvidence.anchors(Files.readAllBytes(xmlDir.resolve(other.name() + ".xml")));
            if (theirs.size() < STRUCTURE_MIN_ANCHORS) {
                continue;
            }
            best.merge(other.groupKey(), StructureEvidence.similarity(mine, theirs), Math::max);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        if (ranked.isEmpty() || ranked.get(0).getValue() < SAME_STRUCTURE) {
            return Optional.empty();
        }
        double top = ranked.get(0).getValue();
        if (ranked.size() > 1 && ranked.get(1).getValue() > top - STRUCTURE_MARGIN) {
            LOG.info("{} stays a work of its own: its structure is alike two works' ({} {}, {} {})",
                    LogText.name(me.name()), workIri(ranked.get(0).getKey()), String.format(Locale.ROOT, "%.2f", top),
                    workIri(ranked.get(1).getKey()), String.format(Locale.ROOT, "%.2f", ranked.get(1).getValue()));
            return Optional.empty();
        }
        String key = ranked.get(0).getKey();
        List<CatalogueEntry> versions = new ArrayList<>(all.stream().filter(e -> e.groupKey().equals(key)).toList());
        versions.add(me);
        return Optional.of(new Decision(workIri(key), versions, String.format(Locale.ROOT,
                "the same structure (numbers, acronyms and names in the same order: similarity %.2f)", top), top));
    }

    /**
     * A version's report with what was decided: {@code versions} (the work, the evidence and confidence
     * of the last version that joined it, the versions), and the work IRI in {@code document.work}.
     */
    static byte[] withVersions(String reportJson, Decision d, List<CatalogueEntry> versions) {
        try {
            JsonObject report = (JsonObject) Jsoner.deserialize(reportJson);
            JsonObject v = new JsonObject();
            v.put("work", d.work());
            v.put("evidence", d.evidence());
            v.put("confidence", Math.round(d.confidence() * 100) / 100.0);
            org.apache.camel.util.json.JsonArray list = new org.apache.camel.util.json.JsonArray();
            for (CatalogueEntry e : versions) {
                JsonObject one = new JsonObject();
                one.put("language", e.language());
                one.put("name", e.name());
                list.add(one);
            }
            v.put("versions", list);
            report.put("versions", v);
            if (report.get("document") instanceof JsonObject doc) {
                doc.put("work", d.work());
            }
            return Jsoner.prettyPrint(report.toJson()).getBytes(StandardCharsets.UTF_8);
        } catch (DeserializationException | ClassCastException e) {
            return reportJson.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Is this file name a sidecar ({@code NAME.meta.json})? */
    static boolean isSidecar(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(SIDECAR);
    }

    /** The work IRI NAME's sidecar names, if there is a sidecar and it names one. */
    Optional<String> sidecarWork(String name) {
        if (inputDir.isEmpty()) {
            return Optional.empty();
        }
        Path file = inputDir.get().resolve(name + SIDECAR);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Object json = Jsoner.deserialize(Files.readString(file, StandardCharsets.UTF_8));
            Object work = json instanceof JsonObject o ? o.get("work") : null;
            Optional<FrbrUri> iri = work instanceof String w ? FrbrUri.parse(w) : Optional.empty();
            if (iri.isEmpty()) {
                LOG.warn("{}: \"work\" is not an FRBR work IRI (/akn/COUNTRY/TYPE/DATE/NUMBER); the sidecar is left out",
                        LogText.name(file.getFileName().toString()));
            }
            return iri.map(u -> u.asWork().workUri());
        } catch (IOException | DeserializationException e) {
            LOG.warn("{} cannot be read: {}; the sidecar is left out", LogText.name(file.getFileName().toString()),
                    LogText.name(e.getMessage()));
            return Optional.empty();
        }
    }

    /** The work a sidecar names: NAME takes it, with the versions published under it, unless it has NAME's language. */
    static Optional<Decision> claimed(CatalogueEntry me, List<CatalogueEntry> all, String work) {
        List<CatalogueEntry> versions = new ArrayList<>(all.stream()
                .filter(e -> !e.name().equals(me.name()) && workIri(e.groupKey()).equals(work)).toList());
        if (versions.stream().anyMatch(v -> v.language().equals(me.language()))) {
            LOG.info("{} stays a work of its own: its sidecar names {}, which has a {} version already",
                    LogText.name(me.name()), work, me.language());
            return Optional.empty();
        }
        versions.add(me);
        return Optional.of(new Decision(work, versions, "its sidecar " + me.name() + SIDECAR));
    }

    /** The work NAME is a version of, with its versions (NAME's entry among them), or empty: a work alone. */
    static Optional<Decision> decide(CatalogueEntry me, List<CatalogueEntry> all) {
        List<CatalogueEntry> same = all.stream().filter(e -> e.groupKey().equals(me.groupKey())).toList();
        if (same.size() > 1) {
            return Optional.of(new Decision(workIri(me.work()), same, "the same work IRI"));
        }
        for (Evidence evidence : Evidence.values()) {
            Set<String> works = new LinkedHashSet<>();
            for (CatalogueEntry other : all) {
                if (!other.name().equals(me.name()) && !other.work().isEmpty() && evidence.holds(me, other)) {
                    works.add(other.groupKey());
                }
            }
            if (works.isEmpty()) {
                continue;
            }
            if (works.size() > 1) {
                LOG.info("{} stays a work of its own: {} points at {} works ({})", LogText.name(me.name()),
                        evidence.description, works.size(), String.join(", ", works));
                return Optional.empty();
            }
            String key = works.iterator().next();
            List<CatalogueEntry> versions = new ArrayList<>(all.stream().filter(e -> e.groupKey().equals(key)).toList());
            if (versions.stream().anyMatch(v -> v.language().equals(me.language()))) {
                LOG.info("{} stays a work of its own: {} points at {}, which has a {} version already",
                        LogText.name(me.name()), evidence.description, workIri(key), me.language());
                return Optional.empty();
            }
            versions.add(me);
            return Optional.of(new Decision(workIri(versions.get(0).work()), versions, evidence.description));
        }
        return Optional.empty();
    }

    /** What makes two published documents versions of one work, strongest first. */
    enum Evidence {
        NAME("the naming convention (a language code as the name's first or last part)") {
            @Override
            boolean holds(CatalogueEntry a, CatalogueEntry b) {
                Optional<String> ka = nameKey(a);
                return ka.isPresent() && ka.equals(nameKey(b)) && !a.language().equals(b.language());
            }
        },
        NUMBER_AND_DATE("the same number and date") {
            @Override
            boolean holds(CatalogueEntry a, CatalogueEntry b) {
                return !a.number().isEmpty() && !a.date().isEmpty() && a.number().equals(b.number())
                        && a.date().equals(b.date()) && !a.language().equals(b.language());
            }
        };

        final String description;

        Evidence(String description) {
            this.description = description;
        }

        abstract boolean holds(CatalogueEntry a, CatalogueEntry b);
    }

    /**
     * The NAME without its language code, when the code is the document's language: "fr_X" in
     * French and "X_FR" in French are "x"; "fr_X" in English is no evidence.
     */
    static Optional<String> nameKey(CatalogueEntry e) {
        String lang = primary(e.language());
        for (Pattern p : List.of(CODE_FIRST, CODE_LAST)) {
            Matcher m = p.matcher(e.name());
            if (m.matches()) {
                String code = p == CODE_FIRST ? m.group(1) : m.group(2);
                String rest = p == CODE_FIRST ? m.group(2) : m.group(1);
                if (code.toLowerCase(Locale.ROOT).equals(lang)) {
                    return Optional.of(rest.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }

    /** "/akn/fr/doc/document/undated/x" of "/akn/fr/doc/document/undated/x/!main". */
    static String workIri(String frbrThis) {
        return FrbrUri.parse(frbrThis).map(u -> u.asWork().workUri()).orElse(frbrThis.replaceFirst("/!main$", ""));
    }

    /** The XML with the work IRI OLD replaced by WORK in every FRBR IRI, and WORK's country. */
    static byte[] withWork(byte[] xml, String old, String work) {
        String s = new String(xml, StandardCharsets.UTF_8);
        s = s.replace("value=\"" + old + "/", "value=\"" + work + "/").replace("value=\"" + old + "\"", "value=\"" + work + "\"");
        Optional<FrbrUri> w = FrbrUri.parse(work);
        if (w.isPresent()) {
            s = s.replaceAll("<FRBRcountry value=\"[^\"]*\"", Matcher.quoteReplacement("<FRBRcountry value=\"" + w.get().country() + "\""));
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The side-by-side page's NAME: the work IRI as a file name ("fr_doc_document_undated_x"). */
    static String parallelName(String work) {
        return work.replaceFirst("^/akn/", "").replace('/', '_');
    }

    private static String primary(String bcp47) {
        int dash = bcp47.indexOf('-');
        return (dash < 0 ? bcp47 : bcp47.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private String languageName(String bcp47) {
        String own = profiles.forLanguage(primary(bcp47)).get("name");
        return own == null || own.isEmpty() ? bcp47 : own;
    }

    /** The lock's path in an output folder (for tests). */
    static Path lockFile(Path outputDir) throws IOException {
        return outputDir.resolve(OutputLayout.STATE_DIR).resolve(LOCK_FILE);
    }
}
