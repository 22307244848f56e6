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
 * <p>Like Tika, every page of the page tree is processed, also a page without a content stream.
 * One departure from Tika: a {@link Spreads spread} (two facing pages exported as one PDF page, as
 * layout programs export a brochure "as spreads") is read as the two pages it prints, the left one
 * first, so that each page's text stays together instead of its lines interleaving with the facing
 * page's; the page count is then the printed pages'. Annotations, bookmarks, form fields, images and
 * embedded files are not read (the extraction never asked Tika for them). A second departure: a page
 * whose frames the content stream writes out of order is read by position ({@link ReadingOrder}).
 * One instance per document.
 */
final class PdfLayoutStripper extends PDFTextStripper {
    private final XHTMLContentHandler xhtml;
    private final LayoutCollector layout;
    private int page;
    /** The spreads of the document being read: decided before the pages are. */
    private Spreads spreads = Spreads.NONE;
    /** While a spread is read: its half being written (glyphs of the other half are skipped), else null. */
    private Spreads.Half half;
    private int namedGlyphs;
    private int spreadCount;
    private final List<Integer> byPosition = new java.util.ArrayList<>();

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
        spreads = Spreads.of(document);
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
            if (spreads.isSpread(p)) {
                spreadCount++;
                for (Spreads.Half h : Spreads.Half.values()) {
                    half = h;
                    processPage(p);
                }
                half = null;
            } else {
                processPage(p);
            }
        }
    }

    /** On a spread, only the glyphs of the half being read; a ligature the font only names, by its name. */
    @Override
    protected void processTextPosition(TextPosition text) {
        if (half == null || half.holds(text, spreads.middle(getCurrentPage()))) {
            TextPosition named = GlyphNames.named(text);
            if (named != text) {
                namedGlyphs++;
            }
            super.processTextPosition(named);
        }
    }

    /**
     * A page whose text frames the content stream writes out of order is read by position
     * ({@link ReadingOrder}); the others in content order, as Tika reads them.
     */
    @Override
    protected void writePage() throws IOException {
        List<double[]> glyphs = new java.util.ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition t : article) {
                if (!t.getUnicode().isBlank()) {
                    glyphs.add(new double[] {t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir()});
                }
            }
        }
        boolean sort = ReadingOrder.byPosition(ReadingOrder.lines(glyphs));
        if (sort) {
            byPosition.add(page);
        }
        setSortByPosition(sort);
        try {
            super.writePage();
        } finally {
            setSortByPosition(false);
        }
    }

    /** The pages read by position instead of content order, by number (a spread's halves count as pages). */
    List<Integer> pagesByPosition() {
        return List.copyOf(byPosition);
    }

    /** How many spreads were read as two pages. */
    int spreads() {
        return spreadCount;
    }

    /** How many glyphs had their text from their names ({@link GlyphNames}). */
    int namedGlyphs() {
        return namedGlyphs;
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
