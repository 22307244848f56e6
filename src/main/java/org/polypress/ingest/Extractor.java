package org.polypress.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.tika.mime.MediaType;
import org.polypress.ingest.ExtractionException.Kind;

/**
 * The ingest stage: the bytes of a dropped file become decoded text with page boundaries, the
 * charset and the media type.
 *
 * <p>Accepted: {@code .txt} (UTF-8; UTF-16 with or without byte-order mark; UTF-32 with one; the
 * 8-bit windows-125x / ISO-8859-x sets, see {@link TextDecoder}), {@code .pdf} (text layer only; no
 * OCR), {@code .docx}, {@code .odt}, {@code .html}/{@code .htm}. The format must be promised by the extension and
 * confirmed by the content (Tika's detector); when one office format is named as another (a DOCX
 * named .pdf) the content decides and a warning says so.
 *
 * <p>Thread-safe: detector, parsers and charset/language models are built once by the constructor.
 */
public final class Extractor {
    /** A PDF whose pages hold fewer letters and digits than this on average needs OCR. */
    static final int MIN_CHARS_PER_PAGE = 20;
    /** Where the %%EOF marker of a complete PDF must be: within this many bytes from the end. */
    private static final int PDF_TAIL_BYTES = 2048;

    private final ExtractionLimits limits;
    private final FormatDetector detector = new FormatDetector();
    private final TextDecoder textDecoder;
    private final HtmlCharsets htmlCharsets;
    private final TikaTextExtractor tika = new TikaTextExtractor();

    public Extractor(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        CharsetGuesser guesser = new CharsetGuesser(new LanguageDetector());
        this.textDecoder = new TextDecoder(guesser);
        this.htmlCharsets = new HtmlCharsets(guesser);
    }

    /**
     * @param fileName the dropped file's name; its extension tells the expected format
     * @param content  the file's bytes
     * @throws ExtractionException when no text can be had; its kind and suggestion tell what to do
     */
    public ExtractedText extract(String fileName, byte[] content) throws ExtractionException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        if (content.length > limits.maxInputBytes()) {
            throw new ExtractionException(Kind.TOO_LARGE, "the file has " + content.length
                    + " bytes, more than the limit of " + limits.maxInputBytes());
        }
        if (content.length == 0) {
            throw empty("the file is empty");
        }
        Optional<DocumentFormat> declared = DocumentFormat.byFileName(fileName);
        List<String> warnings = new ArrayList<>();
        if (declared.isPresent() && declared.get() == DocumentFormat.TEXT) {
            return extractText(content, warnings); // judged by its bytes alone: one detection, not two
        }
        boolean pdf = declared.isPresent() && declared.get() == DocumentFormat.PDF && FormatDetector.decidesPdf(content);
        MediaType detected = pdf ? FormatDetector.PDF : detector.detect(content, fileName); // the bytes decided: no detection
        Optional<DocumentFormat> actual = pdf ? Optional.of(DocumentFormat.PDF)
                : DocumentFormat.byMediaType(detected, detector.registry());
        if (declared.isEmpty()) {
            throw unsupported(fileName, detected, actual);
        }
        return switch (declared.get()) {
            case TEXT -> throw new AssertionError("handled above");
            case HTML -> {
                if (actual.isEmpty() || actual.get() != DocumentFormat.HTML && actual.get() != DocumentFormat.TEXT) {
                    throw notText(fileName, detected);
                }
                MediaType type = actual.get() == DocumentFormat.HTML ? detected : MediaType.TEXT_HTML;
                yield extractWithTika(DocumentFormat.HTML, type, content, warnings);
            }
            case PDF, DOCX, ODT -> extractDocument(fileName, declared.get(), detected, actual, content, warnings);
        };
    }

    private ExtractedText extractText(byte[] content, List<String> warnings) throws ExtractionException {
        // Without the name, Tika judges the bytes alone: a PNG or a PDF named .txt shows its real type.
        // Not needed when the bytes themselves show plain UTF-8 text (most inputs: pdftotext's output).
        boolean plain = FormatDetector.decidesPlainText(content);
        MediaType byContent = plain ? MediaType.TEXT_PLAIN : detector.detect(content, null);
        Optional<DocumentFormat> format = plain ? Optional.of(DocumentFormat.TEXT)
                : DocumentFormat.byMediaType(byContent, detector.registry());
        boolean textual = format.map(f -> f == DocumentFormat.TEXT || f == DocumentFormat.HTML)
                .orElse(FormatDetector.isUnspecificBinary(byContent)); // unspecific: TextDecoder decides
        if (!textual) {
            throw new ExtractionException(Kind.NOT_TEXT, "the file is named as plain text but its content is "
                    + describe(byContent, format), suggestRename(format, Kind.NOT_TEXT.defaultSuggestion()), null);
        }
        TextDecoder.Decoded decoded = textDecoder.decode(content, limits.maxTextChars());
        warnings.addAll(decoded.warnings());
        requireText(decoded.text());
        return withPages(decoded.text(), MediaType.TEXT_PLAIN.toString(), decoded.charset(), warnings);
    }

    private ExtractedText extractDocument(String fileName, DocumentFormat declared, MediaType detected,
                                          Optional<DocumentFormat> actual, byte[] content, List<String> warnings)
            throws ExtractionException {
        if (FormatDetector.OOXML_PROTECTED.equals(detected)) {
            throw new ExtractionException(Kind.ENCRYPTED, "the " + declared.label() + " is protected by a password");
        }
        DocumentFormat format = declared;
        if (actual.isPresent() && actual.get() != declared && actual.get() != DocumentFormat.TEXT
                && actual.get() != DocumentFormat.HTML) {
            format = actual.get();
            warnings.add("the file is named as " + declared.label() + " but is a " + format.label()
                    + "; it was read as " + format.label());
        } else if (actual.isEmpty() || actual.get() != declared) {
            throw new ExtractionException(Kind.CORRUPT, "“" + fileName + "” is not a valid " + declared.label()
                    + ": its content is " + describe(detected, actual));
        }
        return extractWithTika(format, detected, content, warnings);
    }

    private ExtractedText extractWithTika(DocumentFormat format, MediaType type, byte[] content,
                                          List<String> warnings) throws ExtractionException {
        if (format == DocumentFormat.DOCX || format == DocumentFormat.ODT) {
            ZipGuard.check(content, limits);
        }
        Charset charset = format == DocumentFormat.HTML ? htmlCharsets.choose(content) : null;
        if (format == DocumentFormat.HTML) {
            byte[] withoutSubset = HtmlDoctype.withoutInternalSubset(content, charset);
            if (withoutSubset != content) {
                warnings.add("the document type declaration's internal subset (XML entity declarations) was ignored: "
                        + "HTML does not define it, and entities are never resolved");
                content = withoutSubset;
            }
        }
        TikaTextExtractor.Parsed parsed = tika.parse(format, type, content, limits, charset);
        warnings.addAll(parsed.reading());
        if (parsed.controlWarning() != null) {
            warnings.add(parsed.controlWarning());
        }
        if (format != DocumentFormat.PDF) {
            requireText(parsed.text());
            return withPages(parsed.text(), type.toString(), parsed.charset(), warnings);
        }
        if (!endsWithEofMarker(content)) {
            // A lenient parser still reads the pages before the cut: publishing them would publish
            // half a document.
            throw new ExtractionException(Kind.CORRUPT, "the PDF is incomplete: it lacks its %%EOF end marker, "
                    + "as after an interrupted download or copy, so pages may be missing");
        }
        if (parsed.pages() == 0) {
            throw new ExtractionException(Kind.CORRUPT, "the PDF has no pages");
        }
        if (countLettersAndDigits(parsed.text()) < (long) MIN_CHARS_PER_PAGE * parsed.pages()) {
            throw new ExtractionException(Kind.NO_TEXT_OCR_NEEDED, "the PDF has " + parsed.pages()
                    + " page(s) but no extractable text: it is a scan or an image, OCR is needed");
        }
        if (parsed.pagesWithoutText() > 0) {
            warnings.add(parsed.pagesWithoutText() + " of " + parsed.pages()
                    + " page(s) have no extractable text (images or scans; their text is missing)");
        }
        return new ExtractedText(parsed.text(), type.toString(), null, parsed.pages(), true, warnings, parsed.layout());
    }

    /** Whether "%%EOF" occurs in the last kilobytes, as it does in every complete PDF. */
    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(0, content.length - PDF_TAIL_BYTES);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** Pages from form feeds (a trailing form feed ends the last page, it does not start one). */
    private static ExtractedText withPages(String text, String mediaType, String charset, List<String> warnings) {
        int pages = 1;
        int lastBreak = -1;
        for (int i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) {
            pages++;
            lastBreak = i;
        }
        boolean known = lastBreak >= 0;
        if (known && text.substring(lastBreak + 1).isBlank()) {
            pages--;
        }
        return new ExtractedText(text, mediaType, charset, Math.max(1, pages), known, warnings);
    }

    private static void requireText(String text) throws ExtractionException {
        if (text.isBlank()) {
            throw empty(text.isEmpty() ? "the file holds no text" : "the file holds only white space");
        }
    }

    private static long countLettersAndDigits(String text) {
        return text.chars().filter(Character::isLetterOrDigit).count();
    }

    private static ExtractionException empty(String message) {
        return new ExtractionException(Kind.EMPTY, message, "Check that the right file was dropped; "
                + "this one has no text. Drop the document itself (PDF, DOCX, ODT, HTML or plain text).", null);
    }

    private static ExtractionException unsupported(String fileName, MediaType detected,
                                                   Optional<DocumentFormat> actual) {
        String extension = FileNames.extension(fileName);
        String message = "“" + fileName + "” is not a supported format ("
                + (extension.isEmpty() ? "no extension" : "." + extension) + ", content " + describe(detected, actual)
                + "); accepted are " + DocumentFormat.acceptedExtensions();
        return new ExtractionException(Kind.UNSUPPORTED_FORMAT, message,
                suggestRename(actual, Kind.UNSUPPORTED_FORMAT.defaultSuggestion()), null);
    }

    private static ExtractionException notText(String fileName, MediaType detected) {
        return new ExtractionException(Kind.NOT_TEXT, "“" + fileName + "” is named as HTML but its content is "
                + detected, null, null);
    }

    private static String suggestRename(Optional<DocumentFormat> actual, String otherwise) {
        return actual.filter(f -> f != DocumentFormat.TEXT)
                .map(f -> "Its content is a " + f.label() + ": give it the right extension (."
                        + f.name().toLowerCase(java.util.Locale.ROOT) + ") and drop it again.")
                .orElse(otherwise);
    }

    private static String describe(MediaType type, Optional<DocumentFormat> format) {
        return format.map(f -> f.label() + " (" + type + ")").orElse(type.toString());
    }
}
