package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.polypress.akn.AknWriter;

/**
 * Subparagraphs (the EU's Joint Practical Guide, guideline 15; national gazettes alike): an article's
 * paragraphs are numbered and its subparagraphs are not, so unnumbered text after paragraph 1 is
 * paragraph 1's, up to paragraph 2; after the paragraph's points it is its wrap-up. And pdftotext's
 * default output on the Official Journal's layout, which can set a paragraph's number after the
 * paragraph's first line. Golden fixtures: real text and the exact article it must give.
 */
class SubparagraphsTest {

    private static final String OJ_OPENING = String.join("\n",
            "COMMISSION DELEGATED REGULATION (EU) 2024/1772",
            "of 13 March 2024",
            "supplementing Regulation (EU) 2022/2554 of the European Parliament and of the Council",
            "",
            "THE EUROPEAN COMMISSION,",
            "",
            "Having regard to the Treaty on the Functioning of the European Union,",
            "",
            "HAS ADOPTED THIS REGULATION:",
            "");

    /** Commission Delegated Regulation (EU) 2024/1772, Article 3, as pdftotext gives it: "2." after its first line. */
    static final String OJ_ARTICLE_3 = String.join("\n",
            "Article 3",
            "Duration and service downtime",
            "1.",
            "Financial entities shall measure the duration of an incident as referred to in Article 18(1), point (b), of Regulation",
            "(EU) 2022/2554, from the moment the incident occurs until the moment when it is resolved.",
            "Where financial entities are unable to determine the moment when the incident occurred, they shall measure the duration",
            "of the incident from the moment it was detected. Where financial entities become aware that the incident occurred prior",
            "to its detection, they shall measure the duration from the moment the incident is recorded in network or system logs or",
            "other data sources.",
            "Where financial entities do not yet know when the incident will be resolved or are unable to verify records in logs or other",
            "data sources, they shall apply estimates.",
            "Financial entities shall measure the service downtime of an incident as referred to in Article 18(1), point (b), of",
            "2.",
            "Regulation (EU) 2022/2554, from the moment the service is fully or partially unavailable to clients, financial counterparts",
            "or other internal or external users to the moment when regular activities or operations have been restored to the level of",
            "service that was provided prior to the incident. Where the service downtime causes a delay in the provision of service after",
            "regular activities or operations have been restored, the downtime shall be measured from the start of the incident to the",
            "moment when that delayed service is fully provided.",
            "Where financial entities are unable to determine the moment when the service downtime started, they shall measure the",
            "service downtime from the moment it was detected.",
            "");

    /** The same regulation, Article 8(2): its number after the first line, its rest in lower case, points, then two subparagraphs. */
    static final String OJ_ARTICLE_8 = String.join("\n",
            "Article 8",
            "Major incidents",
            "1.",
            "An incident shall be considered a major incident for the purposes of Article 19(1) of Regulation (EU) 2022/2554",
            "where it has affected critical services as referred to in Article 6.",
            "",
            "Recurring incidents that individually are not considered a major incident in accordance with paragraph 1 shall be",
            "2.",
            "considered as one major incident where they meet all of the following conditions:",
            "(a)",
            "",
            "they have occurred at least twice within 6 months;",
            "",
            "(b)",
            "",
            "they collectively fulfil the criteria for being considered a major incident set out in paragraph 1.",
            "",
            "Financial entities shall assess the existence of recurring incidents on a monthly basis.",
            "This paragraph does not apply to microenterprises and to financial entities listed in Article 16(1) of Regulation",
            "(EU) 2022/2554.",
            "",
            "Article 9",
            "Entry into force",
            "This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of",
            "the European Union.",
            "");

    private static String akn(String lang, String text) throws Exception {
        return new AknWriter().write(StructureFixtures.tree(lang, text), "t", LocalDate.of(2026, 1, 2));
    }

    private static String article(String xml, String eid) {
        Matcher m = Pattern.compile("<article eId=\"" + eid + "\">.*?</article>", Pattern.DOTALL).matcher(xml);
        assertTrue(m.find(), xml);
        return m.group();
    }

    @Test
    void anOfficialJournalArticleKeepsItsParagraphsWithTheirSubparagraphs() throws Exception {
        assertEquals(String.join("\n",
                "<article eId=\"art_3\"><num>Article 3</num><heading>Duration and service downtime</heading>",
                "<paragraph eId=\"art_3__para_1\"><num>1.</num><content><p>Financial entities shall measure the duration of an"
                        + " incident as referred to in Article 18(1), point (b), of Regulation (EU) 2022/2554, from the moment the"
                        + " incident occurs until the moment when it is resolved.</p><p>Where financial entities are unable to"
                        + " determine the moment when the incident occurred, they shall measure the duration of the incident from"
                        + " the moment it was detected. Where financial entities become aware that the incident occurred prior to"
                        + " its detection, they shall measure the duration from the moment the incident is recorded in network or"
                        + " system logs or other data sources.</p><p>Where financial entities do not yet know when the incident"
                        + " will be resolved or are unable to verify records in logs or other data sources, they shall apply"
                        + " estimates.</p></content></paragraph>",
                "<paragraph eId=\"art_3__para_2\"><num>2.</num><content><p>Financial entities shall measure the service downtime"
                        + " of an incident as referred to in Article 18(1), point (b), of Regulation (EU) 2022/2554, from the moment"
                        + " the service is fully or partially unavailable to clients, financial counterparts or other internal or"
                        + " external users to the moment when regular activities or operations have been restored to the level of"
                        + " service that was provided prior to the incident. Where the service downtime causes a delay in the"
                        + " provision of service after regular activities or operations have been restored, the downtime shall be"
                        + " measured from the start of the incident to the moment when that delayed service is fully provided.</p>"
                        + "<p>Where financial entities are unable to determine the moment when the service downtime started, they"
                        + " shall measure the service downtime from the moment it was detected.</p></content></paragraph></article>"),
                article(akn("en", OJ_OPENING + OJ_ARTICLE_3), "art_3"));
    }

    @Test
    void aLabelAfterItsFirstLineWithTheRestInLowerCaseAndAWrapUpAfterThePoints() throws Exception {
        assertEquals(String.join("\n",
                "<article eId=\"art_8\"><num>Article 8</num><heading>Major incidents</heading>",
                "<paragraph eId=\"art_8__para_1\"><num>1.</num><content><p>An incident shall be considered a major incident for"
                        + " the purposes of Article 19(1) of Regulation (EU) 2022/2554 where it has affected critical services as"
                        + " referred to in Article 6.</p></content></paragraph>",
                "<paragraph eId=\"art_8__para_2\"><num>2.</num><intro><p>Recurring incidents that individually are not considered"
                        + " a major incident in accordance with paragraph 1 shall be considered as one major incident where they"
                        + " meet all of the following conditions:</p></intro>",
                "<point eId=\"art_8__para_2__point_a\"><num>(a)</num><content><p>they have occurred at least twice within 6"
                        + " months;</p></content></point>",
                "<point eId=\"art_8__para_2__point_b\"><num>(b)</num><content><p>they collectively fulfil the criteria for being"
                        + " considered a major incident set out in paragraph 1.</p></content></point><wrapUp><p>Financial entities"
                        + " shall assess the existence of recurring incidents on a monthly basis.</p><p>This paragraph does not"
                        + " apply to microenterprises and to financial entities listed in Article 16(1) of Regulation (EU)"
                        + " 2022/2554.</p></wrapUp></paragraph></article>"),
                article(akn("en", OJ_OPENING + OJ_ARTICLE_8), "art_8"));
    }

    /** A label after a heading, or after a clause's end, labels the text after it, as printed. */
    @Test
    void aLabelAfterAHeadingOrAFinishedSentenceStaysWithTheTextAfterIt() throws Exception {
        String xml = akn("en", OJ_OPENING + String.join("\n",
                "Article 2",
                "Reputational impact",
                "1.",
                "For the purposes of determining the reputational impact of the incident, financial entities shall take into account",
                "whether the incident has been reflected in the media.",
                "When assessing the reputational impact of the incident, financial entities shall take into account the level of",
                "visibility that the incident has gained or is likely to gain in relation to each criterion listed in paragraph 1:",
                "2.",
                "Financial entities shall measure the reputational impact from the moment the incident is reported.",
                ""));
        String art = article(xml, "art_2");
        assertTrue(art.contains("<paragraph eId=\"art_2__para_2\"><num>2.</num><content><p>Financial entities shall measure the"
                + " reputational impact from the moment the incident is reported.</p></content></paragraph>"), art);
        assertTrue(art.contains("<p>When assessing the reputational impact of the incident, financial entities shall take into"
                + " account the level of visibility that the incident has gained or is likely to gain in relation to each"
                + " criterion listed in paragraph 1:</p></content></paragraph>"), "paragraph 1's subparagraph: " + art);
    }

    /**
     * Bundesdatenschutzgesetz, § 1 (BGBl. I 2017, 2097): "(1)" numbers the Absätze, "1." the Nummern
     * of one Absatz and "a)" the Buchstaben of one Nummer; the article's first paragraph sets the
     * paragraph style, so "1." after "(1) ... durch" is a point of paragraph (1), "a)" a point of
     * point 2 (the paragraph's first point sets the points' style), and "(2)" the next paragraph.
     */
    @Test
    void pointsNumberedInAnotherStyleThanTheArticlesParagraphsArePointsOfTheParagraph() throws Exception {
        String xml = akn("de", String.join("\n",
                "Gesetz zur Anpassung des Datenschutzrechts an die Verordnung (EU) 2016/679 und zur Umsetzung der Richtlinie (EU) 2016/680",
                "",
                "Der Bundestag hat mit Zustimmung des Bundesrates das folgende Gesetz beschlossen:",
                "",
                "§ 1",
                "Anwendungsbereich des Gesetzes",
                "(1) Dieses Gesetz gilt für die Verarbeitung personenbezogener Daten durch",
                "1. öffentliche Stellen des Bundes,",
                "2. öffentliche Stellen der Länder, soweit der Datenschutz nicht durch Landesgesetz geregelt ist und soweit sie",
                "a) Bundesrecht ausführen oder",
                "b) als Organe der Rechtspflege tätig werden und es sich nicht um Verwaltungsangelegenheiten handelt.",
                "(2) Andere Rechtsvorschriften des Bundes über den Datenschutz gehen den Vorschriften dieses Gesetzes vor.",
                ""));
        String art = article(xml, "art_1");
        assertEquals(java.util.List.of("art_1__para_1", "art_1__para_1__point_1", "art_1__para_1__point_2",
                "art_1__para_1__point_2__point_a", "art_1__para_1__point_2__point_b", "art_1__para_2"), eids(art));
    }

    private static java.util.List<String> eids(String xml) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("<(?:paragraph|point|item) eId=\"([^\"]+)\"").matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * Regulation (EU) 2024/1772, Article 10, as PDFBox reads its PDF: points (i) to (iii) under
     * point (b) and again under point (c), a list in an article without numbered paragraphs. Each
     * run of (i) .. (iii) is its point's, so no eId repeats.
     */
    static final String OJ_ARTICLE_10 = String.join("\n",
            "Article 10",
            "",
            "High materiality thresholds for determining significant cyber threats",
            "",
            "For the purposes of Article 18(2) of Regulation (EU) 2022/2554, a cyber threat shall be considered significant where all of ",
            "the following conditions are fulfilled:",
            "",
            "(a) the cyber threat, if materialised, could affect or could have affected critical or important functions of the financial ",
            "entity, or could affect other financial entities, third-party providers, clients or financial counterparts, based on ",
            "information available to the financial entity;",
            "",
            "(b) the cyber threat has a high probability of materialisation at the financial entity or at other financial entities, taking ",
            "into account at least the following elements:",
            "",
            "(i) applicable risks related to the cyber threat referred to in point (a), including potential vulnerabilities of the ",
            "systems of the financial entity that can be exploited;",
            "",
            "(ii) the capabilities and intent of threat actors to the extent known by the financial entity;",
            "",
            "(iii) the persistence of the threat and any accrued knowledge about incidents that have impacted the financial ",
            "entity or its third-party provider, clients or financial counterparts;",
            "",
            "(c) the cyber threat could, if materialised, meet any of the following:",
            "",
            "(i) the criterion regarding criticality of services set out in Article 18(1), point (e), of Regulation (EU) 2022/2554, ",
            "as specified in Article 6 of this Regulation;",
            "",
            "(ii) the materiality threshold set out in Article 9(1);",
            "",
            "(iii) the materiality threshold set out in Article 9(4).",
            "");

    @Test
    void romanPointsUnderALetteredPointAreItsPoints() throws Exception {
        String art = article(akn("en", OJ_OPENING + OJ_ARTICLE_10), "art_10");
        assertEquals(java.util.List.of("art_10__list_1__item_a", "art_10__list_1__item_b",
                "art_10__list_1__list_1__item_i", "art_10__list_1__list_1__item_ii", "art_10__list_1__list_1__item_iii",
                "art_10__list_1__item_c",
                "art_10__list_1__list_2__item_i", "art_10__list_1__list_2__item_ii", "art_10__list_1__list_2__item_iii"), eids(art));
        assertTrue(art.contains("<num>(b)</num><p>the cyber threat has a high probability of materialisation at the financial"
                + " entity or at other financial entities, taking into account at least the following elements:</p>"
                + "\n<blockList eId=\"art_10__list_1__list_1\">"), art);
    }

    /** Regulation (EU) 2025/301, Article 2 as pdftotext gives it: "(i)" after "(h)" is the letter i, the list's next point. */
    @Test
    void theLetterIAfterHIsTheNextPointNotARomanOne() throws Exception {
        String xml = akn("en", OJ_OPENING + String.join("\n",
            "Article 2",
            "Content of the intermediate report",
            "The intermediate report shall contain the following information:",
            "(h)",
            "",
            "information about whether the financial entity has activated a business continuity plan;",
            "",
            "(i)",
            "",
            "where applicable, information about the reclassification of the ICT-related incident from major to non-major;",
            "",
            "(j)",
            "",
            "where available, any other relevant information.",
            ""));
        assertEquals(java.util.List.of("art_2__list_1__item_h", "art_2__list_1__item_i", "art_2__list_1__item_j"),
                eids(article(xml, "art_2")));
    }
}
