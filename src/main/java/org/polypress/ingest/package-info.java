/**
 * Ingest: the bytes of a dropped file become text ({@link org.polypress.ingest.Extractor}), and the
 * text's main language is found ({@link org.polypress.ingest.LanguageDetector}).
 *
 * <h2>Accepted formats</h2>
 * <ul>
 *   <li>{@code .txt}: UTF-8 (with or without byte-order mark); UTF-16 LE/BE with or without mark;
 *       UTF-32 LE/BE with mark; 8-bit sets windows-1250 to windows-1257, ISO-8859-1/2/4/5/6/7/8/9/13/15
 *       and KOI8-R, chosen by content. A UTF-8 file with under 1% damaged sequences is read as UTF-8
 *       (damaged bytes become U+FFFD, with a warning); a file mixing UTF-8 and an 8-bit set is read
 *       piece by piece (with a warning).</li>
 *   <li>{@code .pdf}: the text layer, in content-stream order (closest to {@code pdftotext}), one
 *       form feed after each page. No OCR: a scan fails with {@code NO_TEXT_OCR_NEEDED}.</li>
 *   <li>{@code .docx}, {@code .odt}: paragraphs and headings as lines; embedded objects are ignored.</li>
 *   <li>{@code .html}, {@code .htm}: body text, paragraphs as lines, whitespace collapsed as a
 *       browser does; script and style content dropped.</li>
 * </ul>
 * The extension must be one of these and the content (Tika's detector) must agree; a DOCX named
 * {@code .pdf} (or any such swap of PDF/DOCX/ODT) is read by its content with a warning.
 *
 * <h2>Output</h2>
 * {@code '\n'} line ends, no byte-order mark, no C0 control characters except TAB, LF and FF (removed
 * ones are counted in a warning); form feeds end pages. Nothing else is cleaned.
 *
 * <h2>Safety</h2>
 * Limits ({@link org.polypress.ingest.ExtractionLimits}): input size, text length, zip entries,
 * compression ratio and unpacked size of DOCX/ODT (checked before parsing), element nesting.
 * XML external entities are never resolved (Tika's XML readers); no network access; no embedded
 * document is parsed.
 */
package org.polypress.ingest;
