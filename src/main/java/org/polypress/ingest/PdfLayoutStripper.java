package org.polypress.ingest;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a PDF's text and its layout in one pass: PDFBox's text stripper, with the settings and the
 * XHTML events of Tika's PDF parser (so the text is the one Tika gave: a {@code <div class="page">}
 * per page, a {@code <p>} per paragraph, lines in content-stream order), and, from the same text
 * positions, the glyphs of every line for a {@link LayoutCollector}.
 *
 * <p>Like Tika, every page of the page tree is processed, also a page without a content stream, so
 * that the page count stays the PDF's. Annotations, bookmarks, form fields, images and embedded files
 * are not read (the extraction never asked Tika for them). One instance per document.
 */
final class PdfLayoutStripper extends PDFTextStripper {
    private final XHTMLContentHandler xhtml;
    private final LayoutCollector layout;
    private int page;

    PdfLayoutStripper(ContentHandler handler, LayoutCollector layout) {
        this.xhtml = new XHTMLContentHandler(handler, new Metadata());
        this.layout = layout;
        // Tika's PDFParserConfig defaults, as PDFParserConfig.configure sets them: content-stream order
        // (closest to pdftotext for two-column gazettes), automatic spaces, overlapping text kept.
        setSortByPosition(false);
        setWordSeparator(" ");
        setAverageCharTolerance(0.3f);
        setSpacingTolerance(0.5f);
        setDropThreshold(2.5f);
        setSuppressDuplicateOverlappingText(false);
        setIgnoreContentStreamSpaceGlyphs(false);
    }

    /** Writes the document's text as XHTML events to the handler and its layout to the collector. */
    void read(PDDocument document) throws IOException {
        writeText(document, java.io.Writer.nullWriter());
    }

    @Override
    protected void startDocument(PDDocument document) throws IOException {
        try {
            xhtml.startDocument();
        } catch (SAXException e) {
            throw new IOException("Unable to start the document", e);
        }
    }

    @Override
    protected void endDocument(PDDocument document) throws IOException {
        try {
            xhtml.endDocument();
        } catch (SAXException e) {
            throw new IOException("Unable to end the document", e);
        }
    }

    /** Every page, as Tika does: PDFBox itself skips the pages without content. */
    @Override
    protected void processPages(PDPageTree pages) throws IOException {
        for (PDPage p : pages) {
            processPage(p);
        }
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page++;
        try {
            xhtml.startElement("div", "class", "page");
        } catch (SAXException e) {
            throw new IOException("Unable to start a page", e);
        }
        writeParagraphStart();
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
        writeParagraphEnd();
        layout.endLine(page);
        try {
            xhtml.endElement("div");
        } catch (SAXException e) {
            throw new IOException("Unable to end a page", e);
        }
    }

    @Override
    protected void endArticle() throws IOException {
        layout.endLine(page);
        super.endArticle();
    }

    @Override
    protected void writeParagraphStart() throws IOException {
        super.writeParagraphStart();
        try {
            xhtml.startElement("p");
        } catch (SAXException e) {
            throw new IOException("Unable to start a paragraph", e);
        }
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
        super.writeParagraphEnd();
        layout.endLine(page);
        try {
            xhtml.endElement("p");
        } catch (SAXException e) {
            throw new IOException("Unable to end a paragraph", e);
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        layout.add(text, positions);
        characters(text);
    }

    @Override
    protected void writeString(String text) throws IOException {
        characters(text);
    }

    @Override
    protected void writeCharacters(TextPosition text) throws IOException {
        characters(text.getUnicode());
    }

    @Override
    protected void writeWordSeparator() throws IOException {
        layout.wordSeparator();
        characters(getWordSeparator());
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        layout.endLine(page);
        try {
            xhtml.newline();
        } catch (SAXException e) {
            throw new IOException("Unable to write a newline character", e);
        }
    }

    private void characters(String text) throws IOException {
        try {
            xhtml.characters(text);
        } catch (SAXException e) {
            throw new IOException("Unable to write a string", e);
        }
    }
}
