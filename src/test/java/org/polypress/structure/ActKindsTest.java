package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polypress.profile.Profiles;

/**
 * Kinds of act from their printed names, as the Official Journal and the gazettes print them
 * (the openings of EUR-Lex acts in ../corpus/dev-lang and the dev gazettes), in the profiles' words.
 */
class ActKindsTest {
    private static final Profiles PROFILES = new Profiles();

    private static Optional<String> kind(String lang, String printed) {
        return new ActKinds(PROFILES.forLanguage(lang)).of(printed);
    }

    @Test
    void officialJournalNamesInTheirLanguages() {
        assertEquals(Optional.of("regulation"), kind("en", "COMMISSION DELEGATED REGULATION (EU) 2024/1772"));
        assertEquals(Optional.of("decision"), kind("de", "BESCHLUSS (EU) 2016/2025 DES RATES"));
        assertEquals(Optional.of("regulation"), kind("hu", "A BIZOTTSÁG 1382/2011/EU VÉGREHAJTÁSI RENDELETE"));
        assertEquals(Optional.of("regulation"), kind("et", "KOMISJONI RAKENDUSMÄÄRUS (EL) 2015/283,"));
        assertEquals(Optional.of("jointAction"), kind("el", "ΚΟΙΝΉ ΔΡΆΣΗ 2005/99/ΚΕΠΠΑ ΤΟΥ ΣΥΜΒΟΥΛΊΟΥ"));
        assertEquals(Optional.of("decision"), kind("ro", "DECIZIA (PESC) 2015/2310 A CONSILIULUI"));
        assertEquals(Optional.of("decision"), kind("lv", "EEZ APVIENOTĀS KOMITEJAS LĒMUMS Nr. 326/2023"));
    }

    @Test
    void gazetteNamesWithAndWithoutAccents() {
        assertEquals(Optional.of("law"), kind("el", "ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534"));
        assertEquals(Optional.of("announcement"), kind("pl", "OBWIESZCZENIE"));
        // cedilla (as the draft prints it) and comma below read alike; the longer name wins
        assertEquals(Optional.of("emergencyOrdinance"), kind("ro", "Ordonanţă de Urgenţă a Guvernului"));
        assertEquals(Optional.of("emergencyOrdinance"), kind("ro", "ORDONANȚĂ DE URGENȚĂ"));
    }

    /** National laws by their printed names: every language whose gazettes print one names it in its profile. */
    @Test
    void nationalLawsInTheirLanguages() {
        assertEquals(Optional.of("law"), kind("bg", "ЗАКОН ЗА \"ДЪРЖАВЕН ВЕСТНИК\""));
        assertEquals(Optional.of("law"), kind("cs", "ZÁKON ze dne 12. dubna 2019 o přístupnosti internetových stránek"));
        assertEquals(Optional.of("law"), kind("da", "Lov om ændring af lov om finansiel virksomhed"));
        assertEquals(Optional.of("law"), kind("fi", "Laki sähköisen viestinnän palveluista"));
        assertEquals(Optional.of("law"), kind("et", "Küberturvalisuse seadus"));
        assertEquals(Optional.empty(), kind("da", "Lovgivning om kunstig intelligens")); // a word that only begins like one
    }

    /** A Bulgarian law (ЗАКОН ЗА "ДЪРЖАВЕН ВЕСТНИК", 1995): "Чл. 1." articles with "(1)" paragraphs, an act. */
    @Test
    void aBulgarianLawIsAnActWithItsArticles() {
        DocumentTree t = StructureFixtures.tree("bg", String.join("\n",
                "ЗАКОН ЗА \"ДЪРЖАВЕН ВЕСТНИК\"", "",
                "Обн., ДВ, бр. 89 от 6 октомври 1995 г.", "",
                "Чл. 1. (1) \"Държавен вестник\" е официално издание на Република България.",
                "(2) \"Държавен вестник\" се издава от Народното събрание.", "",
                "Чл. 2. (1) Издаването на \"Държавен вестник\" се подготвя и извършва от редакция под контрола на председателя на Народното събрание.",
                "(2) Редакцията на \"Държавен вестник\" е дирекция към Народното събрание.", ""));
        assertEquals("act", t.rootElement());
        assertEquals("law", t.name());
        List<String> articles = new java.util.ArrayList<>();
        for (Node n : t.main().body()) {
            if (n instanceof Node.Container c && c.kind() == Node.ContainerKind.ARTICLE) {
                articles.add(c.num() + " " + c.children().stream().filter(x -> x instanceof Node.Unit)
                        .map(x -> ((Node.Unit) x).num()).toList());
            }
        }
        assertEquals(List.of("Чл. 1 [(1), (2)]", "Чл. 2 [(1), (2)]"), articles);
    }

    @Test
    void otherDocumentsNameNoAct() {
        assertEquals(Optional.empty(), kind("ro", "NOTĂ DE FUNDAMENTARE"));
        assertEquals(Optional.empty(), kind("en", "European Parliament resolution"));
        assertEquals(Optional.empty(), kind("en", "National Strategy for Artificial Intelligence"));
        assertEquals(Optional.empty(), kind("en", "REGULATIONS")); // a word that only begins like one
    }

    @Test
    void theNameOpensTheTitleUpToItsFirstWordInLowerCase() {
        assertEquals("COMMISSION DELEGATED REGULATION (EU) 2024/1772",
                ActKinds.nameAtStart("COMMISSION DELEGATED REGULATION (EU) 2024/1772 of 13 March 2024 supplementing Regulation"));
        assertEquals("RÅDETS FORORDNING (EU) 2024/1485", ActKinds.nameAtStart("RÅDETS FORORDNING (EU) 2024/1485 af 27. maj 2024"));
    }
}
