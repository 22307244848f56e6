package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
