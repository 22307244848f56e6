package org.polypress.publish.html;

import org.polypress.archive.ArchiveFolder;
import org.polypress.publish.Stylesheets;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes {@code output/index.html}: every published document with its title, language, number
 * and date, and links to its HTML, PDF and XML editions and to the latest version of its archival
 * package ({@code archive/NAME/vN/}). Language versions of one work (same
 * FRBRWork/FRBRthis) share a row.
 *
 * <p>Thread-safe: {@code catalogue.xsl} is compiled once; each call scans the folder afresh and
 * reads only the metadata at the top of each XML file.
 */
public final class CatalogueRenderer {

    /** The catalogue stylesheet, looked up in the folder given to the constructor. */
    public static final String STYLESHEET = "catalogue.xsl";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueRenderer.class);
    private static final QName LANG = new QName("lang");
    private static final QName LABELS = new QName("labels");
    private static final QName DOCUMENTS = new QName("documents");

    private final XsltExecutable stylesheet;

    /**
     * @param processor the Saxon processor
     * @param xsltBase  URI of the folder holding {@value #STYLESHEET} ({@code file:} or {@code jar:})
     * @throws SaxonApiException if the stylesheet cannot be read or does not compile
     */
    public CatalogueRenderer(Processor processor, URI xsltBase) throws SaxonApiException {
        Objects.requireNonNull(processor, "processor");
        this.stylesheet = Stylesheets.compile(processor, Stylesheets.resolve(xsltBase, STYLESHEET));
    }

    /**
     * Scans {@code outputDir/xml/*.xml} and renders the catalogue page. A file that cannot be
     * read is left out (and logged) rather than failing the whole catalogue.
     *
     * @param outputDir the output folder holding {@code xml/}, {@code html/} and {@code pdf/}
     * @param lang      BCP-47 language of the catalogue page
     * @param labels    the words the page prints (profile keys without {@code "label."})
     * @return the HTML text of {@code output/index.html}
     * @throws IOException       if the {@code xml/} folder cannot be listed
     * @throws SaxonApiException if the transformation fails
     */
    public String render(Path outputDir, String lang, Map<String, String> labels) throws IOException, SaxonApiException {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(labels, "labels");
        return render(scan(outputDir), outputDir, lang, labels);
    }

    /** The catalogue facts of one Akoma Ntoso file. */
    public static CatalogueEntry read(Path xmlFile) throws IOException {
        return AknMetaReader.read(xmlFile);
    }

    /** The catalogue facts of every readable {@code xml/*.xml}, in file-name order. */
    public static List<CatalogueEntry> scan(Path outputDir) throws IOException {
        Path xml = outputDir.resolve("xml");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(xml)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(xml, "*.xml")) {
                stream.forEach(files::add);
            }
        }
        files.sort(null);
        List<CatalogueEntry> entries = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                entries.add(AknMetaReader.read(file));
            } catch (IOException e) {
                LOG.warn("Catalogue leaves out {}: {}", file, e.getMessage());
            }
        }
        return entries;
    }

    /**
     * Renders the catalogue page from entries already read (see {@link #scan} and {@link #read}).
     *
     * @param outputDir the output folder, to see which editions exist for each entry
     */
    public String render(List<CatalogueEntry> entries, Path outputDir, String lang, Map<String, String> labels)
            throws SaxonApiException {
        List<XdmMap> documents = new ArrayList<>(entries.size());
        for (CatalogueEntry entry : entries) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("name", entry.name());
            facts.put("group", entry.groupKey());
            facts.put("title", entry.title());
            facts.put("lang", entry.language());
            facts.put("languageName", LanguageCodes.endonym(entry.language()));
            facts.put("number", entry.number());
            facts.put("date", entry.date());
            facts.put("html", Files.isRegularFile(outputDir.resolve("html").resolve(entry.name() + ".html")));
            facts.put("pdf", Files.isRegularFile(outputDir.resolve("pdf").resolve(entry.name() + ".pdf")));
            OptionalInt bag = ArchiveFolder.latest(outputDir, entry.name());
            facts.put("archive", bag.isPresent() ? ArchiveFolder.version(bag.getAsInt()) : "");
            documents.add(XdmMap.makeMap(facts));
        }
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setStylesheetParameters(Map.<QName, XdmValue>of(
                LANG, new XdmAtomicValue(Stylesheets.languageTag(lang)),
                LABELS, XdmMap.makeMap(labels),
                DOCUMENTS, new XdmValue(documents)));
        StringWriter html = new StringWriter(16 * 1024);
        transformer.callTemplate(null, transformer.newSerializer(html));
        return html.toString();
    }
}
