package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.profile.Profiles;

/**
 * Furniture of journals and gazettes found by general evidence: mastheads, signature stamps,
 * running lines displaced by PDF extraction, watermarks, a printer's back page. Every snippet is
 * copied from a real document (EUR-Lex pages, OJ L 2024/1772 and 2025/301, ΦΕΚ Α 77/2018, Dz.U. 2015
 * poz. 2058), shortened only by whole lines.
 */
class JournalFurnitureTest {
    private static final Profiles PROFILES = new Profiles();
    private final FurnitureRemover remover = new FurnitureRemover();

    private FurnitureRemover.Result remove(List<Page> pages, String lang) {
        return remover.remove(pages, FurnitureWords.of(PROFILES.forLanguage(lang), PROFILES.forLanguage("en")));
    }

    private static List<Page> split(String text) {
        return new PageSplitter().split(text).pages();
    }

    private static List<String> text(FurnitureRemover.Result r) {
        List<String> out = new ArrayList<>();
        for (Page p : r.pages()) {
            for (String l : p.lines()) {
                if (!l.isBlank()) {
                    out.add(l.strip());
                }
            }
        }
        return out;
    }

    @Test
    void officialJournalPageHeaderOnASinglePage() {
        String eurLex = """
                16.7.2015\u0020\u0020\u0020

                EN

                Official Journal of the European Union

                L 188/30


                COMMISSION IMPLEMENTING REGULATION (EU) 2015/1165

                of 15 July 2015

                THE EUROPEAN COMMISSION,
                """;
        FurnitureRemover.Result r = remove(split(eurLex), "en");
        assertEquals(List.of("COMMISSION IMPLEMENTING REGULATION (EU) 2015/1165", "of 15 July 2015", "THE EUROPEAN COMMISSION,"), text(r));
        assertEquals(4, r.removed());
    }

    @Test
    void mastheadInTheDocumentsLanguageWithTheNameOnTwoLinesAndAnOldStyleName() {
        String da = """
                Den Europæiske Unions
                Tidende

                DA

                L-udgaven


                2024/1485

                27.5.2024

                RÅDETS FORORDNING (EU) 2024/1485

                af 27. maj 2024
                """;
        assertEquals(List.of("RÅDETS FORORDNING (EU) 2024/1485", "af 27. maj 2024"), text(remove(split(da), "da")));
        String mt = """
                    29.6.2006\u0020\u0020\u0020

                    MT

                    Il-Ġurnal Uffiċjali ta’ l-Unjoni Ewropea

                    59


                    DEĊIŻJONI TAL-KUNSILL 2005/805/PESK
                """;
        assertEquals(List.of("DEĊIŻJONI TAL-KUNSILL 2005/805/PESK"), text(remove(split(mt), "mt")));
    }

    @Test
    void theJournalsNameInTheTextWithoutMastheadPartsStays() {
        String text = """
                This Regulation shall be published in the
                Official Journal of the European Union
                and shall enter into force on the twentieth day following that of its publication.
                """;
        assertEquals(3, text(remove(split(text), "en")).size());
    }

    @Test
    void actByActMastheadOfAPrintedActIsItsCoverAndStays() {
        String txt = "Official Journal\nof the European Union\n\nEN\nL series\n\n2024/1772\n\n25.6.2024\n\n"
                + "COMMISSION DELEGATED REGULATION (EU) 2024/1772\nof 13 March 2024\n"
                + "ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj\n\n1/9\n\f"
                + "EN\n\nOJ L, 25.6.2024\n\n(5)\n\nThe classification criteria should ensure that all relevant types of major incidents are captured.\n"
                + "2/9\n\nELI: http://data.europa.eu/eli/reg_del/2024/1772/oj\n\n\f"
                + "OJ L, 25.6.2024\n\nEN\n\n(13)\n\nConsidering that competent authorities in other Member States are to be notified of incidents\n"
                + "ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj\n\n3/9\n\f";
        List<String> kept = text(remove(split(txt), "en"));
        assertTrue(kept.containsAll(List.of("Official Journal", "of the European Union", "L series", "2024/1772", "25.6.2024")), kept.toString());
        assertFalse(kept.contains("OJ L, 25.6.2024"));
    }

    /** OJ L 2024/1772 as the PDF's own text: the footer comes before the footnotes, odd and even pages differ. */
    @Test
    void runningLinesThatPdfExtractionPutBeforeTheFootnotes() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(1, List.of("the potential impact. Accordingly, to ensure a clear and consistent assessment of the significance of cyber threats, ",
                "the classification of a cyber threat as significant should be dependent on the likelihood that the classification criteria ",
                "for major incidents and their threshold would be met if the threat had materialised, on the type of cyber threat and ",
                "on the information available to the financial entity.", "", "EN OJ L, 25.6.2024 ", "",
                "2/9 ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj", "",
                "(3) Commission Delegated Regulation (EU) 2018/959 of 14 March 2018 supplementing Regulation (EU) No 575/2013 of the European ",
                "Parliament and of the Council with regard to regulatory technical standards of the specification of the assessment methodology under ",
                "which competent authorities permit institutions to use Advanced Measurement Approaches for operational risk (OJ L 169, 6.7.2018, ",
                "p. 1, ELI: http://data.europa.eu/eli/reg_del/2018/959/oj).")));
        pages.add(new Page(2, List.of("standards and requested advice of the Banking Stakeholder Group established in accordance with Article 37 of ",
                "Regulation (EU) No 1093/2010, the Insurance and Reinsurance Stakeholder Group and the Occupational Pensions ",
                "Stakeholder Group established in accordance with Article 37 of Regulation (EU) No 1094/2010, and the Securities ",
                "and Markets Stakeholder Group established in accordance with Article 37 of Regulation (EU) No 1095/2010,", "",
                "OJ L, 25.6.2024 EN ", "", "ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj 3/9", "",
                "(4) Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of natural persons with ",
                "regard to the processing of personal data and on the free movement of such data, and repealing Directive 95/46/EC (General Data ",
                "Protection Regulation) (OJ L 119, 4.5.2016, p. 1, ELI: http://data.europa.eu/eli/reg/2016/679/oj).",
                "(5) Directive 2002/58/EC of the European Parliament and of the Council of 12 July 2002 concerning the processing of personal data and ")));
        pages.add(new Page(3, List.of("(c) the financial entity will not be able to or is likely not to be able to meet regulatory requirements as a result of the ",
                "incident;",
                "(d) the financial entity will or is likely to lose clients or financial counterparts with a material impact on its business as a ",
                "result of the incident.", "", "EN OJ L, 25.6.2024 ", "", "4/9 ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj", "",
                "(9) Regulation (EU) 2018/1725 of the European Parliament and of the Council of 23 October 2018 on the protection of natural persons ",
                "with regard to the processing of personal data by the Union institutions, bodies, offices and agencies and on the free movement of ",
                "such data, and repealing Regulation (EC) No 45/2001 and Decision No 1247/2002/EC (OJ L 295, 21.11.2018, p. 39, ELI: ",
                "http://data.europa.eu/eli/reg/2018/1725/oj).")));
        pages.add(new Page(4, List.of("(a) in relation to the availability of data, whether the incident has rendered the data on demand by the financial entity, its ",
                "clients or its counterparts temporarily or permanently inaccessible or unusable;",
                "(b) in relation to the authenticity of data, whether the incident has compromised the trustworthiness of the source of ",
                "data;", "", "OJ L, 25.6.2024 EN ", "", "ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj 5/9", "",
                "(c) in relation to the integrity of data, whether the incident has resulted in non-authorised modification of data that has ",
                "rendered it inaccurate or incomplete;",
                "(d) in relation to the confidentiality of data, whether the incident has resulted in data having been accessed by or ",
                "disclosed to an unauthorised party or system.")));
        FurnitureRemover.Result r = remove(pages, "en");
        for (Page page : r.pages()) {
            assertEquals(8, page.lines().stream().filter(l -> !l.isBlank()).count(), page.lines().toString());
        }
        assertEquals(8, r.removed());
    }

    /** OJ L 2025/301, pdftotext: paragraph numbers "5." and "6." at the edges of pages 4 and 5 follow the pages by chance. */
    @Test
    void paragraphNumbersAtPageEdgesAreNotFolios() {
        List<Page> pages = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            List<String> lines = new ArrayList<>(List.of("EN", "", "OJ L, 20.2.2025", ""));
            if (p == 5) {
                lines.add("6.");
            }
            lines.add("Competent authorities may decide that paragraph 4 shall not apply for the submission of an initial notification or an");
            lines.add("intermediate report by financial entities, other than those referred to in paragraph 5, which are significant or have a");
            lines.add("systemic character for the financial sector at national or Union level.");
            if (p == 4) {
                lines.add("5.");
                lines.add("Paragraph 4 shall not apply for the submission of an initial notification or an intermediate report by credit");
                lines.add("institutions, central counterparties, operators of trading venues, and other financial entities identified as essential or");
                lines.add("important entities pursuant to Article 3 of Directive (EU) 2022/2555.");
            }
            lines.addAll(List.of(p + "/5", "", "ELI: http://data.europa.eu/eli/reg_del/2025/301/oj", ""));
            pages.add(new Page(p, lines));
        }
        List<String> kept = text(remove(pages, "en"));
        assertTrue(kept.contains("5.") && kept.contains("6."), kept.toString());
        assertFalse(kept.contains("OJ L, 20.2.2025") || kept.contains("4/5"));
    }

    /** ΦΕΚ Α 77/2018, first page as pdftotext gives it: masthead broken by the Acrobat signature stamp. */
    @Test
    void gazetteMastheadAndSignatureStamp() {
        String page1 = """
                E
                ΕΦΗΜΕΡΙ∆Α

                Signature Not
                Verified
                Digitally signed by
                VARVARA ZACHARAKI
                Date: 2018.04.30 17:16:14
                EEST
                Reason: Signed PDF
                (embedded)
                Location: Athens, Ethniko
                Typografio

                ΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ
                ΤΗΣ ΕΛΛΗΝΙΚΗΣ ∆ΗΜΟΚΡΑΤΙΑΣ
                30 Απριλίου 2018

                ΤΕΥΧΟΣ ΠΡΩΤΟ

                ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534
                Ο ΠΡΟΕΔΡΟΣ
                ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ
                Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:
                στην ελληνική γλώσσα, έχει ως εξής:

                Αρ. Φύλλου 77

                7737

                """;
        String page2 = "7738\n\nΕΦΗΜΕΡΙ∆Α TΗΣ ΚΥΒΕΡΝΗΣΕΩΣ\n\nΤεύχος Α’ 77/30.04.2018\n\n"
                + "ARRANGEMENT BETWEEN THE COMPETENT AUTHORITY OF THE HELLENIC REPUBLIC AND\n";
        String page3 = "Τεύχος Α’ 77/30.04.2018\n\nΕΦΗΜΕΡΙ∆Α TΗΣ ΚΥΒΕΡΝΗΣΕΩΣ\n\n7739\n\n"
                + "the term “multinational enterprise group” or “MNE Group” means any Group that (i)\n";
        assertEquals(List.of("ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534", "Ο ΠΡΟΕΔΡΟΣ", "ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ",
                "Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:", "στην ελληνική γλώσσα, έχει ως εξής:",
                "ARRANGEMENT BETWEEN THE COMPETENT AUTHORITY OF THE HELLENIC REPUBLIC AND"),
                text(remove(split(page1 + "\f" + page2 + "\f" + page3 + "\f"), "el")).subList(0, 6));
    }

    /**
     * ΦΕΚ Α 63/2018, first page: the page's folio ("7615") printed inside the masthead, between its
     * name's lines, where pdftotext puts it by its baseline; the sheet number ("Αρ. Φύλλου 63") in the
     * middle of the first column's text.
     */
    @Test
    void gazetteMastheadWithItsFolioBetweenTheNamesLines() {
        String page1 = """
                E
                ΕΦΗΜΕΡΙ∆Α

                Signature Not
                Verified
                Digitally signed by
                VARVARA ZACHARAKI
                Date: 2018.04.05 19:56:20
                EEST
                Reason: Signed PDF
                (embedded)
                Location: Athens, Ethniko
                Typografio

                7615

                ΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ
                ΤΗΣ ΕΛΛΗΝΙΚΗΣ ∆ΗΜΟΚΡΑΤΙΑΣ
                5 Απριλίου 2018

                ΤΕΥΧΟΣ ΠΡΩΤΟ

                NOMOΣ ΥΠ’ ΑΡΙΘΜ. 4532
                Άρθρο 2
                άρθρου 1 του π.δ. 1/1990 (Α΄ 1), που προστέθηκε με την

                Αρ. Φύλλου 63

                παρ. 3 του άρθρου 1 του π.δ. 40/2017 (Α΄ 34), καταργείται
                """;
        String page2 = "7616\n\nΕΦΗΜΕΡΙ∆Α TΗΣ ΚΥΒΕΡΝΗΣΕΩΣ\n\nΤεύχος Α’ 63/05.04.2018\n\nκαι η υποπερίπτωση γ΄ αναριθμείται.\n";
        String page3 = "Τεύχος Α’ 63/05.04.2018\n\nΕΦΗΜΕΡΙ∆Α TΗΣ ΚΥΒΕΡΝΗΣΕΩΣ\n\n7617\n\nΆρθρο 3\n";
        assertEquals(List.of("NOMOΣ ΥΠ’ ΑΡΙΘΜ. 4532", "Άρθρο 2", "άρθρου 1 του π.δ. 1/1990 (Α΄ 1), που προστέθηκε με την",
                "παρ. 3 του άρθρου 1 του π.δ. 40/2017 (Α΄ 34), καταργείται", "και η υποπερίπτωση γ΄ αναριθμείται.", "Άρθρο 3"),
                text(remove(split(page1 + "\f" + page2 + "\f" + page3 + "\f"), "el")));
    }

    /** The same masthead as the PDF's own text gives it: at the foot of page 1, parts on one line. */
    @Test
    void gazetteMastheadWithItsPartsOnOneLine() {
        String page1 = "στην ελληνική γλώσσα, έχει ως εξής: \n\nΕΦΗΜΕΡΙ∆Α\nΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ\nΤΗΣ ΕΛΛΗΝΙΚΗΣ ∆ΗΜΟΚΡΑΤΙΑΣ\n\nE\n\n"
                + "30 Απριλίου 2018 ΤΕΥΧΟΣ ΠΡΩΤΟ Αρ. Φύλλου 77\n\n7737\n";
        assertEquals(List.of("στην ελληνική γλώσσα, έχει ως εξής:"), text(remove(List.of(new Page(1, List.of(page1.split("\n")))), "el")));
    }

    /** ΦΕΚ Α 77/2018, last page: the National Printing Office's services and e-mail contacts, with the barcode. */
    @Test
    void printersBackPageOfTheGazetteGoesWhole() {
        String law = "Ο επί της Δικαιοσύνης Υπουργός\nΣΤΑΥΡΟΣ ΚΟΝΤΟΝΗΣ\n";
        String back = """
                Την ευθύνη για την εκτύπωση, διαχείριση και κυκλοφορία των φύλλων της Εφημερίδας
                της Κυβερνήσεως, (ΦΕΚ) στην έντυπη και ηλεκτρονική έκδοση, έχει το Εθνικό Tυπογραφείο
                ΥΠΗΡΕΣΙΕΣ ΠΟΥ ΠΑΡΕΧΕΙ ΤΟ ΕΘΝΙΚΟ ΤΥΠΟΓΡΑΦΕΙΟ
                ΤΗΛΕΦΩΝΙΚΟ ΚΕΝΤΡΟ: 210 5279000 - fax: 210 5279054
                της ιστοσελίδας: helpdesk.et@et.gr
                webmaster.et@et.gr

                *01000773004180016*
                """;
        assertEquals(List.of("Ο επί της Δικαιοσύνης Υπουργός", "ΣΤΑΥΡΟΣ ΚΟΝΤΟΝΗΣ"), text(remove(split(law + "\f" + back + "\f"), "el")));
        String noBarcode = back.replace("*01000773004180016*", "");
        assertEquals(8, text(remove(split(law + "\f" + noBarcode + "\f"), "el")).size(), "without the issue's barcode the page stays");
    }

    /** Dz.U. 2015 poz. 2058 as pdftotext gives it: stamp, header of three lines, watermark fragments, a dashed page number displaced. */
    @Test
    void polishJournalStampHeaderWatermarkAndDashedPageNumber() {
        String page1 = "Dokument podpisany\nprzez Marek Głuch\nData: 2015.12.07\n16:57:35 CET\n\nl.g\nov\n.pl\n\n"
                + "DZIENNIK USTAW\nRZECZYPOSPOLITEJ POLSKIEJ\nWarszawa, dnia 7 grudnia 2015 r.\nPoz. 2058\n\n"
                + "1. Na podstawie art. 16 ust. 1 zdanie pierwsze ustawy z dnia 20 lipca 2000 r. o ogłaszaniu aktów normatywnych\n"
                + "poz. 1240)\nw.\nrc\noraz zmian wynikających z przepisów ogłoszonych przed dniem 18 listopada 2015 r.\n\n„Art. 90. Ustawa wchodzi w życie po upływie 14 dni od dnia ogłoszenia.”.\n\nww\n\n2)\n\nMarszałek Sejmu: M. Kuchciński\n";
        String page2 = "Dziennik Ustaw\n\n–2–\n\nPoz. 2058\n\nl.g\nov\n.pl\n\nZałącznik do obwieszczenia Marszałka Sejmu Rzeczypospolitej\n"
                + "1)\n\nw.\nrc\n\n1)\n\nArt. 3. 1. Prawo do informacji publicznej obejmuje uprawnienia do:\n\nww\n\n"
                + "uzyskania informacji publicznej, w tym uzyskania informacji przetworzonej w takim zakresie, w jakim jest to szczególnie istotne dla interesu publicznego;\n";
        String page3 = "Dziennik Ustaw\n\n–3–\n\nPoz. 2058\n\nl.g\nov\n.pl\n\n"
                + "2. Prawo do informacji publicznej obejmuje uprawnienie do niezwłocznego uzyskania informacji publicznej zawierającej aktualną wiedzę o sprawach publicznych.\n"
                + "1a. (utracił moc)5)\nw.\nrc\n2. Prawo do informacji publicznej podlega ograniczeniu ze względu na prywatność osoby fizycznej lub tajemnicę\n"
                + "zamierzeniach działań władzy ustawodawczej oraz wykonawczej,\n\nww\n\na)\n";
        String page4 = "Dziennik Ustaw\n\nPoz. 2058\n\npodmiotach, o których mowa w art. 4 ust. 1, w tym o:\na)\n\nstatusie prawnym lub formie prawnej,\n\n"
                + "b) organizacji,\nc)\n\nl.g\nov\n.pl\n\n2)\n\n–4–\n\nprzedmiocie działalności i kompetencjach,\n"
                + "treść i postać dokumentów urzędowych, w szczególności:\nw.\nrc\n– treść aktów administracyjnych i innych rozstrzygnięć,\n"
                + "prawnych samorządu terytorialnego, a także kas chorych8),\n\nww\n\nc)\n\n3)\ne)\n"
                + "strukturze własnościowej podmiotów, o których mowa w art. 4 ust. 1 pkt 3–5,\n";
        FurnitureRemover.Result r = remove(split(page1 + "\f" + page2 + "\f" + page3 + "\f" + page4 + "\f"), "pl");
        List<String> kept = text(r);
        for (String gone : List.of("Dokument podpisany", "przez Marek Głuch", "Data: 2015.12.07", "16:57:35 CET", "l.g", "ov", ".pl",
                "w.", "rc", "ww", "–2–", "–3–", "–4–", "Dziennik Ustaw")) {
            assertFalse(kept.contains(gone), gone + " in " + kept);
        }
        for (String stays : List.of("DZIENNIK USTAW", "a)", "c)", "2)", "e)", "Marszałek Sejmu: M. Kuchciński",
                "strukturze własnościowej podmiotów, o których mowa w art. 4 ust. 1 pkt 3–5,")) {
            assertTrue(kept.contains(stays), stays + " not in " + kept);
        }
    }

    @Test
    void anActsCoverMastheadMovesToTheTopOfItsPageWhereTheJournalPrintsIt() {
        // Commission Delegated Regulation (EU) 2025/301 read by PDFBox in content order: the cover
        // masthead comes after recital (5), before the notes; it is printed at the top of page 1.
        Page p1 = new Page(1, List.of(
                "COMMISSION DELEGATED REGULATION (EU) 2025/301 ",
                "of 23 October 2024",
                "(5) Taking into account the criteria set out in Article 20, first paragraph, point (a), of Regulation (EU) 2022/2554, the",
                "should take into account weekends and bank holidays.",
                "Official Journal ",
                "of the European Union ",
                "EN ",
                "L series ",
                "2025/301 20.2.2025",
                "(1) OJ L 333, 27.12.2022, p. 1, ELI: http://data.europa.eu/eli/reg/2022/2554/oj."));
        Page p2 = new Page(2, List.of("(6) Since significant cyber threats are to be notified on a voluntary basis."));
        List<Page> out = remover.coverFirst(List.of(p1, p2),
                FurnitureWords.of(PROFILES.forLanguage("en"), PROFILES.forLanguage("en")));
        List<String> lines = out.get(0).lines().stream().filter(l -> !l.isBlank()).map(String::strip).toList();
        assertEquals(List.of("Official Journal", "of the European Union", "EN", "L series", "2025/301 20.2.2025",
                "COMMISSION DELEGATED REGULATION (EU) 2025/301", "of 23 October 2024"), lines.subList(0, 7));
        assertEquals(p1.lines().size() + 2, out.get(0).lines().size()); // nothing lost: two blank lines more
        assertEquals(p2, out.get(1));
    }
}
