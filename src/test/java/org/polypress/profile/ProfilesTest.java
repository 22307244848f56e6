package org.polypress.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 24 language profiles: every official EU language has its own complete, well-formed file,
 * and each file's words match the wording of real documents in that language (EUR-Lex acts, EP
 * resolutions, and the national texts of the dev corpus).
 */
class ProfilesTest {
    private static final Profiles PROFILES = new Profiles();

    /** ISO 639-2/B, as FRBRlanguage wants it. */
    private static final Map<String, String> ISO_639_2B = Map.ofEntries(
            Map.entry("bg", "bul"), Map.entry("cs", "cze"), Map.entry("da", "dan"), Map.entry("de", "ger"),
            Map.entry("el", "gre"), Map.entry("en", "eng"), Map.entry("es", "spa"), Map.entry("et", "est"),
            Map.entry("fi", "fin"), Map.entry("fr", "fre"), Map.entry("ga", "gle"), Map.entry("hr", "hrv"),
            Map.entry("hu", "hun"), Map.entry("it", "ita"), Map.entry("lt", "lit"), Map.entry("lv", "lav"),
            Map.entry("mt", "mlt"), Map.entry("nl", "dut"), Map.entry("pl", "pol"), Map.entry("pt", "por"),
            Map.entry("ro", "rum"), Map.entry("sk", "slo"), Map.entry("sl", "slv"), Map.entry("sv", "swe"));

    /** ISO 3166-1 alpha-2 (lower case) of the member state whose national documents use the language. */
    private static final Map<String, String> COUNTRY = Map.ofEntries(
            Map.entry("bg", "bg"), Map.entry("cs", "cz"), Map.entry("da", "dk"), Map.entry("el", "gr"),
            Map.entry("es", "es"), Map.entry("et", "ee"), Map.entry("fi", "fi"), Map.entry("ga", "ie"),
            Map.entry("hr", "hr"), Map.entry("hu", "hu"), Map.entry("it", "it"), Map.entry("lt", "lt"),
            Map.entry("lv", "lv"), Map.entry("mt", "mt"), Map.entry("pl", "pl"), Map.entry("pt", "pt"),
            Map.entry("ro", "ro"), Map.entry("sk", "sk"), Map.entry("sl", "si"), Map.entry("sv", "se"));

    /** Keys holding '|'-separated regular expressions. */
    private static final List<String> REGEX_KEYS = List.of("citation.lead", "recital.lead", "formula.recitals",
            "formula.enacting", "formula.acting", "resolution", "chapter", "part", "title", "section", "article",
            "annex", "doctype", "addressing", "institution", "toc");

    private static final Set<String> ENGLISH_KEYS = raw("en").stringPropertyNames();

    static Stream<String> languages() {
        return Profiles.EU_LANGUAGES.stream();
    }

    /** The 20 languages added after nl, en, fr and de. */
    static Stream<String> addedLanguages() {
        return Profiles.EU_LANGUAGES.stream().filter(c -> !Set.of("nl", "en", "fr", "de").contains(c));
    }

    @Test
    void everyOfficialLanguageIsListed() {
        assertEquals(24, Profiles.EU_LANGUAGES.size());
        assertEquals(ISO_639_2B.keySet(), new TreeSet<>(Profiles.EU_LANGUAGES));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void hasItsOwnFileNamingItsLanguage(String code) {
        LanguageProfile p = PROFILES.forLanguage(code);
        assertTrue(p.isOwn(), code + ": profiles/" + code + ".properties is missing");
        assertEquals(code, p.get("language"));
        assertFalse(p.get("name").isBlank(), code + ": name");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void iso6392bIsTheBibliographicCode(String code) {
        String iso = PROFILES.forLanguage(code).iso6392b();
        assertTrue(iso.matches("[a-z]{3}"), code + ": " + iso);
        assertEquals(ISO_639_2B.get(code), iso, code);
    }

    private static final Set<String> MAY_BE_EMPTY = Set.of("ordinals", "ordinal.digits", "formula.closing", "number.act",
            "date.ordinal", "date.ymd", "date.after", "letters.replace", "annex.to");

    @ParameterizedTest
    @MethodSource("languages")
    void definesEveryKeyOfTheEnglishProfileAndNoOther(String code) {
        Properties own = raw(code);
        Set<String> missing = new TreeSet<>(ENGLISH_KEYS);
        missing.removeAll(own.stringPropertyNames());
        assertTrue(missing.isEmpty(), code + " lacks " + missing);
        Set<String> unknown = new TreeSet<>(own.stringPropertyNames());
        unknown.removeAll(ENGLISH_KEYS);
        assertTrue(unknown.isEmpty(), code + " has keys English does not know: " + unknown);
        for (String key : own.stringPropertyNames()) {
            String value = own.getProperty(key);
            // Only a fact that a language may not have can be empty: ordinal article numbers, the kinds
            // of act of its country (act.NAME), a gazette's numbers and order to publish, letters after a
            // day number or a year, dates written year first, a word for "annexed to" before the act
            // (languages that put the act in the genitive before the annex word have none).
            assertFalse(value.isBlank() && !MAY_BE_EMPTY.contains(key) && !key.startsWith("act."), code + ": " + key + " is blank");
            assertFalse(value.contains("\uFFFD"), code + ": " + key + " is not valid UTF-8");
        }
    }

    /** A profile recognises; it prints nothing: the labels live in xslt/labels/<lang>.xml. */
    @ParameterizedTest
    @MethodSource("languages")
    void profilesHoldNoLabels(String code) {
        assertTrue(raw(code).stringPropertyNames().stream().noneMatch(k -> k.startsWith("label.")), code);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void monthsAreTwelveAndNumberedInOrder(String code) {
        LanguageProfile p = PROFILES.forLanguage(code);
        List<String> months = p.list("months");
        assertEquals(12, months.size(), code + ": " + months);
        assertEquals(12, new TreeSet<>(months.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList()).size(),
                code + ": month names repeat");
        for (int i = 0; i < 12; i++) {
            String name = months.get(i);
            assertEquals(i + 1, p.month(name), code + ": " + name);
            String upper = name.toUpperCase(Locale.ROOT);
            // Greek capitals drop the accents ("Μαΐου" -> "ΜΑΪΟΥ"); such names only match as printed.
            if (upper.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                assertEquals(i + 1, p.month(upper), code + ": " + upper);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyRegexKeyCompilesAndNeedsText(String code) {
        LanguageProfile p = PROFILES.forLanguage(code);
        for (String key : REGEX_KEYS) {
            Pattern lead = p.leadPattern(key);
            assertNotNull(lead, code + ": " + key);
            assertFalse(lead.matcher("").lookingAt(), code + ": " + key + " matches empty text (empty alternative?)");
            assertFalse(lead.matcher("xq 123 zzz").lookingAt(), code + ": " + key + " matches anything");
            assertFalse(wholeLine(p, key).matcher("xq 123 zzz").matches(), code + ": " + key);
        }
        assertFalse(p.list("conjunctions").isEmpty(), code + ": conjunctions");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void institutionsArePlainNames(String code) {
        // The author found on the cover page is compared literally with these alternatives.
        for (String name : PROFILES.forLanguage(code).alternatives("institution")) {
            assertFalse(name.matches(".*[\\\\\\[\\](){}?*+.^$].*"), code + ": institution '" + name + "' is not plain text");
        }
    }

    @ParameterizedTest
    @MethodSource("addedLanguages")
    void countryIsTheMemberState(String code) {
        assertEquals(COUNTRY.get(code), PROFILES.forLanguage(code).get("country"), code);
    }

    @ParameterizedTest
    @MethodSource("addedLanguages")
    void longerAlternativesComeBeforeTheirPrefixes(String code) {
        LanguageProfile p = PROFILES.forLanguage(code);
        for (String key : REGEX_KEYS) {
            List<String> alts = topLevelAlternatives(p.get(key));
            for (int i = 0; i < alts.size(); i++) {
                for (int j = i + 1; j < alts.size(); j++) {
                    String a = alts.get(i).toLowerCase(Locale.ROOT);
                    String b = alts.get(j).toLowerCase(Locale.ROOT);
                    if (isLiteral(a) && isLiteral(b) && b.length() > a.length() && b.startsWith(a)) {
                        fail(code + ": " + key + " lists '" + alts.get(i) + "' before '" + alts.get(j) + "'");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("addedLanguages")
    void recitalsFormulaIsNotTakenForACitation(String code) {
        LanguageProfile p = PROFILES.forLanguage(code);
        // A block is tested as a citation before it is tested as the recitals formula.
        for (String sample : samples(code).recitalsIntro()) {
            assertFalse(p.leadPattern("citation.lead").matcher(sample).lookingAt(), code + ": " + sample);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void matchesRealWording(Sample s) {
        LanguageProfile p = PROFILES.forLanguage(s.code());
        for (String text : s.citations()) {
            assertTrue(p.leadPattern("citation.lead").matcher(text).lookingAt(), s.code() + " citation: " + text);
        }
        for (String text : s.recitals()) {
            assertTrue(p.leadPattern("recital.lead").matcher(text).lookingAt(), s.code() + " recital: " + text);
        }
        for (String text : s.recitalsIntro()) {
            assertTrue(wholeLine(p, "formula.recitals").matcher(text).matches(), s.code() + " recitals formula: " + text);
        }
        for (String text : s.enacting()) {
            assertTrue(wholeLine(p, "formula.enacting").matcher(text).matches(), s.code() + " enacting formula: " + text);
        }
        for (String text : s.acting()) {
            assertTrue(wholeLine(p, "formula.acting").matcher(text).matches(), s.code() + " acting formula: " + text);
        }
        for (String text : s.articles()) {
            assertTrue(p.leadPattern("article").matcher(text).lookingAt(), s.code() + " article: " + text);
        }
        for (String text : s.annexes()) {
            assertTrue(p.leadPattern("annex").matcher(text).lookingAt(), s.code() + " annex: " + text);
        }
        assertTrue(p.leadPattern("resolution").matcher(s.resolution()).lookingAt(), s.code() + " resolution: " + s.resolution());
        assertEquals(s.monthNumber(), p.month(s.month()), s.code() + " month: " + s.month());
    }

    @Test
    void greekPatternsIgnoreTheTonosOfCapitals() {
        LanguageProfile el = PROFILES.forLanguage("el");
        assertTrue(el.leadPattern("article").matcher("ΑΡΘΡΟ 5").lookingAt());
        assertTrue(el.leadPattern("article").matcher("Άρθρο 5").lookingAt());
        assertTrue(el.leadPattern("chapter").matcher("ΚΕΦΑΛΑΙΟ Ι").lookingAt());
        assertTrue(el.leadPattern("resolution").matcher("ΨΗΦΙΣΜΑ ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ").lookingAt());
        assertTrue(wholeLine(el, "formula.acting").matcher("Το Ευρωπαϊκό Κοινοβούλιο,").matches());
    }

    /** Lines of the dev corpus (ΦΕΚ Α΄ 63/2018, 77/2018), as pdftotext gives them. */
    @Test
    void greekLawOfTheDevCorpus() {
        LanguageProfile el = PROFILES.forLanguage("el");
        assertTrue(el.leadPattern("article").matcher("Άρθρο 1").lookingAt());
        assertTrue(el.leadPattern("article").matcher("Άρθρο πρώτο").lookingAt());
        assertTrue(el.leadPattern("part").matcher("ΜΕΡΟΣ Α΄").lookingAt());
        assertTrue(el.leadPattern("part").matcher("ΜΕΡΟΣ ΠΡΩΤΟ").lookingAt());
        assertTrue(el.leadPattern("section").matcher("ΤΜΗΜΑ 1").lookingAt());
        assertTrue(wholeLine(el, "formula.enacting").matcher("Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:").matches());
        assertTrue(wholeLine(el, "formula.acting").matcher("Ο ΠΡΟΕΔΡΟΣ").matches());
        assertTrue(wholeLine(el, "formula.acting").matcher("Ο ΠΡΟΕΔΡΟΣ\nΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ").matches());
        // A treaty's "whereas" paragraph, not a citation.
        assertFalse(el.leadPattern("citation.lead").matcher("Λαμβάνοντας υπόψη ότι οι Αρμόδιες Αρχές επιθυμούν").lookingAt());
        assertEquals(4, el.month("Απριλίου"));
        assertEquals(10, el.month("Οκτωβρίου"));
    }

    /** Lines of the dev corpus (Dz.U. 2015 poz. 2058). */
    @Test
    void polishLawOfTheDevCorpus() {
        LanguageProfile pl = PROFILES.forLanguage("pl");
        assertTrue(pl.leadPattern("article").matcher("Art. 1. 1. Każda informacja o sprawach publicznych").lookingAt());
        assertTrue(pl.leadPattern("article").matcher("Art. 2a. 1. Każdemu przysługuje").lookingAt());
        assertTrue(pl.leadPattern("chapter").matcher("Rozdział 1").lookingAt());
        assertTrue(pl.leadPattern("annex").matcher("Załącznik do obwieszczenia Marszałka Sejmu").lookingAt());
        assertTrue(pl.leadPattern("doctype").matcher("Obwieszczenie").lookingAt());
        assertEquals(11, pl.month("listopada"));
        assertEquals(12, pl.month("grudnia"));
        assertEquals(9, pl.month("września"));
    }

    /** Lines of the dev corpus (draft OUG and its Notă de fundamentare, January 2017). */
    @Test
    void romanianDraftOfTheDevCorpus() {
        LanguageProfile ro = PROFILES.forLanguage("ro");
        assertTrue(ro.leadPattern("article").matcher("ART. 1 În cadrul Ministerului").lookingAt());
        assertTrue(ro.leadPattern("article").matcher("Art. 5 Pentru încadrarea în Program").lookingAt());
        assertTrue(ro.leadPattern("article").matcher("ARTICOLUL 3").lookingAt());
        assertTrue(ro.leadPattern("section").matcher("Secţiunea 1").lookingAt()); // cedilla
        assertTrue(ro.leadPattern("section").matcher("Secțiunea 1").lookingAt()); // comma below
        assertTrue(wholeLine(ro, "formula.enacting").matcher("GUVERNUL ROMÂNIEI adoptă prezenta ordonanţă de urgenţă:").matches());
        assertTrue(ro.leadPattern("citation.lead").matcher("având in vedere timpul necesar").lookingAt()); // no î
        assertTrue(ro.leadPattern("doctype").matcher("NOTĂ DE FUNDAMENTARE").lookingAt());
        assertEquals(4, ro.month("aprilie"));
        assertEquals(12, ro.month("decembrie"));
    }

    /**
     * Citation lead words also open a block in the cleaner, so a prose line that merely starts with
     * the same word must not look like a citation.
     */
    @Test
    void proseLinesDoNotLookLikeCitations() {
        Map<String, List<String>> prose = Map.of(
                "es", List.of("vista técnico, la propuesta", "visto que la Comisión"),
                "it", List.of("vista di una revisione", "visto che la Commissione"),
                "hu", List.of("tekintettel, a Bizottság", "tekintettel arra, hogy a"),
                "el", List.of("λαμβάνοντας υπόψη τη γνώμη της Επιτροπής"),
                "lv", List.of("ņemot vērā, ka Komisija"),
                "ro", List.of("având în vedere că întreprinderile"),
                "sl", List.of("ob upoštevanju naslednjega:"));
        prose.forEach((code, lines) -> {
            Pattern citation = PROFILES.forLanguage(code).leadPattern("citation.lead");
            for (String line : lines) {
                assertFalse(citation.matcher(line).lookingAt(), code + ": " + line);
            }
        });
    }

    @Test
    void numberFirstLanguagesRecogniseTheirHeadings() {
        assertTrue(PROFILES.forLanguage("hu").leadPattern("chapter").matcher("I. FEJEZET").lookingAt());
        assertTrue(PROFILES.forLanguage("hu").leadPattern("annex").matcher("II. MELLÉKLET").lookingAt());
        assertTrue(PROFILES.forLanguage("fi").leadPattern("chapter").matcher("I LUKU").lookingAt());
        assertTrue(PROFILES.forLanguage("fi").leadPattern("section").matcher("4 jakso").lookingAt());
        assertTrue(PROFILES.forLanguage("lv").leadPattern("chapter").matcher("I NODAĻA").lookingAt());
        assertTrue(PROFILES.forLanguage("lt").leadPattern("title").matcher("I ANTRAŠTINĖ DALIS").lookingAt());
        assertFalse(PROFILES.forLanguage("lt").leadPattern("part").matcher("I ANTRAŠTINĖ DALIS").lookingAt());
        assertTrue(PROFILES.forLanguage("et").leadPattern("chapter").matcher("I PEATÜKK").lookingAt());
        assertTrue(PROFILES.forLanguage("sl").leadPattern("article").matcher("1. člen").lookingAt());
        assertTrue(PROFILES.forLanguage("sv").leadPattern("chapter").matcher("1 kap.").lookingAt());
    }

    @Test
    void resolutionTitlesWithTheDateInside() {
        assertTrue(PROFILES.forLanguage("hu").leadPattern("resolution")
                .matcher("Az Európai Parlament 2018. február 7-i állásfoglalása a kisebbségek védelméről").lookingAt());
        assertTrue(PROFILES.forLanguage("lv").leadPattern("resolution")
                .matcher("Eiropas Parlamenta 2017. gada 20. novembra rezolūcija par").lookingAt());
        assertTrue(PROFILES.forLanguage("lt").leadPattern("resolution")
                .matcher("Europos Parlamento 2017 m. lapkričio 20 d. rezoliucija dėl").lookingAt());
        assertTrue(PROFILES.forLanguage("et").leadPattern("resolution")
                .matcher("Euroopa Parlamendi 20. novembri 2017. aasta resolutsioon").lookingAt());
    }

    @Test
    void councilCoverLabelsAreFollowedByAColon() {
        // As Cleaner and StructureBuilder use them: label, optional spaces, colon.
        Map<String, String> lines = Map.of("pl", "Dotyczy: Konkluzje Rady", "el", "Θέμα: Συμπεράσματα του Συμβουλίου",
                "ro", "Subiect: Concluziile Consiliului", "es", "Asunto: Conclusiones del Consejo",
                "it", "Oggetto: Conclusioni del Consiglio", "sv", "Ärende: Rådets slutsatser",
                "cs", "Předmět: Závěry Rady", "hu", "Tárgy: A Tanács következtetései", "fi", "Asia: Neuvoston päätelmät");
        lines.forEach((code, line) -> {
            Pattern labels = Pattern.compile("^(?:" + PROFILES.forLanguage(code).get("addressing") + ")\\s*:",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            assertTrue(labels.matcher(line).lookingAt(), code + ": " + line);
        });
    }

    @Test
    void languageWithoutAFileFallsBackToEnglishWords() {
        LanguageProfile xx = PROFILES.forLanguage("xx");
        assertFalse(xx.isOwn());
        assertEquals("Contents", Labels.of(xx.code()).get("contents"));
    }

    // --- samples of real wording ---------------------------------------------------------------

    /** Wording taken from EUR-Lex acts and EP resolutions in one language. */
    record Sample(String code, List<String> citations, List<String> recitals, List<String> recitalsIntro,
            List<String> enacting, List<String> acting, List<String> articles, List<String> annexes,
            String resolution, String month, int monthNumber) {
        @Override
        public String toString() {
            return code;
        }
    }

    static Stream<Arguments> samples() {
        return Profiles.EU_LANGUAGES.stream().map(c -> Arguments.of(samples(c)));
    }

    private static Sample samples(String code) {
        return switch (code) {
            case "bg" -> new Sample(code, List.of("като взе предвид Договора за функционирането на Европейския съюз,", "като взеха предвид предложението на Европейската комисия,"),
                    List.of("като има предвид, че"), List.of("като има предвид, че:", "Като има предвид че:"),
                    List.of("ПРИЕ НАСТОЯЩИЯ РЕГЛАМЕНТ:", "ПРИЕХА НАСТОЯЩАТА ДИРЕКТИВА:"),
                    List.of("ЕВРОПЕЙСКАТА КОМИСИЯ,", "Европейският парламент,", "СЪВЕТЪТ НА ЕВРОПЕЙСКИЯ СЪЮЗ,"),
                    List.of("Член 1", "Чл. 5."), List.of("ПРИЛОЖЕНИЕ I"), "Резолюция на Европейския парламент от 7 февруари 2018 г.", "ноември", 11);
            case "cs" -> new Sample(code, List.of("s ohledem na Smlouvu o fungování Evropské unie,", "s ohledem na článek 319"),
                    List.of("vzhledem k tomu, že"), List.of("vzhledem k těmto důvodům:"),
                    List.of("PŘIJALY TOTO NAŘÍZENÍ:", "PŘIJALA TOTO ROZHODNUTÍ:"),
                    List.of("EVROPSKÝ PARLAMENT A RADA EVROPSKÉ UNIE,", "Evropský parlament,", "EVROPSKÁ KOMISE,"),
                    List.of("Článek 1", "§ 3"), List.of("PŘÍLOHA I"), "Usnesení Evropského parlamentu ze dne 12. prosince 2007 o boji proti terorismu", "listopadu", 11);
            case "da" -> new Sample(code, List.of("under henvisning til traktaten om Den Europæiske Unions funktionsmåde,", "der henviser til formandskabets konklusioner"),
                    List.of("der henviser til, at EU befinder sig i en kritisk situation"), List.of("og ud fra følgende betragtninger:", "ud fra følgende betragtninger:"),
                    List.of("VEDTAGET DENNE FORORDNING:", "VEDTAGET DETTE DIREKTIV:"),
                    List.of("EUROPA-KOMMISSIONEN HAR —", "EUROPA-PARLAMENTET OG RÅDET FOR DEN EUROPÆISKE UNION HAR —", "Europa-Parlamentet,"),
                    List.of("Artikel 1", "§ 2"), List.of("BILAG I"), "Europa-Parlamentets beslutning af 22. oktober 2008 om Det Europæiske Råd", "august", 8);
            case "de" -> new Sample(code, List.of("gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union,", "unter Hinweis auf die Mitteilung der Kommission"),
                    List.of("in der Erwägung, dass die Kommission"), List.of("in Erwägung nachstehender Gründe:"),
                    List.of("HABEN FOLGENDE VERORDNUNG ERLASSEN:"),
                    List.of("Das Europäische Parlament,", "DER RAT DER EUROPÄISCHEN UNION,"),
                    List.of("Artikel 1"), List.of("ANHANG I"), "Entschließung des Europäischen Parlaments vom 12. März 2014", "Dezember", 12);
            case "el" -> new Sample(code, List.of("έχοντας υπόψη τη Συνθήκη για την Ευρωπαϊκή Ένωση,", "Έχοντας υπόψη:", "ΕΧΟΝΤΑΣ ΥΠΟΨΗ τη συνθήκη"),
                    List.of("λαμβάνοντας υπόψη ότι", "εκτιμώντας ότι"), List.of("Εκτιμώντας τα ακόλουθα:", "ΕΚΤΙΜΩΝΤΑΣ ΤΑ ΑΚΟΛΟΥΘΑ:"),
                    List.of("ΕΞΕΔΩΣΕ ΤΟΝ ΠΑΡΟΝΤΑ ΚΑΝΟΝΙΣΜΟ:", "ΕΞΕΔΩΣΑΝ ΤΗΝ ΠΑΡΟΥΣΑ ΟΔΗΓΙΑ:"),
                    List.of("Το Ευρωπαϊκό Κοινοβούλιο,", "ΤΟ ΕΥΡΩΠΑΪΚΟ ΚΟΙΝΟΒΟΥΛΙΟ ΚΑΙ ΤΟ ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΕΥΡΩΠΑΪΚΗΣ ΕΝΩΣΗΣ,", "Η ΕΠΙΤΡΟΠΗ ΤΩΝ ΕΥΡΩΠΑΪΚΩΝ ΚΟΙΝΟΤΗΤΩΝ,"),
                    List.of("Άρθρο 1", "ΑΡΘΡΟ 2"), List.of("ΠΑΡΑΡΤΗΜΑ I", "Παράρτημα"), "Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου της 12ης Μαρτίου 2014", "Μαΐου", 5);
            case "en" -> new Sample(code, List.of("having regard to the Treaty on the Functioning of the European Union,"),
                    List.of("whereas the Union"), List.of("Whereas:"), List.of("HAS ADOPTED THIS REGULATION:"),
                    List.of("THE EUROPEAN COMMISSION,", "The European Parliament,"),
                    List.of("Article 1"), List.of("ANNEX I"), "European Parliament resolution of 29 November 2001", "November", 11);
            case "es" -> new Sample(code, List.of("Visto el Tratado de Funcionamiento de la Unión Europea,", "Vista la Comunicación de la Comisión", "Vistos los artículos 2 y 3"),
                    List.of("Considerando que"), List.of("Considerando lo siguiente:"),
                    List.of("HA ADOPTADO EL PRESENTE REGLAMENTO:", "HAN ADOPTADO LA PRESENTE DIRECTIVA:"),
                    List.of("LA COMISIÓN EUROPEA,", "El Parlamento Europeo,", "EL PARLAMENTO EUROPEO Y EL CONSEJO DE LA UNIÓN EUROPEA,"),
                    List.of("Artículo 1"), List.of("ANEXO I"), "Resolución del Parlamento Europeo, de 7 de febrero de 2018", "noviembre", 11);
            case "et" -> new Sample(code, List.of("võttes arvesse Euroopa Liidu toimimise lepingut, eriti selle artiklit 249,"),
                    List.of("arvestades, et"), List.of("ning arvestades järgmist:"),
                    List.of("ON VASTU VÕTNUD KÄESOLEVA OTSUSE:", "ON VASTU VÕTNUD KÄESOLEVA MÄÄRUSE:"),
                    List.of("EUROOPA KOMISJON,", "Euroopa Parlament,", "EUROOPA PARLAMENT JA EUROOPA LIIDU NÕUKOGU,"),
                    List.of("Artikkel 1", "§ 4"), List.of("LISA", "LISA I"), "Euroopa Parlamendi 7. veebruari 2018. aasta resolutsioon", "veebruar", 2);
            case "fi" -> new Sample(code, List.of("ottaa huomioon Euroopan unionin toiminnasta tehdyn sopimuksen,", "ottavat huomioon Euroopan komission ehdotuksen,"),
                    List.of("ottaa huomioon, että"), List.of("sekä katsoo seuraavaa:", "sekä katsovat seuraavaa:"),
                    List.of("ON ANTANUT TÄMÄN ASETUKSEN:", "OVAT HYVÄKSYNEET TÄMÄN DIREKTIIVIN:", "ON TEHNYT TÄMÄN PÄÄTÖKSEN:"),
                    List.of("EUROOPAN KOMISSIO, joka", "EUROOPAN PARLAMENTTI JA EUROOPAN UNIONIN NEUVOSTO, jotka", "Euroopan parlamentti,"),
                    List.of("1 artikla", "247 artikla", "3 §"), List.of("LIITE I"), "Euroopan parlamentin päätöslauselma 7. helmikuuta 2018", "kesäkuuta", 6);
            case "fr" -> new Sample(code, List.of("vu le traité sur le fonctionnement de l'Union européenne,"),
                    List.of("considérant que"), List.of("considérant ce qui suit:"), List.of("A ADOPTÉ LE PRÉSENT RÈGLEMENT:"),
                    List.of("LA COMMISSION EUROPÉENNE,", "Le Parlement européen,"),
                    List.of("Article 2"), List.of("ANNEXE I"), "Résolution du Parlement européen du 12 mars 2014", "décembre", 12);
            case "ga" -> new Sample(code, List.of("Ag féachaint don Chonradh ar Fheidhmiú an Aontais Eorpaigh, agus go háirithe Airteagal 295 de,", "ag féachaint do Riail 59 dá Rialacha Nós Imeachta,"),
                    List.of("de bhrí go"), List.of("De bharr an méid seo a leanas:"),
                    List.of("TAR ÉIS AN RIALACHÁN SEO A GHLACADH:"),
                    List.of("Tá Parlaimint na hEorpa,", "TÁ PARLAIMINT NA hEORPA AGUS COMHAIRLE AN AONTAIS EORPAIGH,", "PARLAIMINT NA hEORPA, COMHAIRLE AN AONTAIS EORPAIGH AGUS AN COIMISIÚN EORPACH,"),
                    List.of("Airteagal 294"), List.of("IARSCRÍBHINN I"), "Rún reachtach ó Pharlaimint na hEorpa an 17 Aibreán 2019", "Aibreán", 4);
            case "hr" -> new Sample(code, List.of("uzimajući u obzir završne godišnje financijske izvještaje", "uzimajući u obzir članak 319. Ugovora o funkcioniranju Europske unije,"),
                    List.of("budući da"), List.of("budući da:"),
                    List.of("DONIJELI SU OVU UREDBU:", "DONIJELA JE OVU UREDBU:", "DONIJELO JE OVU ODLUKU:"),
                    List.of("Europski parlament,", "EUROPSKI PARLAMENT I VIJEĆE EUROPSKE UNIJE,", "EUROPSKA KOMISIJA,"),
                    List.of("Članak 1."), List.of("PRILOG I"), "Rezolucija Europskog parlamenta od 7. veljače 2018.", "veljače", 2);
            case "hu" -> new Sample(code, List.of("tekintettel a Kereskedelmi Világszervezet (WTO) Cancúnban tartott ötödik Miniszteri Konferenciájáról szóló állásfoglalására,"),
                    List.of("mivel"), List.of("mivel:"),
                    List.of("ELFOGADTA EZT A RENDELETET:", "ELFOGADTÁK EZT AZ IRÁNYELVET:"),
                    List.of("Az Európai Parlament,", "AZ EURÓPAI BIZOTTSÁG,", "AZ EURÓPAI PARLAMENT ÉS AZ EURÓPAI UNIÓ TANÁCSA,"),
                    List.of("1. cikk", "12a. cikk"), List.of("I. MELLÉKLET", "MELLÉKLET"), "Az Európai Parlament állásfoglalása az egyrészről a kelet- és dél-afrikai államok", "május", 5);
            case "it" -> new Sample(code, List.of("viste le conclusioni del Consiglio europeo del 15 e 16 ottobre 2008,", "visto l'articolo 103, paragrafo 2, del suo regolamento,", "visti gli articoli 95 e 153 del trattato CE,"),
                    List.of("considerando che molti dei problemi"), List.of("considerando quanto segue:"),
                    List.of("HA ADOTTATO IL PRESENTE REGOLAMENTO:", "HANNO ADOTTATO LA PRESENTE DIRETTIVA:"),
                    List.of("Il Parlamento europeo,", "IL PARLAMENTO EUROPEO E IL CONSIGLIO DELL'UNIONE EUROPEA,", "LA COMMISSIONE EUROPEA,"),
                    List.of("Articolo 1", "Art. 3"), List.of("ALLEGATO I"), "Risoluzione del Parlamento europeo sul Consiglio europeo del 15 e 16 ottobre 2008", "novembre", 11);
            case "lt" -> new Sample(code, List.of("atsižvelgdamas į Europos Sąjungos sutarties 2 straipsnį,", "atsižvelgdami į Sutartį dėl Europos Sąjungos veikimo,"),
                    List.of("kadangi"), List.of("kadangi:"),
                    List.of("PRIĖMĖ ŠĮ REGLAMENTĄ:", "PRIĖMĖ ŠIĄ DIREKTYVĄ:"),
                    List.of("Europos Parlamentas,", "EUROPOS PARLAMENTAS IR EUROPOS SĄJUNGOS TARYBA,", "EUROPOS KOMISIJA,"),
                    List.of("1 straipsnis"), List.of("I PRIEDAS", "PRIEDAS"), "Europos Parlamento rezoliucija dėl", "lapkričio", 11);
            case "lv" -> new Sample(code, List.of("ņemot vērā Komisijas paziņojumu par paplašināšanas stratēģiju,", "ņemot vērā Reglamenta 45. pantu,"),
                    List.of("tā kā"), List.of("tā kā:"),
                    List.of("IR PIEŅĒMUŠI ŠO REGULU:", "IR PIEŅĒMUSI ŠO LĒMUMU:"),
                    List.of("Eiropas Parlaments,", "EIROPAS PARLAMENTS UN EIROPAS SAVIENĪBAS PADOME,", "EIROPAS KOMISIJA,"),
                    List.of("1. pants"), List.of("I PIELIKUMS", "PIELIKUMS"), "Eiropas Parlamenta rezolūcija attiecībā uz Komisijas paziņojumu", "novembris", 11);
            case "mt" -> new Sample(code, List.of("Wara li kkunsidraw it-Trattat dwar il-Funzjonament tal-Unjoni Ewropea,", "wara li kkunsidra r-Regoli ta' Proċedura tiegħu,", "Wara li kkunsidrat il-proposta"),
                    List.of("billi"), List.of("Billi:"),
                    List.of("ADOTTAW DAN IR-REGOLAMENT:", "ADOTTAT DIN ID-DEĊIŻJONI:"),
                    List.of("Il-Parlament Ewropew,", "IL-PARLAMENT EWROPEW U L-KUNSILL TAL-UNJONI EWROPEA,", "IL-KUMMISSJONI EWROPEA,"),
                    List.of("Artikolu 247"), List.of("ANNESS I"), "Riżoluzzjoni tal-Parlament Ewropew tas-7 ta' Frar 2018", "Diċembru", 12);
            case "nl" -> new Sample(code, List.of("gezien de gezamenlijke mededeling van 7 februari 2013"),
                    List.of("overwegende dat"), List.of("overwegende hetgeen volgt:"), List.of("HEEFT DE VOLGENDE VERORDENING VASTGESTELD:"),
                    List.of("Het Europees Parlement,", "De Raad van de Europese Unie,"),
                    List.of("Artikel 1"), List.of("BIJLAGE I"), "Resolutie van het Europees Parlement over een EU-strategie", "november", 11);
            case "pl" -> new Sample(code, List.of("uwzględniając Traktat o funkcjonowaniu Unii Europejskiej, w szczególności jego art. 43 ust. 2,", "uwzględniając art. 39 oraz art. 45 Regulaminu,"),
                    List.of("mając na uwadze, że w traktacie lizbońskim"), List.of("a także mając na uwadze, co następuje:"),
                    List.of("PRZYJMUJĄ NINIEJSZĄ DYREKTYWĘ:", "PRZYJMUJE NINIEJSZE ROZPORZĄDZENIE:", "zarządza się, co następuje:"),
                    List.of("Parlament Europejski,", "PARLAMENT EUROPEJSKI I RADA UNII EUROPEJSKIEJ,", "KOMISJA EUROPEJSKA,"),
                    List.of("Artykuł 1", "Art. 1."), List.of("ZAŁĄCZNIK I"), "Rezolucja Parlamentu Europejskiego z dnia 7 maja 2009 r.", "maja", 5);
            case "pt" -> new Sample(code, List.of("Tendo em conta o Tratado sobre o Funcionamento da União Europeia,"),
                    List.of("Considerando que"), List.of("Considerando o seguinte:"),
                    List.of("ADOTOU O PRESENTE REGULAMENTO:", "ADOTARAM A PRESENTE DIRETIVA:", "ADOPTOU A PRESENTE DECISÃO:"),
                    List.of("O Parlamento Europeu,", "A COMISSÃO EUROPEIA,", "O PARLAMENTO EUROPEU E O CONSELHO DA UNIÃO EUROPEIA,"),
                    List.of("Artigo 1"), List.of("ANEXO I"), "Resolução do Parlamento Europeu, de 7 de fevereiro de 2018", "março", 3);
            case "ro" -> new Sample(code, List.of("având în vedere Tratatul privind funcționarea Uniunii Europene, în special articolul 249,", "având în vedere rezoluția sa din 26 septembrie 2007"),
                    List.of("întrucât atât Parlamentul European", "având în vedere că"), List.of("întrucât:"),
                    List.of("ADOPTĂ PREZENTA DECIZIE:", "ADOPTĂ PREZENTUL REGULAMENT:"),
                    List.of("Parlamentul European,", "COMISIA EUROPEANĂ,", "CONSILIUL UNIUNII EUROPENE,"),
                    List.of("Articolul 1"), List.of("ANEXA I", "ANEXĂ"), "Rezoluția Parlamentului European privind Consiliul economic transatlantic", "februarie", 2);
            case "sk" -> new Sample(code, List.of("so zreteľom na Zmluvu o fungovaní Európskej únie,"),
                    List.of("keďže"), List.of("keďže:"),
                    List.of("PRIJALI TOTO NARIADENIE:", "PRIJALA TOTO ROZHODNUTIE:"),
                    List.of("Európsky parlament,", "EURÓPSKY PARLAMENT A RADA EURÓPSKEJ ÚNIE,", "EURÓPSKA KOMISIA,"),
                    List.of("Článok 1", "§ 2"), List.of("PRÍLOHA I"), "Uznesenie Európskeho parlamentu zo 7. februára 2018", "októbra", 10);
            case "sl" -> new Sample(code, List.of("ob upoštevanju Pogodbe o delovanju Evropske unije in zlasti člena 100(2)", "ob upoštevanju predloga Evropske komisije,"),
                    List.of("ker je partnerstvo med Evropsko unijo"), List.of("ob upoštevanju naslednjega:"),
                    List.of("SPREJEL NASLEDNJI SKLEP:", "SPREJELA NASLEDNJO UREDBO:"),
                    List.of("SVET EVROPSKE UNIJE JE –", "EVROPSKI PARLAMENT IN SVET EVROPSKE UNIJE STA –", "Evropski parlament,"),
                    List.of("Člen 8", "1. člen"), List.of("PRILOGA I"), "Resolucija Evropskega parlamenta o čezatlantskih odnosih", "novembra", 11);
            case "sv" -> new Sample(code, List.of("med beaktande av meddelandet om kommissionens arbetsprogram för 2015,", "med beaktande av artikel 37.3 i arbetsordningen, och av följande skäl:"),
                    List.of("eftersom"), List.of("av följande skäl:"),
                    List.of("HÄRIGENOM FÖRESKRIVS FÖLJANDE.", "HÄRIGENOM FÖRESKRIVS FÖLJANDE:"),
                    List.of("Europaparlamentet utfärdar denna resolution", "EUROPEISKA KOMMISSIONEN HAR ANTAGIT DENNA FÖRORDNING",
                            "EUROPAPARLAMENTET OCH EUROPEISKA UNIONENS RÅD HAR ANTAGIT DENNA FÖRORDNING"),
                    List.of("Artikel 1", "3 §"), List.of("BILAGA I"), "Europaparlamentets resolution om Europaparlamentets prioriteringar", "augusti", 8);
            default -> throw new IllegalArgumentException(code);
        };
    }

    // --- helpers --------------------------------------------------------------------------------

    /** A key as a whole-line pattern, the way the classifier reads formulas. */
    private static Pattern wholeLine(LanguageProfile p, String key) {
        return Pattern.compile("^(?:" + p.get(key) + ")\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    /** The '|' alternatives at the top level of a pattern (not inside groups or classes). */
    private static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    private static boolean isLiteral(String alternative) {
        return !alternative.matches(".*[\\\\\\[\\](){}?*+.^$|].*");
    }

    private static Properties raw(String code) {
        Properties p = new Properties();
        try (InputStream in = ProfilesTest.class.getResourceAsStream("/profiles/" + code + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
