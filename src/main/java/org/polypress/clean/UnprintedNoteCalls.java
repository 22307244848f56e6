package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.profile.LanguageProfile;

/**
 * Note calls whose notes are not in the text: the Official Journal convention of a parenthesised
 * number after a word and a space ("… 91/414/EEC (1), and in particular …", "… Kolegium
 * Bezpieczeństwa i Obrony (1).") in an extract that stops before the notes (the opening of an act
 * as EUR-Lex shows it, a page cut from the journal).
 *
 * <p>A parenthesised number is such a call only when all of these hold, so that a "point (1)"
 * cross-reference or the "(2)" of a list is never taken:
 * <ul>
 *   <li>it follows a non-blank character and a space on the same line (not a line start, where
 *       "(1)" labels a recital or a point), the character not an opening bracket, a colon or a
 *       semicolon (after which a list's items start);</li>
 *   <li>it does not follow a reference word of the language ("point (1)", "articolul 42 alineatul
 *       (4)", "136. cikke (1)": profile keys {@code article} and {@code crossref}), nor another
 *       parenthesised label and a short joining word ("(1) and (2)", "(a), (2)");</li>
 *   <li>the numbers of all such calls of the document run on from the last note the document does
 *       have (from 1 when it has none), 1, 2, 3, … in reading order, each once, after every note
 *       reference already found: if one breaks the run, none is taken.</li>
 * </ul>
 * The space before a call goes with it ("Council (1)." becomes "Council" + reference + "."); the
 * call's digits become the note's marker and nothing else in the text changes. Each call becomes
 * a {@link Footnote#notInSource} note, reported.
 */
public final class UnprintedNoteCalls {
    /**
     * A parenthesised number of one to three digits (notes of an act number up to a few hundred)
     * after a non-blank character and a space, not followed by a letter or digit, nor by a space and
     * a capital: "§ 2a. (Verfassungsbestimmung) (1) Durch Verordnung ..." is a paragraph's number
     * run into its heading, a call stands before punctuation or the sentence's next word. EUR-Lex's text
     * sometimes doubles the space ("Európskej únie  (2)."): all of it goes with the call.
     */
    private static final Pattern CALL = Pattern.compile("(?<=[^\\s(\\[{:;" + NoteRefs.OPEN + NoteRefs.CLOSE
            + "])[ \\u00A0]+\\((\\d{1,3})\\)(?![\\p{L}\\p{N}])(?![ \\u00A0]+\\p{Lu})");
    /**
     * Text ending with a parenthesised label and at most a short joining word ("(1) and ", "(a), ",
     * "(2) ou "): the next parenthesised number continues that enumeration. Joining words of the EU
     * languages ("and", "und", "et", "és", "oraz", "или") have at most five letters.
     */
    private static final Pattern AFTER_LABEL = Pattern.compile("\\(\\w{1,4}\\)(?:\\s*[,–-]?\\s*\\p{L}{1,5}|\\s*[,–-])?$",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** How far back a reference word is looked for: the word and a unit number ("Article 13 "). */
    private static final int LOOK_BACK = 60;

    private final Pattern referenceWord;

    /**
     * @param referenceWords word starts after which a parenthesised number refers to a part of a
     *                       text (article, paragraph, point), as regular expression alternatives;
     *                       empty for none
     */
    public UnprintedNoteCalls(List<String> referenceWords) {
        this.referenceWord = referenceWords.isEmpty() ? null
                : Pattern.compile("(?:^|[^\\p{L}])(?:" + String.join("|", referenceWords)
                        + ")\\p{L}*\\.?(?:\\s+\\d+[a-z]?\\.?)?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** With the language's reference words: its article words and its cross-reference words (key {@code crossref}). */
    public static UnprintedNoteCalls of(LanguageProfile profile) {
        List<String> words = new ArrayList<>(profile.alternatives("article"));
        words.addAll(profile.alternatives("crossref"));
        return new UnprintedNoteCalls(words);
    }

    /** The pages with the calls replaced by references, all notes (the new ones last), and warnings. */
    public record Result(List<Page> pages, List<Footnote> notes, List<String> warnings) {
        public Result {
            pages = List.copyOf(pages);
            notes = List.copyOf(notes);
            warnings = List.copyOf(warnings);
        }
    }

    private record Call(int page, int at, int end, String number) {
    }

    public Result find(List<Page> pages, List<Footnote> notes) {
        Result unchanged = new Result(pages, notes, List.of());
        int first = 1;
        if (!notes.isEmpty()) {
            String last = notes.get(notes.size() - 1).marker();
            if (!last.matches("\\d{1,3}")) {
                return unchanged; // notes labelled otherwise: no numbering to run on from
            }
            first = Integer.parseInt(last) + 1;
        }
        List<Call> calls = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String text = String.join("\n", pages.get(p).lines());
            Matcher m = CALL.matcher(text);
            while (m.find()) {
                if (isReference(text.substring(Math.max(0, m.start() - LOOK_BACK), m.start()))) {
                    continue;
                }
                if (Integer.parseInt(m.group(1)) != first + calls.size()) {
                    return unchanged; // the run is broken: a list or a cross-reference, not notes
                }
                calls.add(new Call(p, m.start(), m.end(), m.group(1)));
            }
        }
        if (calls.isEmpty() || referenceAfter(pages, calls.get(0))) {
            return unchanged;
        }
        List<Footnote> all = new ArrayList<>(notes);
        List<String> warnings = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        for (Page page : pages) {
            texts.add(new StringBuilder(String.join("\n", page.lines())));
        }
        for (int i = calls.size() - 1; i >= 0; i--) {
            Call c = calls.get(i);
            texts.get(c.page()).replace(c.at(), c.end(), NoteRefs.ref(notes.size() + 1 + i));
        }
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            int pageNumber = pages.get(c.page()).number();
            all.add(Footnote.notInSource(notes.size() + 1 + i, c.number(), pageNumber));
            warnings.add("note (" + c.number() + ") is cited but its text is not in the document (page " + pageNumber
                    + "): kept as a note reference without text");
        }
        List<Page> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            out.add(new Page(pages.get(p).number(), List.of(texts.get(p).toString().split("\n", -1))));
        }
        return new Result(out, all, warnings);
    }

    /** Whether a note found in the text stands after the first call: the calls then do not run on from the notes. */
    private static boolean referenceAfter(List<Page> pages, Call first) {
        if (String.join("\n", pages.get(first.page()).lines()).indexOf(NoteRefs.OPEN, first.end()) >= 0) {
            return true;
        }
        for (Page page : pages.subList(first.page() + 1, pages.size())) {
            if (String.join("\n", page.lines()).indexOf(NoteRefs.OPEN) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isReference(String before) {
        return AFTER_LABEL.matcher(before).find() || referenceWord != null && referenceWord.matcher(before).find();
    }
}
