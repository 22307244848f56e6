package org.polypress.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.clean.NoteRefs;
import org.polypress.profile.LanguageProfile;

/**
 * The conclusions of an act, as gazettes and the Official Journal print them after the last
 * provision: the closing formula with place and date ("Done at Brussels, 13 March 2024.", profile
 * key {@code formula.done}; Greek "Αθήνα, 27 Απριλίου 2018"), an order to publish before it (key
 * {@code formula.closing}: "Παραγγέλλομε τη δημοσίευση του παρόντος ..."), and the signatures: roles
 * (key {@code signature.role}: "For the Commission", "The President", "Οι Υπουργοί", "PRIM MINISTRU")
 * over the signatories' names ("Ursula VON DER LEYEN"). A draft ordinance that has no closing
 * formula ends with its signatures alone.
 */
final class ActConclusions {
    /**
     * A line of conclusions is short: a formula, a place and date, a role or a name. The longest
     * closing formula of the dev gazettes ("Παραγγέλλομε τη δημοσίευση του παρόντος στην Εφημερίδα
     * της Κυβερνήσεως και την εκτέλεσή του ως νόμου του Κράτους.") has 115 characters.
     */
    static final int MAX_LINE = 160;
    /** A president and a government's ministers with their roles: at most some 40 lines. */
    private static final int MAX_LINES = 100;

    private final Pattern done;
    private final Pattern closing;
    private final Pattern role;

    ActConclusions(LanguageProfile profile) {
        done = profile.leadPattern("formula.done");
        closing = profile.leadPattern("formula.closing");
        role = profile.leadPattern("signature.role");
    }

    /**
     * Where the conclusions start in a part's body blocks: in the trailing run of short blocks, the
     * first closing formula (with the order to publish just before it), else the first role of a
     * signature; -1 when there is neither.
     */
    int start(List<Classified> body) {
        int tail = body.size();
        while (tail > 0 && body.size() - tail < MAX_LINES && body.get(tail - 1).plain().strip().length() <= MAX_LINE) {
            tail--;
        }
        for (int i = tail; i < body.size(); i++) {
            String plain = body.get(i).plain().strip();
            if (matches(done, plain) || matches(closing, plain)) {
                return i > 0 && i - 1 < tail && matches(closing, body.get(i - 1).plain().strip()) ? i - 1 : i;
            }
        }
        for (int i = tail; i < body.size(); i++) {
            if (roleEnd(body.get(i).plain().strip()) > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The conclusions' blocks as nodes: formulas ({@link Node.Role#FORMULA}), roles
     * ({@link Node.Role#SIGNATURE_ROLE}) and the other lines of the signatures, names
     * ({@link Node.Role#SIGNATURE_PERSON}); a line that holds a role and a name ("PRIM MINISTRU
     * SORIN MIHAI GRINDEANU", "Marszałek Sejmu: M. Kuchciński") is split between them
     * ({@link Node.Role#SIGNATURE_PERSON_AFTER_ROLE}: still one printed line), its text unchanged. Lines before the first formula or role stay prose.
     */
    List<Node> nodes(List<Classified> blocks) {
        List<Node> out = new ArrayList<>();
        boolean signatures = false;
        for (Classified c : blocks) {
            String text = c.block().text();
            String plain = NoteRefs.strip(text).strip();
            if (matches(done, plain) || matches(closing, plain)) {
                out.add(new Node.Prose(text, Node.Role.FORMULA));
                signatures = true;
                continue;
            }
            int end = roleEnd(plain);
            if (end > 0 && !plain.equals(text.strip())) {
                end = plain.length(); // a note in the line: keep it whole
            }
            if (end > 0) {
                signatures = true;
                out.add(new Node.Prose(plain.substring(0, end).strip(), Node.Role.SIGNATURE_ROLE));
                if (end < plain.length()) {
                    // One printed line ("Marszałek Sejmu: M. Kuchciński") stays one; a block of two lines
                    // ("PRIM MINISTRU" / "SORIN MIHAI GRINDEANU") is a role over a name.
                    out.add(new Node.Prose(plain.substring(end).strip(),
                            c.block().lines() == 1 ? Node.Role.SIGNATURE_PERSON_AFTER_ROLE : Node.Role.SIGNATURE_PERSON));
                }
            } else {
                out.add(new Node.Prose(text, signatures && isName(plain) ? Node.Role.SIGNATURE_PERSON : Node.Role.P));
            }
        }
        return out;
    }

    /**
     * The end of the role a line opens: the whole line, or the role before a name ("PRIM MINISTRU"
     * of "PRIM MINISTRU SORIN MIHAI GRINDEANU", "Marszałek Sejmu:" of "Marszałek Sejmu: M.
     * Kuchciński"); 0 when the line opens with no role.
     */
    private int roleEnd(String plain) {
        if (role == null) {
            return 0;
        }
        Matcher m = role.matcher(plain);
        if (!m.lookingAt()) {
            return 0;
        }
        int end = m.end();
        if (end < plain.length() && plain.charAt(end) == ':') {
            end++;
        }
        String rest = plain.substring(end).strip();
        return rest.isEmpty() || isName(rest) ? end : plain.length();
    }

    /**
     * A signatory's name as gazettes print it: a few words of letters (initials with their stop),
     * the surname in capitals ("Ursula VON DER LEYEN", "ΣΤΑΥΡΟΣ ΚΟΝΤΟΝΗΣ", "M. Kuchciński" after a
     * role): at most six words (evidence: given names, initials and a double surname), no digit.
     */
    static boolean isName(String plain) {
        String[] words = plain.strip().split("\\s+");
        if (words.length == 0 || words.length > 6 || plain.matches(".*\\d.*")) {
            return false;
        }
        for (String w : words) {
            if (!w.matches("[\\p{Lu}][\\p{L}'’-]*\\.?")) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Pattern p, String plain) {
        return p != null && p.matcher(plain).lookingAt();
    }
}
