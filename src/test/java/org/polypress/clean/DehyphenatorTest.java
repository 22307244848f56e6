package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DehyphenatorTest {
    private static final Set<String> NL = Set.of("en", "of", "tot");

    @Test
    void lineBreakHyphenJoinsByDefault() {
        Dehyphenator d = new Dehyphenator("", NL);
        assertEquals("voor cyberbeveiliging in de EU", d.join("voor cyber-", "beveiliging in de EU"));
        assertEquals(1, d.undecided().size());
        d.join("de cyber-", "beveiliging");
        assertEquals(java.util.List.of("cyber-beveiliging"), d.undecided(), "each undecided word once in the report");
    }

    @Test
    void suspendedCompoundKeepsHyphenAndSpace() {
        Dehyphenator d = new Dehyphenator("", NL);
        assertEquals("tot netwerk- en informatieveiligheid", d.join("tot netwerk-", "en informatieveiligheid"));
    }

    @Test
    void capitalOrAcronymKeepsTheHyphen() {
        Dehyphenator d = new Dehyphenator("", NL);
        assertEquals("de Noord-Atlantische Verdragsorganisatie", d.join("de Noord-", "Atlantische Verdragsorganisatie"));
        assertEquals("over EU-cyberveiligheid", d.join("over EU-", "cyberveiligheid"));
        assertEquals("en e-governance een", d.join("en e-", "governance een"));
    }

    @Test
    void documentVocabularyDecides() {
        String doc = "Wij steunen publiek-private samenwerking.\nDe publiek-private aanpak werkt.\n"
                + "Er is cyberbeveiliging nodig.\nMeer cyberbeveiliging.";
        Dehyphenator d = new Dehyphenator(doc, NL);
        assertEquals("aan publiek-private samenwerking", d.join("aan publiek-", "private samenwerking"));
        assertEquals("de cyberbeveiliging is", d.join("de cyber-", "beveiliging is"));
        assertEquals(0, d.undecided().size());
    }

    @Test
    void dashesAreNotHyphens() {
        Dehyphenator d = new Dehyphenator("", NL);
        assertEquals("recht – bereikte", d.join("recht –", "bereikte"));
        assertEquals("a b", d.join("a   ", "  b"));
    }
}
