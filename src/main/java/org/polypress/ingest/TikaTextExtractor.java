package org.polypress.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.SecureContentHandler;
import org.polypress.ingest.ExtractionException.Kind;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Runs the one Tika parser that fits a format (never auto-detection, never OCR, never embedded
 * documents), or PDFBox's text stripper for a PDF, and collects its text through a
 * {@link PageTextHandler}. Parsers are built once and
 * shared; every call gets its own context and configuration, so this class is thread-safe.
 */
final class TikaTextExtractor {
    /** What a parser produced. {@code charset} is set for HTML only, {@code layout} for PDF only. */
    /** @param reading what the PDF reading found and repaired (spreads, named glyphs), for the report */
    record Parsed(String text, int pages, int pagesWithoutText, String charset, String controlWarning,
                  List<String> reading, LayoutEvidence layout) {
    }

    private static final int INITIAL_TEXT_CAPACITY = 1 << 20;

    static {
        // POI checks every DOCX entry at a fixed ratio (100, past 100 KB) and tells only by message;
        // ZipGuard has already checked each entry at the configured ratio before any parser runs,
        // and SecureContentHandler checks the text against the file: one limit, recognised by type.
        ZipSecureFile.setMinInflateRatio(0);
    }

    /**
     * The parsers, each built when a document of its format first comes (with Tika's MIME types they
     * load, most of a second of start-up that text and PDF inputs never need); shared, thread-safe.
     */
    private static final class Docx {
        static final Parser PARSER = new OOXMLParser();
    }

    private static final class Odt {
        static final Parser PARSER = new OpenDocumentParser();
    }

    private static final class Html {
        static final Parser PARSER = new JSoupParser();
    }

    /**
     * @param charset the charset of an HTML file ({@link HtmlCharsets}); null for the other formats
     */
    Parsed parse(DocumentFormat format, MediaType type, byte[] content, ExtractionLimits limits, Charset charset)
            throws ExtractionException {
        // Text is much smaller than a PDF or office file (images, markup): start small, grow as needed.
        TextNormalizer sink = new TextNormalizer(Math.min(content.length, INITIAL_TEXT_CAPACITY), limits.maxTextChars());
        PageTextHandler handler = new PageTextHandler(sink, format == DocumentFormat.PDF,
                format == DocumentFormat.HTML, limits.maxNestingDepth());
        LayoutEvidence layout = LayoutEvidence.NONE;
        List<String> reading = List.of();
        try {
            if (format == DocumentFormat.PDF) {
                PdfRead read = readPdf(content, handler);
                layout = read.layout();
                reading = read.notes();
            } else {
                Metadata metadata = new Metadata();
                metadata.set(Metadata.CONTENT_TYPE, type.toString());
                try (TikaInputStream in = TikaInputStream.get(content)) {
                    SecureContentHandler secure = secure(handler, in, limits);
                    try {
                        parser(format).parse(in, secure, metadata, context(format, charset));
                    } catch (SAXException e) {
                        refuseIfBomb(secure, e, format);
                        throw e;
                    }
                }
            }
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw translate(format, e);
        }
        return new Parsed(sink.text(), handler.pages(), handler.pagesWithoutText(),
                charset == null ? null : charset.name(), sink.controlWarning(), reading, layout);
    }

    /**
     * A PDF is read with PDFBox directly, the way Tika's PDF parser reads it (same text stripper
     * settings, same XHTML events, see {@link PdfLayoutStripper}), so that the text positions that
     * Tika drops give the layout evidence in the same pass. As with Tika's defaults: no OCR, no
     * annotations, bookmarks, form fields, inline images, actions, marked content or embedded files;
     * a document encrypted with an empty user password is read, any other password fails.
     */
    private static PdfRead readPdf(byte[] content, ContentHandler handler) throws IOException {
        LayoutCollector layout = new LayoutCollector();
        PdfLayoutStripper stripper = new PdfLayoutStripper(handler, layout);
        try (PDDocument document = Loader.loadPDF(content)) {
            stripper.read(document);
        }
        List<String> notes = new ArrayList<>();
        if (stripper.spreads() > 0) {
            notes.add(stripper.spreads() + " spread(s), facing pages exported as one PDF page, read as two pages each, left then right");
        }
        if (!stripper.pagesByPosition().isEmpty()) {
            notes.add(stripper.pagesByPosition().size() + " page(s) whose text the PDF writes out of reading order (a heading after its"
                    + " text, a number after its step) read by position, top to bottom: " + stripper.pagesByPosition());
        }
        if (stripper.namedGlyphs() > 0) {
            notes.add(stripper.namedGlyphs() + " glyph(s) that the PDF's fonts map to no character read from their names"
                    + " (ligatures such as f_i: \"fi\")");
        }
        return new PdfRead(layout.finish(), List.copyOf(notes));
    }

    /** A PDF's layout evidence, and what the reading found and repaired, for the report. */
    private record PdfRead(LayoutEvidence layout, List<String> notes) {
    }

    /**
     * Tika's guard on what a parser writes: more characters than {@code maxCompressionRatio} times
     * the file's bytes, past the same grace as {@link ZipGuard}'s, is a bomb. The nesting depth is
     * left to {@link PageTextHandler}, which refuses it with its own limit and words.
     */
    private static SecureContentHandler secure(ContentHandler handler, TikaInputStream in, ExtractionLimits limits) {
        SecureContentHandler secure = new SecureContentHandler(handler, in);
        secure.setOutputThreshold(ExtractionLimits.COMPRESSION_GRACE_BYTES);
        secure.setMaximumCompressionRatio(limits.maxCompressionRatio());
        secure.setMaximumDepth(Integer.MAX_VALUE);
        return secure;
    }

    /** The guard's own exception, recognised by the guard (not by its message), as a refused bomb. */
    private static void refuseIfBomb(SecureContentHandler secure, SAXException e, DocumentFormat format)
            throws ExtractionException {
        try {
            secure.throwIfCauseOf(e);
        } catch (TikaException bomb) {
            throw new ExtractionException(Kind.LIMIT_EXCEEDED, "the " + format.label() + " was refused as a possible "
                    + "zip bomb: its text would be far larger than the file (" + bomb.getMessage() + ")", bomb);
        }
    }

    private Parser parser(DocumentFormat format) {
        return switch (format) {
            case PDF -> throw new IllegalArgumentException("a PDF is read by PdfLayoutStripper");
            case DOCX -> Docx.PARSER;
            case ODT -> Odt.PARSER;
            case HTML -> Html.PARSER;
            case TEXT -> throw new IllegalArgumentException("plain text is decoded, not parsed");
        };
    }

    private static ParseContext context(DocumentFormat format, Charset charset) {
        ParseContext context = new ParseContext();
        if (charset != null) {
            context.set(EncodingDetector.class, (stream, metadata) -> charset);
        }
        context.set(EmbeddedDocumentExtractor.class, new NoEmbeddedDocuments());
        if (format == DocumentFormat.DOCX) {
            context.set(OfficeParserConfig.class, officeConfig());
        }
        return context;
    }

    private static OfficeParserConfig officeConfig() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setUseSAXDocxExtractor(true);
        config.setIncludeDeletedContent(false);
        config.setIncludeMoveFromContent(false);
        config.setExtractMacros(false);
        return config;
    }

    private static ExtractionException translate(DocumentFormat format, Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LimitException limit) {
                return limit.toExtractionException();
            }
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException
                    || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new ExtractionException(Kind.ENCRYPTED, "the " + format.label()
                        + " is protected by a password", failure);
            }
            String message = String.valueOf(t.getMessage());
            if (t instanceof SAXParseException && isEntityLimit(message)) {
                return new ExtractionException(Kind.ENTITY_BOMB, "the " + format.label() + " was refused: its XML "
                        + "declares entities that would expand far beyond its size (an entity expansion bomb)", failure);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new ExtractionException(Kind.CORRUPT, "the " + format.label() + " could not be read: "
                + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()),
                failure);
    }

    /**
     * The JDK's XML parser stops an entity bomb with one of its entity limits, reported under the
     * codes {@code JAXP00010001} (entity expansions), {@code JAXP00010003} (size of one entity) and
     * {@code JAXP00010004} (size of all entities) of its secure-processing limits.
     */
    private static boolean isEntityLimit(String message) {
        return message.contains("JAXP00010001") || message.contains("JAXP00010003") || message.contains("JAXP00010004");
    }

    /** Declines every embedded document: attachments, images, OLE objects and macros are not text. */
    private static final class NoEmbeddedDocuments implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // Never called: shouldParseEmbedded is false.
        }
    }
}
