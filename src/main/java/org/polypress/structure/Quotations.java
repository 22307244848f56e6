package org.polypress.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.polypress.profile.QuoteMarks;

/**
 * Quoted provisions: the text an amending provision inserts or substitutes, which is the amended
 * act's text, not the amending act's. The drafting convention (EU Interinstitutional Style Guide,
 * 3.3 "Amending provisions"; national drafting manuals alike: "otrzymuje brzmienie:", "który
 * stanowi:", "va avea următorul cuprins:") introduces the quotation with a colon and sets it from
 * the margin, opening with the language's quotation mark before its own label ("‘Article 2",
 * "„Art. 41.", "‘2.") and closing with the closing mark followed by the provision's full stop or
 * semicolon ("...’;", "...”.").
 *
 * <p>A block is the start of a quotation when the block before it ends with a colon and it opens
 * with one of the profile's marks ({@link org.polypress.profile.LanguageProfile#quotes}). The
 * quotation ends at the first block (that one or a later one) that ends with a closing mark and
 * its punctuation and holds more closing marks than opening ones: the outer quotation's closing
 * mark. A first block whose mark closes before the block ends is a quoted term ("‘plant’ means
 * ..."), no quotation. With no end within {@value #MAX_BLOCKS} blocks, or an enacting formula on
 * the way, nothing is marked: the blocks stay what they were.
 *
 * <p>Marked blocks become {@link Classified.Kind#QUOTED}, their text whole (labels included);
 * {@code depth} is 1 on the block that opens a quotation.
 */
final class Quotations {
    private Quotations() {
    }

    /** The most blocks one quotation spans (an article or an annex replaced as a whole). */
    static final int MAX_BLOCKS = 120;

    private static final Pattern TRAILING = Pattern.compile("[\\s.;,:)]*$");

    static void mark(List<Classified> all, QuoteMarks marks) {
        if (marks.isEmpty()) {
            return;
        }
        for (int i = 1; i < all.size(); i++) {
            String first = all.get(i).block().plain().strip();
            int before = i - 1;
            while (before > 0 && all.get(before).kind() == Classified.Kind.BOX) {
                before--; // a framed callout set between the introduction and its quotation
            }
            if (!all.get(before).block().plain().strip().endsWith(":") || !marks.opens(first)) {
                continue;
            }
            int end = end(all, i, marks);
            if (end < 0) {
                continue;
            }
            for (int k = i; k <= end; k++) {
                Classified c = all.get(k);
                all.set(k, new Classified(Classified.Kind.QUOTED, "", c.block().text(), k == i ? 1 : 0, c.block()));
            }
            i = end;
        }
    }

    /** The index of the block that closes the quotation opened at {@code start}, or -1. */
    private static int end(List<Classified> all, int start, QuoteMarks marks) {
        String first = all.get(start).block().plain().strip();
        int depth = 0;
        for (int[] m : marks.marks(first)) {
            depth += m[1];
            if (depth == 0) {
                // The opening mark closed: the quotation ends here when only punctuation follows.
                return TRAILING.matcher(first.substring(m[0] + 1)).matches() ? start : -1;
            }
        }
        for (int k = start + 1; k < all.size() && k <= start + MAX_BLOCKS; k++) {
            Classified c = all.get(k);
            if (c.kind() == Classified.Kind.ENACTING) {
                return -1;
            }
            if (closes(c.block().plain().strip(), marks)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a block ends with a closing mark (and punctuation) that closes a quotation opened before it. */
    static boolean closes(String text, QuoteMarks marks) {
        java.util.regex.Matcher t = TRAILING.matcher(text);
        int at = t.find() ? t.start() - 1 : text.length() - 1;
        if (at < 0 || marks.kind(text, at) != -1) {
            return false;
        }
        return marks.balance(text) < 0;
    }
}
