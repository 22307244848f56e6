package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.TestTexts;

class FurnitureRemoverTest {
    private final FurnitureRemover remover = new FurnitureRemover();

    @Test
    void councilStampsGoEvenWhenPrintedOnce() {
        List<Page> pages = new PageSplitter().split(TestTexts.read(TestTexts.COUNCIL)).pages();
        FurnitureRemover.Result r = remover.remove(pages, List.of("Pagina", "van"));
        String all = join(r.pages());
        assertFalse(all.contains("mou/ASS/sv"));
        assertFalse(all.contains("DG D 2B"));
        assertEquals(2, r.removed());
        assertTrue(all.contains("14435/17"), "the document number on the cover page stays");
    }

    @Test
    void runningHeadersFoliosAndPageNumbersGoByRepetition() {
        List<Page> pages = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            List<String> lines = new ArrayList<>(List.of("OJ L, 20.2.2025", "EN", "(" + (p * 3 + 5) + ")"));
            for (int k = 0; k < 10; k++) {
                lines.add("Recital text " + (p * 10 + k) + " of the regulation continues here.");
            }
            lines.add("ELI: http://data.europa.eu/eli/reg_del/2025/301/oj");
            lines.add(p + "/5");
            pages.add(new Page(p, lines));
        }
        FurnitureRemover.Result r = remover.remove(pages, List.of("Page", "of"));
        for (Page page : r.pages()) {
            assertEquals(11, page.lines().size(), page.lines().toString());
            assertTrue(page.lines().get(0).matches("\\(\\d+\\)"), "a recital number moving unlike the folio stays");
        }
        assertEquals(20, r.removed());
    }

    @Test
    void pageOfNInTheDocumentsLanguage() {
        List<Page> pages = List.of(new Page(1, List.of("Tekst.", "Pagina 1 van 2")), new Page(2, List.of("Meer.", "Pagina 2 van 2")));
        FurnitureRemover.Result r = remover.remove(pages, List.of("Pagina", "van"));
        assertEquals(List.of("Tekst."), r.pages().get(0).lines());
        assertEquals(2, r.removed());
    }

    /** A Romanian "notă de fundamentare" (pdftotext): a table's numbered points open two consecutive pages' edges. */
    @Test
    void numberedPointsAtPageEdgesAreNoFolios() {
        List<Page> pages = List.of(
                new Page(1, List.of("4. Impact asupra", "Nu a fost identificat.", "mediului", "5.Alte informaţii",
                        "Secţiunea a 4-a", "Impactul financiar asupra bugetului general consolidat,",
                        "atât pe termen scurt, pentru anul curent, cât şi pe termen lung (pe 5 ani)",
                        "1. Modificări ale", "Impactul asupra veniturilor bugetare nu poate fi cuantificat.",
                        "veniturilor bugetare,", "")),
                new Page(2, List.of("plus/minus", "2. Modificări ale", "cheltuielilor", "bugetare, plus/minus", "",
                        "3. Impact financiar,", "plus/minus", "4. Propuneri pentru", "acoperirea creşterii",
                        "cheltuielilor bugetare", "5. Propuneri pentru a", "compensa reducerea", "veniturilor bugetare")));
        FurnitureRemover.Result r = remover.remove(pages, List.of("Pagina", "din"));
        assertEquals(pages, r.pages());
        assertEquals(0, r.removed());
    }

    /** Dziennik Ustaw (pdftotext): "Poz. 2058" runs beside the folio from page 2 on; under page 1's masthead it is the act's reference. */
    @Test
    void aRunningLineInsideTheFirstPageIsTheActsReference() {
        List<Page> pages = List.of(
                new Page(1, List.of("Dokument podpisany", "przez Marek Głuch", "Data: 2015.12.07", "16:57:35 CET", "",
                        "l.g", "ov", ".pl", "", "DZIENNIK USTAW", "RZECZYPOSPOLITEJ POLSKIEJ", "Warszawa, dnia 7 grudnia 2015 r.",
                        "Poz. 2058", "", "O B W IE S ZC ZE N I E", "", "z dnia 19 listopada 2015 r.", "",
                        "w sprawie ogłoszenia jednolitego tekstu ustawy o dostępie do informacji publicznej", "",
                        "1. Na podstawie art. 16 ust. 1 zdanie pierwsze ustawy z dnia 20 lipca 2000 r. o ogłaszaniu aktów normatywnych",
                        "i niektórych innych aktów prawnych (Dz. U. z 2015 r. poz. 1484 i 1890) ogłasza się w załączniku do niniejszego")),
                new Page(2, List.of("Dziennik Ustaw", "", "–2–", "", "Poz. 2058", "", "l.g", "ov", ".pl", "",
                        "Załącznik do obwieszczenia Marszałka Sejmu Rzeczypospolitej", "Polskiej z dnia 19 listopada 2015 r. (poz. 2058)",
                        "", "US T AW A", "")),
                new Page(3, List.of("Dziennik Ustaw", "", "–3–", "", "Poz. 2058", "", "l.g", "ov", ".pl", "",
                        "Art. 4. 1. Obowiązane do udostępniania informacji publicznej są władze publiczne oraz inne podmioty wykonujące",
                        "zadania publiczne, w szczególności:", "1)", "", "organy władzy publicznej;")));
        FurnitureRemover.Result r = remover.remove(pages, List.of("Strona", "z"));
        assertTrue(r.pages().get(0).lines().contains("Poz. 2058"), r.pages().get(0).lines().toString());
        assertFalse(r.pages().get(1).lines().contains("Poz. 2058"));
        assertFalse(r.pages().get(2).lines().contains("Poz. 2058"));
    }

    /** A Romanian "notă de fundamentare" (pdftotext): a table's narrow column breaks its text at the same words. */
    @Test
    void wordsStandingTwiceOnAPageAreNoRunningLine() {
        List<Page> pages = List.of(
                new Page(1, List.of("2. Conformitatea", "proiectului de act", "normativ cu legislaţia", "comunitară în cazul", "proiectelor ce transpun", "prevederi comunitare;", "3. Măsuri normative", "necesare aplicării directe", "a actelor normative", "comunitare;", "521/2005 privind procedura", "de consultare a structurilor", "asociative ale autorităţilor", "administraţiei publice locale")),
                new Page(2, List.of("Secţiunea a 7-a", "Activităţi de informare publică privind elaborarea şi", "implementarea prezentului act normativ", "1. Informarea societăţii Proiectul de act normativ se publică pe site-ul Ministerului", "civile cu privire la", "pentru Mediul de Afaceri, Comerţ și Antreprenoriat", "necesitatea elaborării", "proiectului de act", "normativ", "2. Informarea societăţii Nu este cazul.", "civile cu privire la", "eventualul impact", "asupra mediului în", "urma implementării", "proiectului de act", "normativ, precum şi", "efectele asupra", "sănătăţii şi securităţii", "cetăţenilor sau", "diversităţii biologice", "3. Alte informaţii", "Nu este cazul.", "Secţiunea a 8-a", "Măsuri de implementare", "1. Măsurile de punere Nu este cazul.", "în aplicare a", "proiectului de act")));
        FurnitureRemover.Result r = remover.remove(pages, List.of("Pagina", "din"));
        assertEquals(pages, r.pages());
    }

    static String join(List<Page> pages) {
        StringBuilder b = new StringBuilder();
        for (Page p : pages) {
            b.append(String.join("\n", p.lines())).append('\n');
        }
        return b.toString();
    }

    /**
     * A brochure exported as spreads (ANSSI's NIS 2 brochure, PDFBox's text): each sheet carries the
     * folios of its two printed pages, "4 5", "6 7", "8 9", after the text. They move by two with the
     * sheet, and go; a line of two numbers that are no spread's pair stays.
     */
    @Test
    void spreadFoliosMoveByTwoPerSheet() {
        List<Page> pages = new ArrayList<>();
        String[][] texts = {
            {"À terme, et de concert avec les autres États membres de l’Union européenne,", "c’est une maturité cyber à l’échelon européen que nous voulons atteindre."},
            {"Les entités essentielles et importantes", "seront soumises aux mêmes obligations."},
            {"Les mécaniques d’identification des entités concernées", "seront précisées au travers du processus de transposition."},
            {"Quelles obligations pour les entités ?", "Les entités devront déclarer leurs incidents."}};
        for (int p = 1; p <= 4; p++) {
            pages.add(new Page(p, List.of(texts[p - 1][0], texts[p - 1][1], (2 * p) + " " + (2 * p + 1))));
        }
        pages.set(3, new Page(4, List.of("La directive couvre 18 secteurs.", "Version 1.0 : mars 2024", "10 18")));
        FurnitureRemover.Result r = remover.remove(pages, List.of("Page", "sur"));
        assertEquals(3, r.removed());
        for (int i = 0; i < 3; i++) {
            assertEquals(2, r.pages().get(i).lines().size(), r.pages().get(i).lines().toString());
        }
        assertTrue(r.pages().get(3).lines().contains("10 18"), "two numbers that are no spread's pair stay");
    }
}
