package org.polypress.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * A language's quotation marks (profile key {@code quotes}: pairs of an opening and a closing
 * mark, "‘’ “”" in English, "„” «»" in Polish, "”” ’’" in Swedish). A mark that both opens and
 * closes (Swedish ”) opens after a space or at the start and closes elsewhere. A closing mark
 * followed by a letter is an apostrophe ("Commission’s"), not a quotation's end.
 */
public record QuoteMarks(String opening, String closing) {

    /** The marks of a profile value; empty sets when the value is empty. */
    public static QuoteMarks parse(String value) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (String pair : value.strip().split("\\s+")) {
            if (pair.codePointCount(0, pair.length()) != 2) {
                if (!pair.isEmpty()) {
                    throw new IllegalArgumentException("quotes: '" + pair + "' is not an opening and a closing mark");
                }
                continue;
            }
            int o = pair.codePointAt(0);
            int c = pair.codePointAt(Character.charCount(o));
            open.appendCodePoint(o);
            close.appendCodePoint(c);
        }
        return new QuoteMarks(open.toString(), close.toString());
    }

    public boolean isEmpty() {
        return opening.isEmpty();
    }

    /** Whether the text opens with one of the marks (after spaces). */
    public boolean opens(CharSequence text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && opening.indexOf(text.charAt(i)) >= 0;
    }

    /** What the mark at {@code i} of {@code text} is: +1 opening, -1 closing, 0 none (or an apostrophe). */
    public int kind(CharSequence text, int i) {
        char ch = text.charAt(i);
        boolean o = opening.indexOf(ch) >= 0;
        boolean c = closing.indexOf(ch) >= 0;
        if (!o && !c) {
            return 0;
        }
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{/–—-".indexOf(text.charAt(i - 1)) >= 0;
        if (o && (!c || before)) {
            return 1;
        }
        boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return letterAfter ? 0 : -1;
    }

    /** Opening marks less closing marks in {@code text} (apostrophes not counted). */
    public int balance(CharSequence text) {
        int net = 0;
        for (int i = 0; i < text.length(); i++) {
            net += kind(text, i);
        }
        return net;
    }

    /**
     * Whether {@code text} ends a quoted sentence: a closing mark with a full stop or semicolon after
     * it ("...’;", "...”.") or a sentence's end just before it ("... alguna.»", "...?”"). A closing
     * mark alone at a line's end ("the Member States’") is most often an apostrophe.
     */
    public boolean endsClosing(String text) {
        String t = text.stripTrailing();
        int at = t.length() - 1;
        while (at >= 0 && (t.charAt(at) == '.' || t.charAt(at) == ';')) {
            at--;
        }
        if (at < 0 || kind(t, at) != -1) {
            return false;
        }
        boolean punctuationAfter = at < t.length() - 1;
        boolean sentenceBefore = at > 0 && ".;!?".indexOf(t.charAt(at - 1)) >= 0;
        return punctuationAfter || sentenceBefore;
    }

    /** The positions of the marks in {@code text}, each with its {@link #kind}. */
    public List<int[]> marks(String text) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int k = kind(text, i);
            if (k != 0) {
                out.add(new int[] {i, k});
            }
        }
        return out;
    }
}
