package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * pdftotext -layout's two-column pages: the Greek Government Gazette's law 4534/2018 (ΦΕΚ Α' 77),
 * page 10, where the columns' baselines alternate and then run side by side, and where the right
 * column sets a section heading ("ΤΜΗΜΑ 4") after a gap of its own.
 */
class LayoutColumnsTest {
    private static final List<String> FEK_77_PAGE_10 = List.of(
            "                                                          ισχύ, και η Αρμόδια Αρχή συμφωνεί να έχει την υποχρέ-",
            "Συναλλαγών και Υποβολή Εκθέσεων ανά Χώρα, η οποία",
            "                                                          ωση να ανταλλάξει τις ΕαΧ μέχρι την εκπνοή των χρο-",
            "συντάσσεται βάσει της Δράσης 13 του Σχεδίου Δράσης",
            "                                                          νικών ορίων που τίθενται στην παρούσα παράγραφο ή",
            "του ΟΟΣΑ και των χωρών της ομάδας G20 για την αντι-",
            "                                                          τρεις μήνες αφότου η παρούσα Συμφωνία τεθεί σε ισχύ,",
            "μετώπιση της Διάβρωσης της Φορολογικής Βάσης και          ανάλογα με το ποια ημερομηνία είναι μεταγενέστερη.",
            "της Μεταφοράς Κερδών.                                       3. Οι Αρμόδιες Αρχές συμφωνούν να ανταλλάσσουν",
            "  2. Οι όροι «Ελληνική Δημοκρατία», «Ηνωμένες Πολιτεί-    αυτόματα τις ΕαΧ μέσω ενός κοινού σχήματος σε Επε-",
            "ες», «Αρμόδια Αρχή» και «Συμβαλλόμενο Κράτος» έχουν       κτάσιμη Γλώσσα Σήμανσης (ΧΜL).",
            "την έννοια που έχουν στη Σύμβαση.                           4. Οι Αρμόδιες Αρχές συμφωνούν να εργάζονται προς",
            "  3. Για την εφαρμογή της παρούσας Συμφωνίας ανά          την κατεύθυνση και να αποφασίσουν για μία ή περισσό-",
            "πάσα στιγμή από μια Αρμόδια Αρχή, οποιοσδήποτε όρος       τερες μεθόδους ηλεκτρονικής διαβίβασης δεδομένων,",
            "που δεν ορίζεται διαφορετικά στην παρούσα Συμφωνία        συμπεριλαμβανομένων των προτύπων κρυπτογράφη-",
            "έχει, εκτός εάν απαιτείται διαφορετικά από τα συμφραζό-   σης.",
            "μενα ή εάν οι Αρμόδιες Αρχές συμφωνούν σε μια κοινή",
            "έννοια (όπως επιτρέπεται από το εθνικό δίκαιο), την έν-         ΤΜΗΜΑ 4",
            "νοια που του αποδίδεται εκείνη τη χρονική στιγμή, σύμ-          Συνεργασία για τη Διαβίβαση και Σφάλματα",
            "φωνα με τη νομοθεσία του Συμβαλλόμενου Κράτους που          1. Κάθε Αρμόδια Αρχή συμφωνεί να ειδοποιεί την");

    @Test
    void theColumnsAreReadOneAfterTheOther() {
        LayoutColumns.Result r = LayoutColumns.apply(List.of(new Page(10, FEK_77_PAGE_10)));
        assertEquals(List.of(10), r.split());
        assertEquals(List.of(
                "Συναλλαγών και Υποβολή Εκθέσεων ανά Χώρα, η οποία",
                "συντάσσεται βάσει της Δράσης 13 του Σχεδίου Δράσης",
                "του ΟΟΣΑ και των χωρών της ομάδας G20 για την αντι-",
                "μετώπιση της Διάβρωσης της Φορολογικής Βάσης και",
                "της Μεταφοράς Κερδών.",
                "  2. Οι όροι «Ελληνική Δημοκρατία», «Ηνωμένες Πολιτεί-",
                "ες», «Αρμόδια Αρχή» και «Συμβαλλόμενο Κράτος» έχουν",
                "την έννοια που έχουν στη Σύμβαση.",
                "  3. Για την εφαρμογή της παρούσας Συμφωνίας ανά",
                "πάσα στιγμή από μια Αρμόδια Αρχή, οποιοσδήποτε όρος",
                "που δεν ορίζεται διαφορετικά στην παρούσα Συμφωνία",
                "έχει, εκτός εάν απαιτείται διαφορετικά από τα συμφραζό-",
                "μενα ή εάν οι Αρμόδιες Αρχές συμφωνούν σε μια κοινή",
                "έννοια (όπως επιτρέπεται από το εθνικό δίκαιο), την έν-",
                "νοια που του αποδίδεται εκείνη τη χρονική στιγμή, σύμ-",
                "φωνα με τη νομοθεσία του Συμβαλλόμενου Κράτους που",
                "ισχύ, και η Αρμόδια Αρχή συμφωνεί να έχει την υποχρέ-",
                "ωση να ανταλλάξει τις ΕαΧ μέχρι την εκπνοή των χρο-",
                "νικών ορίων που τίθενται στην παρούσα παράγραφο ή",
                "τρεις μήνες αφότου η παρούσα Συμφωνία τεθεί σε ισχύ,",
                "ανάλογα με το ποια ημερομηνία είναι μεταγενέστερη.",
                "  3. Οι Αρμόδιες Αρχές συμφωνούν να ανταλλάσσουν",
                "αυτόματα τις ΕαΧ μέσω ενός κοινού σχήματος σε Επε-",
                "κτάσιμη Γλώσσα Σήμανσης (ΧΜL).",
                "  4. Οι Αρμόδιες Αρχές συμφωνούν να εργάζονται προς",
                "την κατεύθυνση και να αποφασίσουν για μία ή περισσό-",
                "τερες μεθόδους ηλεκτρονικής διαβίβασης δεδομένων,",
                "συμπεριλαμβανομένων των προτύπων κρυπτογράφη-",
                "σης.",
                "",
                "      ΤΜΗΜΑ 4",
                "      Συνεργασία για τη Διαβίβαση και Σφάλματα",
                "  1. Κάθε Αρμόδια Αρχή συμφωνεί να ειδοποιεί την"), r.pages().get(0).lines());
    }

    /** The English page of the same law: one column, its labels set off by spaces; no gutter. */
    private static final List<String> ONE_COLUMN = List.of(
            "require the Reporting Entity of an MNE Group to annually file a CbC Report;",
            "",
            "     Whereas the CbC Report is one element of a standardized approach to transfer pricing",
            "documentation which is intended to provide tax administrations with relevant and reliable",
            "information to perform an efficient and robust transfer pricing risk assessment analysis;",
            "",
            "     Whereas Article 18 (Exchange of Information) of the Convention Between the Kingdom of Greece",
            "and the United States of America for the Avoidance of Double Taxation and the Prevention of Fiscal",
            "Evasion with Respect to Taxes on Income, done at Athens on February 20, 1950 (the “Convention”),",
            "authorizes the exchange of information for tax purposes, including the automatic exchange of",
            "information;",
            "",
            "     Whereas the Competent Authority of the Hellenic Republic and the Competent Authority of the",
            "United States of America (the “Competent Authorities”) recognize that each jurisdiction has in place",
            "the appropriate safeguards with respect to confidentiality and use of information exchanged and the",
            "infrastructure for an effective exchange relationship;",
            "",
            "     Whereas the Competent Authorities desire to conclude this Arrangement on exchange of CbC",
            "Reports based on domestic reporting and reciprocal automatic exchange pursuant to the Convention",
            "and subject to the confidentiality and other protections provided for in the Convention, including the",
            "provisions limiting the use of the information exchanged under the Convention;",
            "",
            "       Now, therefore, the Competent Authorities declare their intent as follows:",
            "",
            "                                                SECTION 1",
            "                                                Definitions",
            "",
            "1.     For the purposes of this Arrangement, the following terms have the following meanings:",
            "",
            "       a)   the term “Group” means a collection of enterprises related through ownership or control",
            "            such that it is either required to prepare consolidated financial statements for financial");

    @Test
    void aPageOfOneColumnIsUnchanged() {
        Page page = new Page(3, ONE_COLUMN);
        LayoutColumns.Result r = LayoutColumns.apply(List.of(page));
        assertEquals(List.of(), r.split());
        assertSame(page, r.pages().get(0));
    }

    /**
     * The Danish AI strategy (2019), page 13: boxes of two columns one under the other, parted by
     * blank rows; each box is read left then right.
     */
    @Test
    void boxesOfTwoColumnsAreReadBoxByBox() {
        List<String> rows = List.of(
                " For the individual",
                "",
                "• More individualised treatment of the            • Better service for citizens and case",
                "  sick, e.g. through identification of citizens     support in public administration, e.g.",
                "  with heart attack by using advanced voice         at Udbetaling Danmark (the Danish",
                "  recognition for emergency calls                   authority for payments of benefits etc.).",
                "",
                "• Better search for information and route         • Better digital customer experiences, e.g.",
                "  planning.                                         help to check prices or to pay bills.",
                "",
                "",
                " For businesses",
                "",
                "• Less time wasted by transport and               • Development of intelligent conveyor",
                "  logistics firms because they can predict          belts to predict maintenance needs at",
                "  when consumers will buy products and              production companies.",
                "  thereby prepare the products for shipping",
                "  even before consumers order them.               • Development of new digital business",
                "                                                    models, e.g. within the sharing");
        LayoutColumns.Result r = LayoutColumns.apply(List.of(new Page(13, rows)));
        assertEquals(List.of(
                " For the individual",
                "",
                "• More individualised treatment of the",
                "  sick, e.g. through identification of citizens",
                "  with heart attack by using advanced voice",
                "  recognition for emergency calls",
                "",
                "• Better search for information and route",
                "  planning.",
                "• Better service for citizens and case",
                "  support in public administration, e.g.",
                "  at Udbetaling Danmark (the Danish",
                "  authority for payments of benefits etc.).",
                "",
                "• Better digital customer experiences, e.g.",
                "  help to check prices or to pay bills.",
                "",
                " For businesses",
                "",
                "• Less time wasted by transport and",
                "  logistics firms because they can predict",
                "  when consumers will buy products and",
                "  thereby prepare the products for shipping",
                "  even before consumers order them.",
                "• Development of intelligent conveyor",
                "  belts to predict maintenance needs at",
                "  production companies.",
                "",
                "• Development of new digital business",
                "  models, e.g. within the sharing"), r.pages().get(0).lines());
    }
}
