package org.polypress.clean;

import java.util.regex.Pattern;
import org.polypress.profile.QuoteMarks;

/**
 * Line beginnings that open a new block whatever the layout: numbered and lettered units,
 * bullets and dashes, hierarchical section numbers, and the profile's structure words
 * ("Hoofdstuk", "ANNEX") given as a pattern.
 */
public final class LineStarts {
    /**
     * "1. ", "12) ", "(3) ", "a) ", "(iv) ", "(IV) ", "A. ", "2.1 ", "2.1.3. " and bullets; a bullet or
     * dash alone on its line is one too (the Official Journal's indents, "—" over its text, as
     * pdftotext gives them). A hyphen alone is not: a form's field holds "-" for none.
     */
    public static final Pattern UNIT = Pattern.compile(
            "^(?:\\d{1,3}[a-z]?[.)](?:\\s|$)|\\(\\d{1,3}[a-z]?\\)(?:\\s|$)|\\(?\\p{Ll}{1,2}\\)(?:\\s|$)|\\(?[ivxlc]{1,6}\\)(?:\\s|$)|\\([IVXLC]{1,6}\\)(?:\\s|$)"
                    + "|[A-Z][.)](?:\\s|$)|\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s|[•▪◦*–—-]\\s|[•▪◦–—]$|o\\s(?=\\p{L}))");

    /** "Belang: Nederland ...": a capitalised label word and a colon open a run-in heading. */
    private static final Pattern RUN_IN = Pattern.compile("^\\p{Lu}\\p{Ll}{2,}: \\p{Lu}");

    private final Pattern structureWords;
    private final Pattern labels;
    private final Pattern leadWords;
    private final Pattern headingLabels;
    private final Pattern articleLabels;
    private final Pattern annexReference;
    private final QuoteMarks quotes;

    /**
     * @param structureWords e.g. {@code (?i)^(Hoofdstuk|Bijlage|Artikel)\b}, or null
     * @param headingLabels  the labels among them whose heading is one line ("Article 1" + title;
     *                       not annexes, whose titles run over several lines), or null
     * @param articleLabels  an article label with its text on the same line ("Art. 1. 1. Każda"), or null
     * @param labels         cover-page labels that open a line ("van:", "Betreft:"), or null
     * @param leadWords      citation lead words and formulas that open a line ("Having regard to",
     *                       "Whereas:"), after an optional dash, or null
     */
    public LineStarts(Pattern structureWords, Pattern headingLabels, Pattern articleLabels, Pattern labels,
                      Pattern leadWords) {
        this(structureWords, headingLabels, articleLabels, labels, leadWords, null);
    }

    /**
     * @param annexReference an annex heading naming what it is annexed to ("Załącznik do obwieszczenia
     *                       ..."; {@code LanguageProfile#annexReference}), or null
     */
    public LineStarts(Pattern structureWords, Pattern headingLabels, Pattern articleLabels, Pattern labels,
                      Pattern leadWords, Pattern annexReference) {
        this(structureWords, headingLabels, articleLabels, labels, leadWords, annexReference, new QuoteMarks("", ""));
    }

    private LineStarts(Pattern structureWords, Pattern headingLabels, Pattern articleLabels, Pattern labels,
                       Pattern leadWords, Pattern annexReference, QuoteMarks quotes) {
        this.quotes = quotes;
        this.annexReference = annexReference;
        this.structureWords = structureWords;
        this.headingLabels = headingLabels;
        this.articleLabels = articleLabels;
        this.labels = labels;
        this.leadWords = leadWords;
    }

    /** These line starts, and a line opening with one of the language's quotation marks opens a quotation. */
    public LineStarts withQuotes(QuoteMarks marks) {
        return new LineStarts(structureWords, headingLabels, articleLabels, labels, leadWords, annexReference, marks);
    }

    /** Whether the line opens with a quotation mark of the language ("‘Article 2", "„Art. 41."). */
    public boolean opensQuotation(String line) {
        return quotes.opens(line);
    }

    /**
     * Whether a block ends a quotation with {@code lastLine}: the line ends with a closing mark, and
     * the block's marks balance where it opened with one ("‘2. The competent authority ... year.’;")
     * or close one opened before it ("Uno. El Delegado general ... alguna.»", the last paragraph of
     * a quoted article), so the next line is the quoting text's again.
     */
    public boolean closesQuotation(CharSequence block, String lastLine) {
        if (quotes.isEmpty() || !quotes.endsClosing(lastLine)) {
            return false;
        }
        int balance = quotes.balance(block);
        return balance < 0 || balance == 0 && quotes.opens(block);
    }

    /** Whether the line opens an annex heading that names what the annex is annexed to. */
    public boolean isAnnexReference(String line) {
        return annexReference != null && annexReference.matcher(line.strip()).lookingAt();
    }

    /** Whether the line is a whole heading label with a one-line title after it ("Article 1"). */
    public boolean isStructureLabel(String line) {
        return headingLabels != null && headingLabels.matcher(line.strip()).matches();
    }

    /**
     * Whether the line opens with a label of its own: a unit label ("5. ", "(a) ", a bullet), an
     * article label with its text, or a structure word ("Secţiunea a 4-a").
     */
    public boolean opensLabelled(String line) {
        String t = line.strip();
        return UNIT.matcher(t).lookingAt()
                || (articleLabels != null && articleLabels.matcher(t).lookingAt())
                || (structureWords != null && structureWords.matcher(t).lookingAt());
    }

    public boolean opensBlock(String line) {
        String t = line.strip();
        return opensLabelled(t) || RUN_IN.matcher(t).lookingAt()
                || (labels != null && labels.matcher(t).lookingAt())
                || (leadWords != null && leadWords.matcher(t).lookingAt());
    }
}
