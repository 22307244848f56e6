package org.polypress.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polypress.clean.Cleaner;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;
import org.polypress.structure.DocumentTree;
import org.polypress.structure.StructureBuilder;

/** A work's identity from what the document says of itself: issuer's country, number, date. */
class WorkIdentityTest {
    private static final Profiles PROFILES = new Profiles();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);

    // ANSSI's NIS 2 brochure (cyber.gouv.fr, March 2024), opening page, French and English editions.
    private static final String FR = """
            Directive NIS 2
            Élever collectivement
            notre niveau de cybersécurité

            L’ANSSI vous accompagne avec

            monespacenis2.cyber.gouv.fr

            La directive NIS 2 permet d’élever le niveau global de
            cybersécurité par l’application de règles harmonisées et
            simplifiées.
            """;
    private static final String EN = """
            The NIS 2 Directive
            Collectively raising our level
            of cybersecurity

            ANSSI provides assistance on

            monespacenis2.cyber.gouv.fr

            The NIS 2 Directive raises the overall level of cybersecurity
            through the implementation of harmonised and simplified
            rules.
            """;

    private static DocumentTree tree(String lang, String text) {
        LanguageProfile p = PROFILES.forLanguage(lang);
        return new StructureBuilder(CLOCK).build(new Cleaner().clean(text, p), p);
    }

    @Test
    void theIssuerGivesTheCountryWhateverTheLanguage() {
        assertEquals("fr", WorkIdentity.of(tree("fr", FR)).work().country());
        // The English profile's country is "eu"; the French agency that wrote it says "fr".
        assertEquals("fr", WorkIdentity.of(tree("en", EN)).work().country());
    }

    @Test
    void aDocumentStatingNeitherNumberNorDateIsFingerprintedNeverDatedToday() {
        WorkIdentity fr = WorkIdentity.of(tree("fr", FR));
        assertEquals("none", fr.evidence());
        assertEquals(FrbrUri.UNDATED, fr.work().date());
        assertTrue(fr.work().number().startsWith("directive-nis-2-"), fr.work().number());
        assertEquals(fr, WorkIdentity.of(tree("fr", FR)), "the same text, the same identity");
        assertNotEquals(fr.work(), WorkIdentity.of(tree("fr", FR.replace("harmonisées", "communes"))).work(),
                "another text with the same title is another work");
    }

    @Test
    void anOpeningWithoutBodyIsFingerprintedByItsOwnText() {
        // The cover of the brochure alone: title block and preface, no body.
        String cover = "Directive NIS 2\nÉlever collectivement\nnotre niveau de cybersécurité\n";
        WorkIdentity a = WorkIdentity.of(tree("fr", cover));
        WorkIdentity b = WorkIdentity.of(tree("fr", cover.replace("notre", "votre")));
        assertNotEquals(a.work().number(), b.work().number());
        assertTrue(!a.work().number().endsWith("e3b0c442"), "not the hash of nothing: " + a.work().number());
    }

    @Test
    void aCouncilDocumentIsTheUnionsWithItsNumberAndDate() {
        // Council of the European Union, outcome of proceedings 14435/17 (the Dutch sample
        // input/000_b5f54f10a9c989d5.txt: register.consilium.europa.eu), its first page as pdftotext gives it.
        String text = """





                14435/17   mou/ASS/sv 1
                 DG D 2B  NL





                Raad van de
                Europese Unie







                Brussel, 20 november 2017
                (OR. en)


                14435/17




                CYBER 183
                TELECOM 303
                ENFOPOL 534
                JAI 1055
                MI 845
                COSI 283
                JAIEX 101
                RELEX 989
                IND 317
                CSDP/PSDC 643
                COPS 360
                POLMIL 145











                RESULTAAT BESPREKINGEN
                van: het secretariaat-generaal van de Raad
                d.d.: 20 november 2017
                aan: de delegaties
                nr. vorig doc.: 13943/17 + COR 1

                """;
        WorkIdentity id = WorkIdentity.of(tree("nl", text));
        assertEquals("eu", id.work().country());
        assertEquals("14435-17", id.work().number());
        assertEquals("2017-11-20", id.work().date());
        assertEquals("number and date", id.evidence());
    }

    @Test
    void issuersAreWholeNamesInTheirOrder() {
        assertEquals(Optional.of("fr"), WorkIdentity.issuerCountry(List.of("Director General of the French Cybersecurity Agency (ANSSI)")));
        assertEquals(Optional.empty(), WorkIdentity.issuerCountry(List.of("The MANSSIONS of the city")));
        assertEquals(Optional.of("dk"), WorkIdentity.issuerCountry(List.of("MARCH 2019",
                "Ministry of Finance and Ministry of Industry, Business and Financial Affairs")));
    }
}
