package org.polypress.structure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.polypress.clean.Cleaner;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;

/** Cleaning and structure of a text snippet in a language, with a fixed clock. */
final class StructureFixtures {
    private static final Profiles PROFILES = new Profiles();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);

    /**
     * The first lines of Dz.U. 2015 poz. 2058 as pdftotext gives them: the gazette's masthead, then
     * the announcement's letter-spaced name, issuer, date and subject, and a blank line.
     */
    static final String DZU_2058_OPENING = String.join("\n",
            "DZIENNIK USTAW",
            "RZECZYPOSPOLITEJ POLSKIEJ",
            "Warszawa, dnia 7 grudnia 2015 r.",
            "Poz. 2058",
            "",
            "O B W IE S ZC ZE N I E",
            "",
            "M ARS ZA ŁK A S EJ M U R ZE C ZY P O S P O LI T EJ P O L SK I EJ",
            "z dnia 19 listopada 2015 r.",
            "",
            "w sprawie ogłoszenia jednolitego tekstu ustawy o dostępie do informacji publicznej",
            "") + "\n";

    /**
     * The head of that announcement's annex as pdftotext gives it, on a page of its own: what it is
     * annexed to over two lines, then the consolidated law's letter-spaced name, date and subject.
     */
    static final String DZU_2058_ANNEX_HEAD = String.join("\n",
            "\fZałącznik do obwieszczenia Marszałka Sejmu Rzeczypospolitej",
            "Polskiej z dnia 19 listopada 2015 r. (poz. 2058)",
            "",
            "US T AW A",
            "",
            "z dnia 6 września 2001 r.",
            "",
            "o dostępie do informacji publicznej") + "\n";

    private StructureFixtures() {
    }

    static DocumentTree tree(String lang, String text) {
        LanguageProfile p = PROFILES.forLanguage(lang);
        return new StructureBuilder(CLOCK).build(new Cleaner().clean(text, p), p);
    }
}
