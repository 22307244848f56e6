package org.polypress.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polypress.TestTexts;
import org.polypress.profile.Profiles;
import org.w3c.dom.Document;

/**
 * Every language's profile proven on real text: the opening of one EU act per official language, as
 * EUR-Lex publishes it (title to last recital; the page of each, and what it states, in
 * {@code src/test/resources/dev-lang/PROVENANCE.md}). Each must come out as an act in its language,
 * with the number and date the title states and every citation and recital the page prints. The
 * number is the act's ("2012/2" of Decision 2012/2/UE: the series after it is not part of it).
 * Croatian's date line, "оd 1. travnja 2022.", is written with a Cyrillic "о" on EUR-Lex's page and
 * ends with the year's ordinal dot.
 */
class LanguageOpeningsTest {
    private static final Profiles PROFILES = new Profiles();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "bg_eurlex-32015D2310, 2015/2310, 2015-12-10, 2, 2",
            "cs_eurlex-32018D1993, 2018/1993, 2018-12-11, 2, 3",
            "da_eurlex-32024R1485, 2024/1485, 2024-05-27, 3, 2",
            "de_eurlex-32016D2025, 2016/2025, 2016-11-08, 2, 4",
            "el_eurlex-32005E0099, 2005/99, 2005-02-02, 1, 3",
            "en_eurlex-32015R1165, 2015/1165, 2015-07-15, 2, 2",
            "es_eurlex-32007R0561, 561/2007, 2007-05-24, 2, 2",
            "et_eurlex-32015R0283, 2015/283, 2015-02-20, 3, 2",
            "fi_eurlex-32022R0879, 2022/879, 2022-06-03, 3, 3",
            "fr_eurlex-32012D0002, 2012/2, 2011-12-19, 2, 2",
            "ga_eurlex-32013D0272, 2013/272, 2013-05-22, 1, 3",
            "hu_eurlex-32011R1382, 1382/2011, 2011-12-22, 3, 1",
            "hr_eurlex-32022R0892, 2022/892, 2022-04-01, 2, 3",
            "it_eurlex-32015R1724, 2015/1724, 2015-09-23, 2, 2",
            "lt_eurlex-32015R1527, 2015/1527, 2015-09-11, 2, 3",
            "lv_eurlex-22024D1464, 326/2023, 2023-12-08, 1, 2",
            "mt_eurlex-32005D0805, 2005/805, 2005-11-21, 1, 2",
            "nl_eurlex-32014D0491, 2014/491, 2014-07-22, 2, 5",
            "pl_eurlex-32015D2310, 2015/2310, 2015-12-10, 2, 4",
            "pt_eurlex-32023D2650, 2023/2650, 2023-11-20, 3, 3",
            "ro_eurlex-32015D2310, 2015/2310, 2015-12-10, 2, 4",
            "sk_eurlex-32017R2328, 2017/2328, 2017-12-14, 2, 4",
            "sl_eurlex-32015R1840, 2015/1840, 2015-10-07, 2, 3",
            "sv_eurlex-32014D0491, 2014/491, 2014-07-22, 2, 5"
    })
    void theOpeningOfAnActInEveryLanguage(String name, String number, String date, int citations, int recitals)
            throws Exception {
        String lang = name.substring(0, 2);
        Document d = AknWriterTest.parse(AknWriterTest.akn(TestTexts.read("dev-lang/" + name + ".txt"), lang, name));
        assertEquals("act", d.getDocumentElement().getFirstChild().getLocalName(), name + ": an act");
        assertEquals(PROFILES.forLanguage(lang).iso6392b(),
                AknWriterTest.elements(d, "FRBRlanguage").get(0).getAttribute("language"), name + ": language");
        assertEquals(List.of(number), AknWriterTest.elements(d, "FRBRnumber").stream()
                .map(e -> e.getAttribute("value")).distinct().toList(), name + ": number");
        assertEquals(date, AknWriterTest.elements(d, "FRBRdate").get(0).getAttribute("date"), name + ": date");
        assertEquals(citations, AknWriterTest.elements(d, "citation").size(), name + ": citations");
        assertEquals(recitals, AknWriterTest.elements(d, "recital").size(), name + ": recitals");
    }
}
