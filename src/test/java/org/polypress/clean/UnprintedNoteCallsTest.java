package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.profile.Profiles;

class UnprintedNoteCallsTest {
    private static final UnprintedNoteCalls ENGLISH = new UnprintedNoteCalls(List.of("Article", "point", "paragraph"));

    private static UnprintedNoteCalls in(String language) {
        return UnprintedNoteCalls.of(new Profiles().forLanguage(language));
    }

    private static UnprintedNoteCalls.Result find(UnprintedNoteCalls calls, String... lines) {
        return calls.find(List.of(new Page(1, List.of(lines))), List.of());
    }

    private static String text(UnprintedNoteCalls.Result r) {
        return String.join("\n", r.pages().get(0).lines());
    }

    @Test
    void callAfterAReferenceNumberBecomesANoteWithoutBody() {
        // EUR-Lex opening of Commission Implementing Regulation (EU) 2015/1165: the notes are cut off.
        UnprintedNoteCalls.Result r = find(ENGLISH,
                "Having regard to Regulation (EC) No 1107/2009 of the European Parliament and of the Council of 21 October "
                        + "2009 concerning the placing of plant protection products on the market and repealing Council "
                        + "Directives 79/117/EEC and 91/414/EEC (1), and in particular Article 13(2) thereof,",
                "",
                "Whereas:",
                "",
                "(1)",
                "",
                "In accordance with Article 7(1) of Regulation (EC) No 1107/2009, the United Kingdom received on 20 September");
        assertTrue(text(r).contains("and 91/414/EEC" + NoteRefs.ref(1) + ", and in particular Article 13(2) thereof,"), text(r));
        assertTrue(text(r).contains("\n(1)\n"), text(r));
        assertEquals(List.of(Footnote.notInSource(1, "1", 1)), r.notes());
        assertFalse(r.notes().get(0).bodyInSource());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).startsWith("note (1) is cited but its text is not in the document"), r.warnings().get(0));
    }

    @Test
    void theSpaceBeforeTheCallGoesWithItAndThePointStays() {
        // EUR-Lex opening of Council Decision (CFSP) 2015/2310, Polish: recital (1).
        UnprintedNoteCalls.Result r = find(in("pl"),
                "W dniu 22 kwietnia 2013 r. Rada przyjęła decyzję 2013/189/WPZiB w sprawie ustanowienia Europejskiego "
                        + "Kolegium Bezpieczeństwa i Obrony (1).");
        assertEquals("W dniu 22 kwietnia 2013 r. Rada przyjęła decyzję 2013/189/WPZiB w sprawie ustanowienia Europejskiego "
                + "Kolegium Bezpieczeństwa i Obrony" + NoteRefs.ref(1) + ".", text(r));
    }

    @Test
    void aDoubledSpaceGoesWithTheCallToo() {
        // EUR-Lex opening of Commission Implementing Regulation (EU) 2017/2328, Slovak: note 2 after two spaces.
        UnprintedNoteCalls.Result r = find(in("sk"),
                "so zreteľom na nariadenie (EÚ) č. 1308/2013 a (ES) č. 1234/2007 (1), a najmä na jeho článok 99,",
                "",
                "(1)",
                "",
                "V súlade s článkom 97 ods. 2 a 3 nariadenia (EÚ) č. 1308/2013 Komisia preskúmala žiadosť Slovenska o zápis "
                        + "názvu „Skalický rubín“ a následne ju uverejnila v Úradnom vestníku Európskej únie  (2).");
        assertEquals("so zreteľom na nariadenie (EÚ) č. 1308/2013 a (ES) č. 1234/2007" + NoteRefs.ref(1)
                + ", a najmä na jeho článok 99,", r.pages().get(0).lines().get(0));
        assertTrue(text(r).endsWith("v Úradnom vestníku Európskej únie" + NoteRefs.ref(2) + "."), text(r));
        assertEquals(2, r.notes().size());
    }

    @Test
    void aParenthesisedParagraphNumberAfterAnArticleWordIsNoCall() {
        // EUR-Lex opening of Commission Implementing Regulation (EU) No 1382/2011, Hungarian: "136. cikke (1)
        // bekezdésére" is paragraph 1 of Article 136; the calls after a closing parenthesis and a word run 1, 2.
        UnprintedNoteCalls.Result r = find(in("hu"),
                "tekintettel a 2007. október 22-i 1234/2007/EK tanácsi rendeletre (az egységes közös piacszervezésről szóló "
                        + "rendelet) (1),",
                "",
                "tekintettel a 2011. június 7-i 543/2011/EU bizottsági végrehajtási rendeletre (2) és különösen annak "
                        + "136. cikke (1) bekezdésére,");
        assertEquals("tekintettel a 2007. október 22-i 1234/2007/EK tanácsi rendeletre (az egységes közös piacszervezésről szóló "
                + "rendelet)" + NoteRefs.ref(1) + ",\n\ntekintettel a 2011. június 7-i 543/2011/EU bizottsági végrehajtási "
                + "rendeletre" + NoteRefs.ref(2) + " és különösen annak 136. cikke (1) bekezdésére,", text(r));
    }

    @Test
    void aParagraphWordBeforeTheNumberMakesItACrossReference() {
        // EUR-Lex opening of Council Decision (CFSP) 2015/2310, Romanian: "alineatul (4)" precedes the calls.
        UnprintedNoteCalls.Result r = find(in("ro"),
                "având în vedere Tratatul privind Uniunea Europeană, în special articolul 42 alineatul (4),",
                "",
                "La 22 aprilie 2013, Consiliul a adoptat Decizia 2013/189/PESC de instituire a Colegiului European de "
                        + "Securitate și Apărare (1).",
                "",
                "La 22 iulie 2014, Consiliul a adoptat Decizia 2014/491/PESC de modificare a Deciziei 2013/189/PESC (2).");
        assertTrue(text(r).contains("articolul 42 alineatul (4),"), text(r));
        assertTrue(text(r).contains("Apărare" + NoteRefs.ref(1) + "."), text(r));
        assertTrue(text(r).endsWith("2013/189/PESC" + NoteRefs.ref(2) + "."), text(r));
    }

    /**
     * An Austrian amending bill (848/A XXII. GP), the inserted section as the parliament's page
     * gives it: its heading, then its paragraph "(1)" on the same line, a sentence after it.
     */
    @Test
    void aNumberBeforeASentencesCapitalIsAParagraphNotACall() {
        UnprintedNoteCalls.Result r = find(in("de"),
                "§ 2a. (Verfassungsbestimmung) (1) Durch Verordnung der Bundesregierung im Einvernehmen mit dem "
                        + "Hauptausschuss des Nationalrates sind die Gebietsteile festzulegen.");
        assertEquals(List.of(), r.notes());
        assertTrue(text(r).contains("(Verfassungsbestimmung) (1) Durch Verordnung"), text(r));
    }

    @Test
    void aCallAfterACommaIsTaken() {
        // EUR-Lex opening of Commission Implementing Regulation (EU) 2015/283, Estonian: the call stands after the comma.
        UnprintedNoteCalls.Result r = find(in("et"),
                "võttes arvesse Euroopa Parlamendi ja nõukogu määrust, (EÜ) nr 1037/2001 ja (EÜ) nr 1234/2007 (1),",
                "",
                "võttes arvesse komisjoni rakendusmäärust seoses puu- ja köögiviljasektori ning töödeldud puu- ja köögivilja "
                        + "sektoriga, (2) eriti selle artikli 136 lõiget 1,");
        assertTrue(text(r).endsWith("köögivilja sektoriga," + NoteRefs.ref(2) + " eriti selle artikli 136 lõiget 1,"), text(r));
    }

    @Test
    void numbersThatDoNotRunFromOneAreNoCalls() {
        // A cross-reference to recitals and an enumeration: "(2)" and "(3)" do not run from 1.
        String line = "The measures referred to in recitals (2) and (3) should apply, as should those of Regulation (EU) "
                + "2019/1020 (3).";
        UnprintedNoteCalls.Result r = find(ENGLISH, line);
        assertEquals(line, text(r));
        assertTrue(r.notes().isEmpty());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void aListContinuingAfterACallIsNoCall() {
        // "points (1) and (2)": "(1)" follows a reference word and "(2)" continues its enumeration; only the call is taken.
        String text = "Having regard to Regulation (EU) 2016/1011 (1), and in particular points (1) and (2) of Article 3,";
        UnprintedNoteCalls.Result r = find(ENGLISH, text);
        assertEquals("Having regard to Regulation (EU) 2016/1011" + NoteRefs.ref(1)
                + ", and in particular points (1) and (2) of Article 3,", text(r));
        assertEquals(1, r.notes().size());
    }

    @Test
    void callsRunOnFromTheNotesTheDocumentHas() {
        // A page whose notes 1 and 2 were found at its bottom, then a page cut before its notes (Official Journal).
        List<Page> pages = List.of(
                new Page(1, List.of("Having regard to Regulation (EU) 2019/1020" + NoteRefs.ref(1) + ",",
                        "Having regard to Directive 2014/53/EU" + NoteRefs.ref(2) + ",")),
                new Page(2, List.of("as laid down in Commission Delegated Regulation (EU) 2022/30 (3).")));
        List<Footnote> notes = List.of(new Footnote(1, "1", 1, "OJ L 169, 25.6.2019, p. 1.", true),
                new Footnote(2, "2", 1, "OJ L 153, 22.5.2014, p. 62.", true));
        UnprintedNoteCalls.Result r = in("en").find(pages, notes);
        assertEquals("as laid down in Commission Delegated Regulation (EU) 2022/30" + NoteRefs.ref(3) + ".",
                r.pages().get(1).lines().get(0));
        assertEquals(Footnote.notInSource(3, "3", 2), r.notes().get(2));
        // Restarting at 1 does not run on from note 2.
        List<Page> restart = List.of(pages.get(0), new Page(2, List.of("as laid down in Regulation (EU) 2022/30 (1).")));
        assertEquals(restart, in("en").find(restart, notes).pages());
    }

    @Test
    void anAbbreviatedParagraphWordWithoutItsPointIsAReferenceWordToo() {
        // Romanian explanatory memorandum (nota de fundamentare, 2017): "art. 8 alin (1)" is paragraph 1 of article 8.
        String line = "menționate la art. 8 alin (1) din actul normativ.";
        UnprintedNoteCalls.Result r = find(in("ro"), line);
        assertEquals(line, text(r));
        assertTrue(r.notes().isEmpty());
    }

    @Test
    void aCallBeforeANoteFoundInTheTextIsNoCall() {
        // Official Journal page: notes 1 and 2 found at its bottom; a "(3)" before them does not run on from them.
        List<Page> pages = List.of(new Page(1, List.of("as laid down in Regulation (EU) 2022/30 (3),",
                "Having regard to Regulation (EU) 2019/1020" + NoteRefs.ref(1) + ",",
                "Having regard to Directive 2014/53/EU" + NoteRefs.ref(2) + ",")));
        List<Footnote> notes = List.of(new Footnote(1, "1", 1, "OJ L 169, 25.6.2019, p. 1.", true),
                new Footnote(2, "2", 1, "OJ L 153, 22.5.2014, p. 62.", true));
        assertEquals(pages, in("en").find(pages, notes).pages());
    }
}
