package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    /** Written for this test (no German document is in the corpus yet). */
    private static final String GERMAN = """
            Die Bundesregierung hat heute den Entwurf eines Gesetzes zur Stärkung der digitalen Verwaltung
            beschlossen. Mit dem Gesetz sollen Bürgerinnen und Bürger ihre Anträge künftig vollständig
            elektronisch stellen können. Die Länder werden verpflichtet, ihre Verwaltungsleistungen über
            ein gemeinsames Portal anzubieten. Der Bundesrat muss dem Entwurf noch zustimmen; das Gesetz
            soll am ersten Tag des auf die Verkündung folgenden Quartals in Kraft treten.
            """;

    private static LanguageDetector detector;

    @BeforeAll
    static void setUp() {
        detector = new LanguageDetector();
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource({
            "lang/nl_seed-000.txt, nl",
            "lang/nl_seed-002.txt, nl",
            "lang/nl_seed-004.txt, nl",
            "lang/en_eu-reg-2025-301.txt, en",
            "lang/en_de-ai-strategy-2018.txt, en",
            "lang/fr_anssi-nis2-brochure-2024.txt, fr",
            "lang/pl_dzu-2015-poz-2058.txt, pl",
            "lang/ro_oug-internationalizare-2017.txt, ro",
            "lang/el_fek-a-63-2018.txt, el"})
    void realDocumentsAreRecognised(String resource, String language) {
        DetectedLanguage detected = detector.detect(TestFiles.resourceText(resource));
        assertEquals(language, detected.code());
        assertTrue(detected.confidence() > 0.9, detected.toString());
    }

    @Test
    void greekLawWithAnEnglishAgreementIsGreekWithLowerConfidence() {
        // 24k Greek letters, 14k Latin ones (the English original of the agreement and a signature block).
        DetectedLanguage detected = detector.detect(TestFiles.resourceText("lang/el_fek-a-77-2018_bilingual.txt"));
        assertEquals("el", detected.code());
        assertTrue(detected.confidence() > 0.5 && detected.confidence() < 0.8, detected.toString());
    }

    @Test
    void germanIsRecognised() {
        DetectedLanguage detected = detector.detect(GERMAN);
        assertEquals("de", detected.code());
        assertTrue(detected.confidence() > 0.9, detected.toString());
    }

    @Test
    void digitsAndPunctuationDoNotCount() {
        String numbered = "1.2.3. (4) – 5/6; 7,8 % 9: " .repeat(200) + GERMAN;
        assertEquals("de", detector.detect(numbered).code());
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertEquals(DetectedLanguage.undetermined(), detector.detect(""));
        assertEquals(DetectedLanguage.undetermined(), detector.detect(null));
        assertEquals(DetectedLanguage.undetermined(), detector.detect("Art. 1"));
        assertEquals(DetectedLanguage.undetermined(), detector.detect("2024/1772 – 13.3.2024 – § 4 (1) 5.6.7"));
        assertTrue(detector.detect("Art. 1").isUndetermined());
    }

    @Test
    void longTextsAreSampledInWindowsAcrossTheWholeText() {
        String text = "x".repeat(1_000_000);
        assertEquals(LanguageDetector.CHUNKS, LanguageDetector.windows(text).size());
        assertEquals(LanguageDetector.CHUNK_CHARS, LanguageDetector.windows(text).get(9).length());
        assertEquals(3, LanguageDetector.windows("y".repeat(12_000)).size());
        assertEquals(1, LanguageDetector.windows("z".repeat(5_500)).size());
    }

    @Test
    void lettersOnlyReplacesEverythingElseBySingleSpaces() {
        assertEquals("Art Η Επιτροπή zażółć ", LanguageDetector.lettersOnly("Art. 12(3) – Η Επιτροπή: zażółć!"));
    }
}
