package org.polypress.pipeline;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.polypress.akn.AknValidator;
import org.polypress.akn.AknWriter;
import org.polypress.akn.WorkIdentity;
import org.polypress.clean.CleanDocument;
import org.polypress.clean.Cleaner;
import org.polypress.clean.Footnote;
import org.polypress.clean.Repairs;
import org.polypress.ingest.DetectedLanguage;
import org.polypress.ingest.ExtractedText;
import org.polypress.ingest.FileNames;
import org.polypress.ingest.ExtractionException;
import org.polypress.ingest.ExtractionLimits;
import org.polypress.ingest.Extractor;
import org.polypress.ingest.LanguageDetector;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;
import org.polypress.publish.StylesheetFolder;
import org.polypress.publish.html.HtmlEdition;
import org.polypress.publish.html.HtmlRenderer;
import org.polypress.publish.html.VersionLinks;
import org.polypress.publish.html.ReportRenderer;
import org.polypress.publish.pdf.PdfEdition;
import org.polypress.publish.pdf.PdfRenderException;
import org.polypress.publish.pdf.PdfRenderer;
import org.polypress.structure.DocumentTree;
import org.polypress.structure.StructureBuilder;

/**
 * The document pipeline: extract, detect language, clean, structure, write and validate Akoma
 * Ntoso, render HTML and PDF, report. Everything expensive (Tika, the language detector, the
 * schema, compiled stylesheets, the FopFactory) is built once in the constructor and shared by
 * all workers; a document's own work is all that happens per call.
 */
public final class PolypressPipeline implements DocumentPipeline, EditionRenderer {
    /** The language of the report page, the catalogue's (see {@code PolypressMain}). */
    public static final String REPORT_LANGUAGE = "en";
    private final Extractor extractor;
    private final LanguageDetector languages;
    private final Profiles profiles = new Profiles();
    private final Cleaner cleaner = new Cleaner();
    private final StructureBuilder structure;
    private final AknWriter writer = new AknWriter();
    private final AknValidator validator;
    private final Processor saxon = new Processor(false);
    private final HtmlRenderer html;
    private final ReportRenderer reportPage;
    /**
     * No words passed to the editions and the report page (in the catalogue's language, for the
     * publication team): the stylesheets read their labels themselves (xslt/common/labels.xsl).
     */
    private static final Map<String, String> SHEETS_LABELS = Map.of();
    private final PdfRenderer pdf;
    private final Clock clock;
    private final Map<String, Duration> startup = new LinkedHashMap<>();

    /**
     * @param xsltDir stylesheet folder overriding the ones in the jar, if any
     * @param limits  extraction limits
     * @param clock   the clock for generation dates
     */
    public PolypressPipeline(Optional<Path> xsltDir, ExtractionLimits limits, Clock clock) {
        this(xsltDir, limits, clock, "");
    }

    /**
     * @param siteBase absolute URL the output folder is published under, for the HTML edition's
     *                 canonical links; "" for none (relative links, no host named)
     * @see #PolypressPipeline(Optional, ExtractionLimits, Clock)
     */
    public PolypressPipeline(Optional<Path> xsltDir, ExtractionLimits limits, Clock clock, String siteBase) {
        this(xsltDir, limits, clock, siteBase, PdfRenderer.CONTENTS_MIN_PAGES_DEFAULT);
    }

    /**
     * @param contentsMinPages estimated pages from which the PDF edition prints a contents
     *                         (the {@code pdf.contents.min-pages} setting)
     * @see #PolypressPipeline(Optional, ExtractionLimits, Clock, String)
     */
    public PolypressPipeline(Optional<Path> xsltDir, ExtractionLimits limits, Clock clock, String siteBase,
                             int contentsMinPages) {
        this.clock = clock;
        this.structure = new StructureBuilder(clock);
        // Tika (detector, parsers, language models) and the schema load on threads of their own
        // while Saxon compiles the stylesheets and FOP reads its configuration and fonts here:
        // start-up is most of a short --once run. Not the common pool: on two cores it has one
        // thread, and Tika and the schema in turn took longer than everything else together.
        CompletableFuture<Timed<Extractor>> tika = CompletableFuture.supplyAsync(
                () -> Timed.of(() -> new Extractor(limits)), PolypressPipeline::startupThread);
        CompletableFuture<Timed<AknValidator>> schema = CompletableFuture.supplyAsync(
                () -> Timed.of(AknValidator::new), PolypressPipeline::startupThread);
        URI base = StylesheetFolder.resolve(xsltDir);
        long t = System.nanoTime();
        try {
            this.html = new HtmlRenderer(saxon, base, siteBase);
            this.reportPage = new ReportRenderer(saxon, base);
            long fop = System.nanoTime();
            PdfRenderer.prepareFop();
            fop = System.nanoTime() - fop;
            this.pdf = new PdfRenderer(saxon, base, contentsMinPages);
            this.startup.put("saxon", Duration.ofNanos(System.nanoTime() - t - fop));
            this.startup.put("fop", Duration.ofNanos(fop));
        } catch (SaxonApiException | PdfRenderException e) {
            throw new IllegalStateException("cannot compile the stylesheets in " + base + ": " + e.getMessage(), e);
        }
        this.languages = new LanguageDetector();
        Timed<Extractor> extractor = joined(tika);
        Timed<AknValidator> validator = joined(schema);
        this.extractor = extractor.value();
        this.validator = validator.value();
        this.startup.put("tika", extractor.took());
        this.startup.put("schema", validator.took());
    }

    /** Runs a start-up task on a thread of its own, which ends with it. */
    private static void startupThread(Runnable task) {
        Thread thread = new Thread(task, "polypress-startup");
        thread.setDaemon(true);
        thread.start();
    }

    /** A value and how long it took to make. */
    private record Timed<T>(T value, Duration took) {
        static <T> Timed<T> of(java.util.function.Supplier<T> maker) {
            long t = System.nanoTime();
            T value = maker.get();
            return new Timed<>(value, Duration.ofNanos(System.nanoTime() - t));
        }
    }

    /**
     * How long the constructor's parts took, in the order they were made: {@code saxon} (the
     * stylesheets), {@code fop} (FOP's configuration and fonts), and, on threads of their own meanwhile,
     * {@code tika} (detector, parsers, charset and language models) and {@code schema} (the Akoma Ntoso schema).
     */
    public Map<String, Duration> startup() {
        return Collections.unmodifiableMap(startup);
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** {@code html/NAME.standalone.html} is the longest of the names in {@link #process}. */
    @Override
    public String longestNameEnding() {
        return ".standalone.html";
    }

    @Override
    public Publication process(String fileName, byte[] content) throws PipelineFailure {
        long start = System.nanoTime();
        String name = FileNames.stem(fileName);
        StageTimer timer = new StageTimer(clock);
        try {
            Akn akn = akn(fileName, name, content, timer);
            XdmNode tree = akn.tree();
            Map<String, String> labels = SHEETS_LABELS;
            List<OutputFile> files = new ArrayList<>(List.of(new OutputFile("xml/" + name + ".xml", akn.xml())));
            // The PDF first: FOP needs the most memory, and the HTML pages are not held meanwhile.
            PdfEdition p = timer.time(Stage.PDF, () -> pdf.render(tree, akn.profile().code(), labels));
            files.addAll(timer.time(Stage.HTML, () -> htmlFiles(name, tree, akn.profile().code(), labels)));
            files.add(new OutputFile("pdf/" + name + ".pdf", p.pdf()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            List<String> warnings = new ArrayList<>(akn.warnings());
            warnings.addAll(p.warnings());
            Report report = akn.facts().withEditions(warnings, p.pages(), new Report.Millis(millis, timer.millis()));
            String json = RecordJson.write(report);
            files.add(new OutputFile("report/" + name + ".json", utf8(json)));
            files.add(new OutputFile("report/" + name + ".html",
                    reportPage.render(tree, json, name, REPORT_LANGUAGE, SHEETS_LABELS)));
            Map<Stage, List<String>> raised = Map.of(Stage.EXTRACT, akn.extractWarnings(),
                    Stage.CLEAN, akn.cleanWarnings(), Stage.PDF, p.warnings());
            List<StageRun> runs = timer.runs().stream()
                    .map(r -> r.withWarnings(raised.getOrDefault(r.stage(), List.of()))).toList();
            return new Publication(name, akn.profile().code(), akn.pages(), files, millis,
                    new Provenance(runs, reportTree(report)));
        } catch (PipelineFailure f) {
            throw f;
        } catch (ExtractionException e) {
            throw new PipelineFailure(Stage.EXTRACT, e.permanent(), e.getMessage(), e.suggestion(), e);
        } catch (PdfRenderException e) {
            throw new PipelineFailure(e.phase() == PdfRenderException.Phase.TRANSFORM ? Stage.FO : Stage.PDF,
                    true, "the PDF edition could not be rendered: " + e.getMessage(),
                    "report this document to the Polypress maintainers", e);
        } catch (SaxonApiException e) {
            throw new PipelineFailure(timer.current(), true, "the " + timer.current().key() + " stage failed: " + e.getMessage(),
                    "report this document to the Polypress maintainers", e);
        } catch (OutOfMemoryError e) {
            // Permanent: the same document would run out of memory again on every retry, each
            // costing minutes; the person who drops it decides (more heap, or smaller parts).
            throw new PipelineFailure(timer.current(), true, "the document is too large for the memory available: "
                    + "the " + timer.current().key() + " stage ran out of memory",
                    "split the document into smaller files, or start Polypress with more heap (java -Xmx...) "
                    + "and fewer workers, then drop it again");
        } catch (StackOverflowError e) {
            throw new PipelineFailure(timer.current(), true, "the document's structure is nested too deeply for the "
                    + timer.current().key() + " stage", "split the document into smaller files, or report it to "
                    + "the Polypress maintainers");
        } catch (Exception e) {
            throw new PipelineFailure(timer.current(), true, "unexpected error in the " + timer.current().key() + " stage: " + e, "report this document to the Polypress maintainers", e);
        }
    }

    /**
     * The Akoma Ntoso document of an input, valid, as UTF-8 and as the tree the editions read, with the facts the report gives about
     * the way there. The text, clean document and tree are dropped when this returns: a long
     * document's models do not stay in memory while its editions are rendered.
     */
    private Akn akn(String fileName, String name, byte[] content, StageTimer timer) throws Exception {
        ExtractedText text = timer.time(Stage.EXTRACT, () -> extractor.extract(fileName, content));
        DetectedLanguage detected = languages.detect(text.text());
        LanguageProfile profile = profiles.forLanguage("und".equals(detected.code()) ? "en" : detected.code());
        CleanDocument clean = timer.time(Stage.CLEAN, () -> cleaner.clean(text.text(), profile, text.layout()));
        if (clean.blocks().isEmpty()) {
            throw new PipelineFailure(Stage.CLEAN, true, "no text is left after removing page furniture",
                    "check that the file holds the document's text and not only headers or page numbers");
        }
        DocumentTree tree = timer.time(Stage.STRUCTURE, () -> structure.build(clean, profile));
        String xml = timer.time(Stage.AKN, () -> writer.write(tree, name, LocalDate.now(clock)));
        // One parse: the schema validates the document while Saxon builds the tree the editions read.
        BuildingContentHandler builder = saxon.newDocumentBuilder().newBuildingContentHandler();
        List<String> errors = timer.time(Stage.VALIDATE, () -> validator.errors(xml, builder));
        if (!errors.isEmpty()) {
            throw new PipelineFailure(Stage.VALIDATE, true,
                    "the Akoma Ntoso produced is not valid against the schema: " + String.join("; ", errors),
                    "report this document to the Polypress maintainers; it reveals a bug in the structure stage");
        }
        List<String> warnings = new ArrayList<>(clean.stats().warnings());
        warnings.addAll(tree.warnings());
        warnings.addAll(actWarnings(tree));
        return new Akn(profile, utf8(xml), builder.getDocumentNode(), facts(fileName, text, detected, profile, clean, tree),
                text.warnings(), warnings, clean.stats().pages());
    }

    /**
     * What an act's identity lacks, said in the report: a number or date not printed in the text
     * (a draft), so that nobody takes the work URI's "nn" or the generation date for the act's own.
     */
    static List<String> actWarnings(DocumentTree tree) {
        if (tree.act() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String what : tree.act().missing()) {
            out.add(what.equals("number")
                    ? "the act's number is not in the text: its work URI says \"nn\" (not numbered), and it has no FRBRnumber"
                    : "the act's date is not in the text: its work is dated by the generation date");
        }
        return out;
    }

    /** The Akoma Ntoso of a document (as UTF-8 and as a tree) and what the report says about how it was made. */
    private record Akn(LanguageProfile profile, byte[] xml, XdmNode tree, Report facts, List<String> extractWarnings,
                       List<String> cleanWarnings, int pages) {
        /** The warnings of extraction and cleaning, in that order. */
        List<String> warnings() {
            List<String> all = new ArrayList<>(extractWarnings);
            all.addAll(cleanWarnings);
            return all;
        }
    }

    @Override
    public List<OutputFile> editions(String name, byte[] aknXml, String language, VersionLinks links, boolean withPdf)
            throws SaxonApiException, PdfRenderException {
        XdmNode tree = saxon.newDocumentBuilder().build(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(aknXml)));
        LanguageProfile profile = profiles.forLanguage(language);
        List<OutputFile> files = new ArrayList<>(htmlFiles(name, tree, profile.code(), SHEETS_LABELS, links));
        files.removeIf(f -> f.relativePath().equals("html/polypress.css"));
        if (withPdf) {
            files.add(new OutputFile("pdf/" + name + ".pdf", pdf.render(tree, profile.code(), SHEETS_LABELS).pdf()));
        }
        return files;
    }

    /** The HTML edition's files. */
    private List<OutputFile> htmlFiles(String name, XdmNode akn, String lang, Map<String, String> labels)
            throws SaxonApiException {
        return htmlFiles(name, akn, lang, labels, VersionLinks.NONE);
    }

    private List<OutputFile> htmlFiles(String name, XdmNode akn, String lang, Map<String, String> labels,
                                       VersionLinks links) throws SaxonApiException {
        HtmlEdition h = html.render(akn, name, lang, labels, links);
        return List.of(
                new OutputFile("html/" + name + ".html", h.page()),
                new OutputFile("html/" + name + ".standalone.html", h.standalone()),
                new OutputFile("html/" + name + ".fragment.html", h.fragment()),
                new OutputFile("html/polypress.css", utf8(html.css())));
    }

    /** The report as the maps and lists of its JSON, as the archive reads it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> reportTree(Report report) {
        return (Map<String, Object>) RecordJson.tree(report);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** What the report says about the input and the way to its Akoma Ntoso (the editions add the rest). */
    private static Report facts(String fileName, ExtractedText text, DetectedLanguage detected,
                                LanguageProfile profile, CleanDocument clean, DocumentTree tree) {
        CleanDocument.Stats s = clean.stats();
        Report.Language language = new Report.Language(detected.code(), Math.round(detected.confidence() * 1000) / 1000.0,
                profile.isOwn() ? profile.code() : "en (no profile for " + profile.code() + ")", profile.iso6392b());
        long linked = clean.notes().stream().filter(Footnote::linked).count();
        List<Report.Note> notes = clean.notes().subList(0, Math.min(Repairs.LIMIT, clean.notes().size())).stream()
                .map(n -> new Report.Note(n.id(), n.marker(), n.page(), n.linked(), n.bodyInSource())).toList();
        List<Report.Hyphen> hyphens = s.hyphenDecisions().stream()
                .map(d -> new Report.Hyphen(d.first() + "-", d.second(), d.result(), d.kept(),
                        d.why().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))).toList();
        DocumentTree.Metadata md = tree.metadata();
        WorkIdentity identity = WorkIdentity.of(tree);
        return new Report(fileName, "published", text.mediaType(), text.charset(), language,
                new Report.Pages(s.pages(), s.pageEvidence()),
                new Report.Furniture(s.furnitureRemoved(), s.furnitureExamples(), s.furnitureLines()),
                new Report.Footnotes(clean.notes().size(), linked, clean.notes().size() - linked, notes),
                new Report.Hyphenation(s.hyphensJoined(), s.hyphensKept(), s.hyphensUndecided(), hyphens),
                new Report.Layout(s.doubleSpaced(), s.glyphsNormalised(), s.boxes(), clean.blocks().size(),
                        s.charactersRemoved(), s.wordsRepaired(), s.repairedWords()),
                new Report.Document(tree.rootElement() + "/" + tree.name(), md.title(), md.docNumber(),
                        md.date().toString(), md.dateFromText(), identity.work().country(), identity.work().workUri(),
                        identity.evidence(), tree.annexes().size(), tree.act() == null ? null
                        : new Report.Act(tree.name(), tree.act().type(), identity.work().workUri(), tree.act().eli(),
                                tree.act().missing())),
                tree.unclassified(), List.of(), 0, null);
    }
}
