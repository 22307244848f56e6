package org.polypress.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.clean.Block;
import org.polypress.clean.NoteRefs;
import org.polypress.profile.LanguageProfile;

/**
 * Says what a block is, from its shape and the language profile's words: annex and structure
 * words, numbered and unnumbered headings, numbered paragraphs, points, bullets, citations,
 * recitals, formulas, boxes, running text. Pure; one instance per language profile.
 */
public final class BlockClassifier {
    private static final Pattern HIER_NUM = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+\\.?)\\s+(\\S.*)$", Pattern.DOTALL);
    /** A heading number (arabic, dotted, or roman) with or without its dot, then a capital: the form headings take in display type. */
    private static final Pattern DISPLAY_NUM = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*|[IVXLC]{1,6})\\.?\\s+(\\p{Lu}.*)$", Pattern.DOTALL);
    /*
     * A unit's number may carry a letter: a unit inserted by an amendment between two others keeps
     * their numbering ("1a." in a Polish consolidated text, "4a)" a point, "(3a)" a recital of an EU
     * amending act), as the drafting manuals prescribe.
     */
    private static final Pattern NUM = Pattern.compile("^(\\d{1,3}[a-z]?)\\.\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern NUM_POINT = Pattern.compile("^(\\d{1,3}[a-z]?\\))\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern PAREN_NUM = Pattern.compile("^(\\(\\d{1,3}[a-z]?\\))\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern PAREN_ROMAN = Pattern.compile("^(\\([IVXLC]{1,6}\\))\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("^(\\p{Lu})[.)]\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile("^(\\(?(?:\\p{Ll}{1,2}|[ivxlc]{1,6})\\))\\s+(\\S.*)$", Pattern.DOTALL);
    /** "(I) EU PREVENTION OF ...", "(A) ...": a capital letter or roman number in parentheses. */
    private static final Pattern UPPER_POINT = Pattern.compile("^(\\((?:[A-Z]|[IVXLC]{1,6})\\))\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern BULLET = Pattern.compile("^([•▪◦*–—-]|o(?=\\s\\p{L}))\\s+(\\S.*)$", Pattern.DOTALL);
    /** The glyph-only bullets, without the letter "o" (Word's Courier-o sub-bullet). */
    private static final Pattern GLYPH_BULLET = Pattern.compile("^([•▪◦*–—-])\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern DASH = Pattern.compile("^([–—-])\\s*");
    private static final Pattern RUN_IN = Pattern.compile("^\\p{Lu}\\p{Ll}{2,}: \\S");
    /**
     * "Initiative 1.2: Establishment of the Data Ethics Council", "Box 3 – Key figures": a label word
     * and a number, then a colon or a dash, before a heading's title. The label word is the document's
     * own (initiatives, measures, boxes); the colon or dash is what sets the label off, so "Figure 3
     * shows" stays a sentence.
     */
    private static final Pattern LABELLED_NUM = Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+\\s+((?:\\d{1,2}(?:\\.\\d{1,2})*)|[IVXLC]{1,6})\\s*[:–—])\\s+(\\p{Lu}.*)$", Pattern.DOTALL);
    /** A heading runs over a few lines at most; a longer block in bold is an emphasised paragraph. */
    static final int DISPLAY_MAX_LINES = 4;

    /** A heading label holds a number: digits, a roman number, "§", or an ordinal word at its end. */
    private final Pattern hasNumber;
    private final Pattern annex;
    private final Pattern wordHeading;
    private final Pattern articleText;
    private final Pattern citation;
    private final Pattern recital;
    private final Pattern acting;
    private final Pattern enacting;
    private final Pattern recitalsIntro;
    /** "20. veebruar 2015", "1. travnja 2022.": a day and a month name, not a paragraph number. */
    private final Pattern datedLine;
    /** "December 27th, 2022", "27 décembre 2022", "MARCH 2019": a date and nothing more. */
    private final Pattern dateOnly;

    public BlockClassifier(LanguageProfile profile) {
        String number = profile.unitNumber();
        String ordinals = profile.unitNumber().replaceFirst("^\\(\\?:\\[IVXLC\\]\\+\\|\\\\d\\+\\[a-z\\]\\?\\|\\[A-Z\\]\\|?", "(?:");
        hasNumber = Pattern.compile("\\d|(?<![\\p{L}])[IVXLC]+(?![\\p{L}])|§"
                + (ordinals.equals("(?:)") ? "" : "|(?<![\\p{L}])" + ordinals + "$"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        annex = wordPattern(profile.get("annex"), number);
        String words = String.join("|", java.util.stream.Stream.of("part", "title", "chapter", "section", "article")
                .map(profile::get).filter(s -> !s.isEmpty()).toList());
        // The number follows the word ("Article 5"; glued to an abbreviation's stop in drafts: "ART.7") or
        // is part of the profile's label ("1. cikk", "I SKYRIUS").
        wordHeading = Pattern.compile("^((?:" + words + ")(?:(?:\\s+|(?<=\\.))" + number + ")?)\\.?(?:\\s*[-–—:.]?\\s+(\\p{Lu}.*))?$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        String article = profile.get("article");
        articleText = article.isEmpty() ? null
                : Pattern.compile("^((?:" + article + ")\\s*" + number + ")\\.?\\s+(\\S.*)$",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        citation = profile.leadPattern("citation.lead");
        recital = profile.leadPattern("recital.lead");
        acting = full(profile.get("formula.acting"));
        enacting = full(profile.get("formula.enacting"));
        recitalsIntro = full(profile.get("formula.recitals"));
        java.util.List<String> months = profile.list("months");
        dateOnly = months.isEmpty() ? null : Pattern.compile("^(?:\\d{1,2}(?:\\.|er|st|nd|rd|th)?\\s+)?(?:" + String.join("|",
                months.stream().map(Pattern::quote).toList()) + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+\\d{4}\\.?$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        datedLine = months.isEmpty() ? null : Pattern.compile("^\\d{1,2}\\.\\s+(?:" + String.join("|",
                months.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Which structure word a heading label starts with, as a container kind. */
    public Node.ContainerKind wordKind(String label, LanguageProfile profile) {
        for (var e : java.util.Map.of("part", Node.ContainerKind.PART, "title", Node.ContainerKind.TITLE,
                "chapter", Node.ContainerKind.CHAPTER, "section", Node.ContainerKind.SECTION,
                "article", Node.ContainerKind.ARTICLE).entrySet()) {
            Pattern p = profile.leadPattern(e.getKey());
            if (p != null && p.matcher(label.replaceFirst("(?<=\\.)(?=\\d)", " ")).find()) { // "ART.7" reads as "ART. 7"
                return e.getValue();
            }
        }
        return Node.ContainerKind.CHAPTER;
    }

    public Classified classify(Block block) {
        return classify(block, true);
    }

    /**
     * @param letterBullet whether a leading "o " may be a bullet (the sub-bullet of word processors);
     *                     false where no bullet stands next to the block, since "o" is a word in
     *                     many languages ("o opatřeních", "o izmjeni")
     */
    public Classified classify(Block block, boolean letterBullet) {
        String text = block.text().strip();
        String plain = NoteRefs.strip(text);
        if (block.box()) {
            return new Classified(Classified.Kind.BOX, "", text, 0, block);
        }
        if (annex != null && annex.matcher(plain).matches()) {
            return new Classified(Classified.Kind.ANNEX, plain, "", 0, block);
        }
        Matcher m = wordHeading.matcher(plain);
        // A structure label opens with a capital or a number ("Art. 1.", "ARTICLE 2", "1. cikk"); in
        // lower case it is a reference in running text ("art. 90 ustawy z dnia ...").
        boolean capitalised = !plain.isEmpty() && !Character.isLowerCase(plain.codePointAt(0));
        if (capitalised && m.matches() && hasNumber.matcher(m.group(1)).find() && (m.group(2) == null || isHeadingLike(m.group(2), 2))) {
            return new Classified(Classified.Kind.WORD_HEADING, m.group(1), m.group(2) == null ? "" : m.group(2), 0, block);
        }
        if (capitalised && articleText != null && (m = articleText.matcher(plain)).matches()) {
            return new Classified(Classified.Kind.ARTICLE_TEXT, m.group(1),
                    stripLabel(text, plain.length() - m.group(2).length()), 0, block);
        }
        if (recitalsIntro != null && recitalsIntro.matcher(plain).matches()) {
            // Before the citations: "in Erwägung nachstehender Gründe:" opens with a citation's lead too.
            return new Classified(Classified.Kind.RECITALS_INTRO, "", text, 0, block);
        }
        Matcher dash = DASH.matcher(plain);
        String afterDash = dash.lookingAt() ? plain.substring(dash.end()) : plain;
        if (citation != null && citation.matcher(afterDash).lookingAt()) {
            return new Classified(Classified.Kind.CITATION, dash.lookingAt() ? dash.group(1) : "",
                    stripLabel(text, plain.length() - afterDash.length()), 0, block);
        }
        if ((m = LETTER.matcher(plain)).matches() && recital != null && recital.matcher(m.group(2)).lookingAt()) {
            return labelled(Classified.Kind.RECITAL, m, text, plain, block);
        }
        if (recital != null && recital.matcher(plain).lookingAt() && (plain.endsWith(";") || plain.endsWith("·") || plain.endsWith(","))) {
            // "Whereas the laws of ... are expected to require ...;": an unlettered recital clause, as
            // international agreements and their translations set their preambles.
            return new Classified(Classified.Kind.RECITAL, "", text, 0, block);
        }
        if (block.type().display() && (m = DISPLAY_NUM.matcher(plain)).matches() && isDisplayHeading(m.group(2), block)) {
            // "1  Vision and goals", "3.1 Strengthening research ...", "II  More and better data":
            // a number and a title in heading type.
            return new Classified(Classified.Kind.NUM_HEADING, m.group(1),
                    stripLabel(text, plain.length() - m.group(2).length()), m.group(1).split("\\.").length, block);
        }
        if ((m = HIER_NUM.matcher(plain)).matches()) {
            boolean heading = isHeadingLike(m.group(2), 3);
            return new Classified(heading ? Classified.Kind.NUM_HEADING : Classified.Kind.PARAGRAPH, m.group(1),
                    stripLabel(text, plain.length() - m.group(2).length()), m.group(1).split("\\.").length, block);
        }
        if (block.type().display() && (m = displayLabel(plain)) != null && isDisplayHeading(m.group(2), block)) {
            // "(a) Building the European Health Union ...", "B. Scope": a list label in heading type
            // numbers a heading, one level below the numbered ones.
            return new Classified(Classified.Kind.NUM_HEADING, m.group(1),
                    stripLabel(text, plain.length() - m.group(2).length()), 2, block);
        }
        if ((m = NUM_POINT.matcher(plain)).matches()) {
            return labelled(Classified.Kind.POINT, m, text, plain, block); // "1) organy władzy publicznej;"
        }
        if ((m = NUM.matcher(plain)).matches() && !(datedLine != null && datedLine.matcher(plain).lookingAt())) {
            boolean heading = isHeadingLike(m.group(2), 1) && m.group(2).length() <= 100;
            return new Classified(heading ? Classified.Kind.NUM_HEADING : Classified.Kind.PARAGRAPH,
                    heading ? m.group(1) : plain.substring(0, plain.length() - m.group(2).length()).strip(),
                    stripLabel(text, plain.length() - m.group(2).length()), 1, block);
        }
        if ((m = PAREN_NUM.matcher(plain)).matches()) {
            return labelled(Classified.Kind.PAREN_NUMBERED, m, text, plain, block);
        }
        if ((m = LETTER.matcher(plain)).matches()) {
            return labelled(Classified.Kind.PARAGRAPH, m, text, plain, block);
        }
        if ((m = POINT.matcher(plain)).matches() || (m = UPPER_POINT.matcher(plain)).matches()) {
            return labelled(Classified.Kind.POINT, m, text, plain, block);
        }
        if ((m = (letterBullet ? BULLET : GLYPH_BULLET).matcher(plain)).matches()) {
            return labelled(Classified.Kind.BULLET, m, text, plain, block);
        }
        if (acting != null && acting.matcher(plain).matches()) {
            return new Classified(Classified.Kind.FORMULA, "", text, 0, block);
        }
        if (recitalsIntro != null && recitalsIntro.matcher(plain).matches()) {
            return new Classified(Classified.Kind.RECITALS_INTRO, "", text, 0, block);
        }
        if (enacting != null && enacting.matcher(plain).matches()) {
            return new Classified(Classified.Kind.ENACTING, "", text, 0, block);
        }
        // A date alone in display type labels what follows it (a timeline's steps), it heads nothing.
        boolean dateAlone = dateOnly != null && dateOnly.matcher(plain.strip()).matches();
        if (isDisplayHeading(plain, block) && !dateAlone) {
            return heading(text, plain, block);
        }
        if (RUN_IN.matcher(plain).lookingAt() && !endsWithPunctuation(plain) && plain.length() <= 300) {
            return new Classified(Classified.Kind.HEADING, "", text, 0, block);
        }
        if (isHeadingLike(plain, 3) && block.lines() <= 3 && block.type() != Block.Type.BODY && !(dateAlone && block.type().display())) {
            // Short and capitalised is a heading's shape, but when the PDF's layout is known a block
            // printed in body type is not set as a heading: it is a short paragraph.
            return heading(text, plain, block);
        }
        return new Classified(Classified.Kind.PROSE, "", text, 0, block);
    }

    /** An unnumbered heading, or a labelled one ({@link #LABELLED_NUM}) numbered by its label. */
    private static Classified heading(String text, String plain, Block block) {
        Matcher m = LABELLED_NUM.matcher(plain);
        if (m.matches()) {
            return new Classified(Classified.Kind.NUM_HEADING, m.group(1), stripLabel(text, plain.length() - m.group(3).length()),
                    m.group(2).split("\\.").length, block);
        }
        return new Classified(Classified.Kind.HEADING, "", text, 0, block);
    }

    /**
     * Display type: documents set their headings in larger or bold type than the body, so an
     * unnumbered block printed wholly in such type (PDF layout evidence, {@link Block.Type#display()})
     * is a heading when it is short (at most {@value #DISPLAY_MAX_LINES} lines) and is not a sentence
     * nor runs on into what follows (no final full stop, comma, semicolon or colon; a question is a
     * heading: "What is NIS 2?"), whatever its first letter. A lead paragraph in bold ends with its stop.
     */
    static boolean isDisplayHeading(String plain, Block block) {
        String t = plain.strip();
        return block.type().display() && block.lines() <= DISPLAY_MAX_LINES && !t.isEmpty()
                && ".,;:·".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** The matched label of a lettered or parenthesised block: "(a) ...", "a) ...", "(1) ...", "(IV) ...", "B. ..."; null if none. */
    private static Matcher displayLabel(String plain) {
        for (Pattern p : new Pattern[] {POINT, PAREN_NUM, PAREN_ROMAN, LETTER}) {
            Matcher m = p.matcher(plain);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    /**
     * Short, no end punctuation, starts with a capital, a digit or a quote. A short question is a
     * heading's shape too ("What is NIS 2?", "Which sectors?"): at most {@value #QUESTION_WORDS} words.
     * About nine words a line: a heading over four lines in capitals has some thirty.
     */
    static boolean isHeadingLike(String plain, int maxLines) {
        String t = plain.strip();
        boolean question = t.endsWith("?") && t.split("\\s+").length <= QUESTION_WORDS;
        if (t.isEmpty() || t.length() > 60 * maxLines + 40 || endsWithPunctuation(t) && !question
                || t.split("\\s+").length > Math.max(25, 9 * maxLines)) {
            return false;
        }
        int c = t.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "‘'\"“„«".indexOf(c) >= 0;
    }

    /** A question of this many words is a heading's length; a longer one asks in running text. */
    static final int QUESTION_WORDS = 10;

    static boolean endsWithPunctuation(String t) {
        String s = t.strip();
        return !s.isEmpty() && ".;:,!?·".indexOf(s.charAt(s.length() - 1)) >= 0; // "·": the Greek semicolon
    }

    private static Classified labelled(Classified.Kind kind, Matcher m, String text, String plain, Block block) {
        return new Classified(kind, m.group(1), stripLabel(text, plain.length() - m.group(2).length()), 0, block);
    }

    /**
     * Removes the first {@code labelLength} characters of plain text from text with note references.
     * A note referenced inside the label ("2.⁴) Obowiązane ...": a gazette's note on a paragraph
     * number) is kept: its reference opens the text that is left, right after the label.
     */
    static String stripLabel(String text, int labelLength) {
        int plainSeen = 0;
        int i = 0;
        StringBuilder refs = new StringBuilder();
        while (i < text.length() && plainSeen < labelLength) {
            if (text.charAt(i) == NoteRefs.OPEN) {
                int end = text.indexOf(NoteRefs.CLOSE, i) + 1;
                refs.append(text, i, end);
                i = end;
            } else {
                plainSeen++;
                i++;
            }
        }
        return refs + text.substring(i).strip();
    }

    private static Pattern wordPattern(String alternatives, String number) {
        if (alternatives.isEmpty()) {
            return null;
        }
        return Pattern.compile("^(?:" + alternatives + ")(?:\\s+" + number + ")?\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern full(String alternatives) {
        if (alternatives.isEmpty()) {
            return null;
        }
        return Pattern.compile("^(?:" + alternatives + ")\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
