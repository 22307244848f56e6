package org.polypress.clean;

/**
 * Lines set in capitals, the way titles, formulas and signatures of official documents are:
 * "DE RAAD VAN DE EUROPESE UNIE,", "REGLAMENTO (CE) N o 561/2007 DE LA COMISIÓN", Irish
 * "CINNEADH ÓN gCOMHAIRLE EORPACH". A word in capitals has three capital letters or more and at
 * most one lower-case letter (Irish initial mutations); words of one or two letters do not count
 * either way ("o", "N o", "ÓN").
 */
public final class Capitals {
    private Capitals() {
    }

    /** Wholly in capitals, with at least two words in capitals. */
    public static boolean isLine(String text) {
        return words(text, true) >= 2;
    }

    /** Begins with at least two words in capitals before its first word in lower case. */
    public static boolean beginsWith(String text) {
        return words(text, false) >= 2;
    }

    /**
     * Words in capitals from the start; -1 if {@code whole} and a word of three letters or more is
     * in lower case, else counting stops there.
     */
    private static int words(String text, boolean whole) {
        int words = 0;
        for (String w : text.strip().split("\\s+")) {
            long letters = w.codePoints().filter(Character::isLetter).count();
            long lower = w.codePoints().filter(Character::isLowerCase).count();
            if (lower > 1 || lower == 1 && letters - lower < 3) {
                if (letters >= 3) {
                    if (whole) {
                        return -1;
                    }
                    break;
                }
            } else if (letters >= 3) {
                words++;
            }
        }
        return words;
    }
}
