package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.ingest.TestFiles.concat;
import static org.polypress.ingest.TestFiles.utf8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polypress.ingest.ExtractionException.Kind;

class PlainTextExtractionTest {
    private static final String MULTILINGUAL = "Comité des représentants permanents\n"
            + "Η Επιτροπή εκδίδει απόφαση για την εφαρμογή\n"
            + "Zażółć gęślą jaźń — „cytat”\n";

    private static Extractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = new Extractor(ExtractionLimits.defaults());
    }

    @Test
    void utf8WithoutBomIsDecodedAndLineEndsNormalised() throws Exception {
        ExtractedText result = extractor.extract("note.txt", utf8("Comité\r\nΕπιτροπή\rZażółć\n"));
        assertEquals("Comité\nΕπιτροπή\nZażółć\n", result.text());
        assertEquals("UTF-8", result.charset());
        assertEquals("text/plain", result.mediaType());
        assertEquals(1, result.pageCount());
        assertFalse(result.pagesKnown());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void utf8BomIsRemoved() throws Exception {
        ExtractedText result = extractor.extract("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8(MULTILINGUAL)));
        assertEquals(MULTILINGUAL, result.text());
        assertEquals("UTF-8", result.charset());
    }

    @ParameterizedTest(name = "{0} with byte-order mark {1}")
    @CsvSource({"UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-32LE, FFFE0000", "UTF-32BE, 0000FEFF"})
    void unicodeWithByteOrderMark(String charset, String bom) throws Exception {
        byte[] content = concat(hex(bom), MULTILINGUAL.replace("\n", "\r\n").getBytes(Charset.forName(charset)));
        ExtractedText result = extractor.extract("wide.txt", content);
        assertEquals(MULTILINGUAL, result.text());
        assertEquals(charset, result.charset());
    }

    @ParameterizedTest(name = "{0} without byte-order mark")
    @CsvSource({"UTF-16LE", "UTF-16BE"})
    void utf16WithoutByteOrderMarkIsRecognised(String charset) throws Exception {
        ExtractedText result = extractor.extract("wide.txt", MULTILINGUAL.getBytes(Charset.forName(charset)));
        assertEquals(MULTILINGUAL, result.text());
        assertEquals(charset, result.charset());
    }

    @Test
    void utf16WithoutByteOrderMarkOfGreekText() throws Exception {
        String greek = TestFiles.resourceText("lang/el_fek-a-63-2018.txt").substring(0, 3000);
        ExtractedText result = extractor.extract("el.txt", greek.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(greek, result.text());
        assertEquals("UTF-16LE", result.charset());
    }

    @Test
    void windows1252ShortWord() throws Exception {
        ExtractedText result = extractor.extract("c.txt", "Comité\n".getBytes("windows-1252"));
        assertEquals("Comité\n", result.text());
        assertEquals("windows-1252", result.charset());
        assertTrue(result.warnings().get(0).contains("read as windows-1252"), result.warnings().toString());
        // One byte is little evidence: the warning names it and what it was read as, for a person to check.
        assertEquals("the character set was guessed from only 1 byte(s) outside ASCII; check them: 0xE9 → é (1×)",
                result.warnings().get(1));
    }

    /** Text with enough bytes outside ASCII: the guess rests on the words they spell, no byte list. */
    @Test
    void aGuessFromManyBytesListsNone() throws Exception {
        String french = "Le Comité des représentants permanents a approuvé le texte. ".repeat(20);
        ExtractedText result = extractor.extract("fr.txt", french.getBytes("windows-1252"));
        assertTrue(result.warnings().stream().noneMatch(w -> w.contains("guessed from only")), result.warnings().toString());
    }

    @Test
    void windows1252WithTypographicPunctuation() throws Exception {
        String french = "Le Comité des représentants permanents a approuvé le texte – « accord » … "
                + "L’évaluation sera présentée au Conseil.\n";
        ExtractedText result = extractor.extract("fr.txt", french.getBytes("windows-1252"));
        assertEquals(french, result.text());
        assertEquals("windows-1252", result.charset());
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
            "lang/fr_anssi-nis2-brochure-2024.txt, windows-1252",
            "lang/nl_seed-000.txt, windows-1252",
            "lang/pl_dzu-2015-poz-2058.txt, ISO-8859-2",
            "lang/pl_dzu-2015-poz-2058.txt, windows-1250",
            "lang/el_fek-a-63-2018.txt, ISO-8859-7",
            "lang/el_fek-a-63-2018.txt, windows-1253",
            "lang/el_fek-a-77-2018_bilingual.txt, ISO-8859-7",
            "lang/ro_oug-internationalizare-2017.txt, windows-1250"})
    void legacyCharsetsOfRealTextsAreDetected(String resource, String charsetName) throws Exception {
        Charset charset = Charset.forName(charsetName);
        byte[] legacy = encodeLossy(TestFiles.resourceText(resource), charset);
        ExtractedText result = extractor.extract("legacy.txt", legacy);
        assertEquals(charsetName, result.charset());
        assertEquals(new String(legacy, charset).replace("\r\n", "\n"), result.text());
    }

    @Test
    void shortGreekSentenceInWindows1253() throws Exception {
        String greek = "Άρθρο 1. Η Επιτροπή εκδίδει απόφαση για την εφαρμογή του νόμου.\n";
        ExtractedText result = extractor.extract("el.txt", greek.getBytes("windows-1253"));
        assertEquals(greek, result.text());
        assertEquals("windows-1253", result.charset());
    }

    @Test
    void noncharactersAreRemovedCountedAndListedByCodePoint() throws Exception {
        // U+FFFE, U+FFFF (not even allowed in XML), U+FDD0 and U+10FFFF: Unicode's noncharacters,
        // never interchanged text; a lone surrogate (UTF-16 cut in half) is no character at all.
        ExtractedText result = extractor.extract("nonchar.txt", ("Article\uFFFE 1 of the\uFFFF Regulation\uFDD0 "
                + "applies\uDBFF\uDFFF\uFFFE.\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("Article 1 of the Regulation applies.\n", result.text());
        assertEquals(java.util.List.of("removed 5 noncharacter(s), code points Unicode reserves for internal use that are never "
                + "text: U+10FFFF (1), U+FDD0 (1), U+FFFE (2), U+FFFF (1)"), result.warnings());
    }

    @Test
    void fewInvalidUtf8SequencesAreReplacedWithAWarning() throws Exception {
        String body = TestFiles.resourceText("lang/pl_dzu-2015-poz-2058.txt");
        byte[] damaged = concat(utf8(body), new byte[] {(byte) 0xFF, 'x', (byte) 0xC3, '(', (byte) 0xE2, (byte) 0x82});
        ExtractedText result = extractor.extract("pl.txt", damaged);
        assertEquals("UTF-8", result.charset());
        assertTrue(result.text().startsWith(body));
        assertEquals(3, result.text().chars().filter(c -> c == '\uFFFD').count());
        assertTrue(result.warnings().contains("3 invalid UTF-8 byte sequence(s) were replaced by U+FFFD (\uFFFD)"),
                result.warnings().toString());
    }

    @Test
    void utf8MixedWithWindows1252IsReadPieceByPiece() throws Exception {
        String legacy = "Le Comité a approuvé le règlement – après la réunion.\n".repeat(20);
        String modern = "Résumé élaboré à Genève, Zürich et Kraków.\n".repeat(10);
        byte[] mixed = concat(legacy.getBytes("windows-1252"), utf8(modern));
        ExtractedText result = extractor.extract("mixed.txt", mixed);
        assertEquals(legacy + modern, result.text());
        assertEquals("UTF-8", result.charset());
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("the file mixes encodings")
                && w.contains("120 byte(s) as windows-1252")), result.warnings().toString());
    }

    @Test
    void legacyTextWithOneAccidentalUtf8PairIsReadInTheLegacyCharset() throws Exception {
        String french = "Le Comité a approuvé le règlement après la réunion de décembre.\n".repeat(10) + "ÂŠ\n";
        ExtractedText result = extractor.extract("fr.txt", french.getBytes("windows-1252"));
        assertEquals(french, result.text());
        assertEquals("windows-1252", result.charset());
    }

    @Test
    void nulAndControlCharactersAreStrippedAndCounted() throws Exception {
        ExtractedText result = extractor.extract("ctl.txt",
                utf8("Hello\u0000 world\u0007!\r\nNext\u000Bline\tcell\fPage two\n" + "filler text ".repeat(40)));
        assertTrue(result.text().startsWith("Hello world!\nNextline\tcell\fPage two\n"));
        assertTrue(result.warnings().contains("removed 3 control character(s) (1 NUL) that cannot appear in a document text"),
                result.warnings().toString());
        assertEquals(2, result.pageCount());
        assertTrue(result.pagesKnown());
    }

    @Test
    void formFeedsSeparatePagesAndATrailingOneStartsNoPage() throws Exception {
        ExtractedText result = extractor.extract("p.txt", utf8("page one\n\fpage two\n\fpage three\n\f"));
        assertEquals("page one\n\fpage two\n\fpage three\n\f", result.text());
        assertEquals(3, result.pageCount());
        assertTrue(result.pagesKnown());
    }

    @Test
    void emptyFile() {
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract("e.txt", new byte[0]));
        assertEquals(Kind.EMPTY, e.kind());
        assertEquals("the file is empty", e.getMessage());
        assertTrue(e.permanent());
    }

    @Test
    void whitespaceOnlyFileAndBomOnlyFileAreEmpty() {
        ExtractionException blank = assertThrows(ExtractionException.class,
                () -> extractor.extract("w.txt", utf8(" \r\n\t \n\f  ")));
        assertEquals(Kind.EMPTY, blank.kind());
        assertEquals("the file holds only white space", blank.getMessage());
        ExtractionException bomOnly = assertThrows(ExtractionException.class,
                () -> extractor.extract("b.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertEquals(Kind.EMPTY, bomOnly.kind());
    }

    @Test
    void randomBytesNamedTxtAreNotText() {
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract("data.txt", garbage));
        assertEquals(Kind.NOT_TEXT, e.kind());
        assertTrue(e.getMessage().contains("control bytes"), e.getMessage());
    }

    @Test
    void pngNamedTxtIsNotText() {
        byte[] png = concat(hex("89504E470D0A1A0A0000000D49484452"), new byte[64]);
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract("scan.txt", png));
        assertEquals(Kind.NOT_TEXT, e.kind());
        assertTrue(e.getMessage().contains("image/png"), e.getMessage());
    }

    @Test
    void pdfNamedTxtIsNotTextAndTheSuggestionSaysRename() {
        byte[] pdf = TestFiles.resource("ro_oug-internationalizare_draft-2017.pdf");
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract("act.txt", pdf));
        assertEquals(Kind.NOT_TEXT, e.kind());
        assertTrue(e.getMessage().contains("application/pdf"), e.getMessage());
        assertTrue(e.suggestion().contains(".pdf"), e.suggestion());
    }

    @Test
    void textWithoutAnyPlausibleCharsetIsUndecodable() {
        // ASCII letters glued to random bytes of the upper half: no charset turns that into words.
        Random random = new Random(7);
        byte[] junk = new byte[20_000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 7 == 0 ? ' ' : i % 3 == 0 ? 'a' + random.nextInt(26) : 0xA0 + random.nextInt(96));
        }
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract("junk.txt", junk));
        assertEquals(Kind.UNDECODABLE, e.kind());
        assertTrue(e.suggestion().contains("UTF-8"), e.suggestion());
    }

    @Test
    void utf16ByteOrderMarkWithBrokenContentIsUndecodable() {
        byte[] content = new byte[402];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        for (int i = 2; i < content.length; i += 2) {
            content[i] = 0x00;
            content[i + 1] = (byte) 0xDC; // lone low surrogates
        }
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract("u.txt", content));
        assertEquals(Kind.UNDECODABLE, e.kind());
    }

    @Test
    void inputAndTextLimits() {
        Extractor small = new Extractor(ExtractionLimits.defaults().withSizes(1_000, 100));
        ExtractionException input = assertThrows(ExtractionException.class,
                () -> small.extract("big.txt", utf8("x".repeat(1_001))));
        assertEquals(Kind.TOO_LARGE, input.kind());
        ExtractionException text = assertThrows(ExtractionException.class,
                () -> small.extract("long.txt", utf8("y".repeat(101))));
        assertEquals(Kind.TOO_LARGE, text.kind());
    }

    private static byte[] encodeLossy(String text, Charset charset) throws CharacterCodingException {
        CharsetEncoder encoder = charset.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE);
        ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
        return Arrays.copyOf(bytes.array(), bytes.limit());
    }

    private static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
