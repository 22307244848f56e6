package org.polypress.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;

/**
 * The letters beyond ASCII that each language writes, as its profile's {@code alphabet} gives
 * them (lower case), so that a decoding can be checked against the language it reads as: French
 * read as windows-1250 shows {@code č} and {@code ŕ}, Polish read as ISO-8859-2 instead of
 * windows-1250 shows {@code š} for {@code ą}. Greek and Bulgarian accept any letter of their
 * script. A language without a profile of its own is not checked.
 */
final class Alphabets {
    private static final Profiles PROFILES = new Profiles();
    private static final Map<String, Optional<Pattern>> LETTERS = new ConcurrentHashMap<>();

    private Alphabets() {
    }

    /** Whether the language is known here (otherwise every letter fits). */
    static boolean knows(String language) {
        return letters(language).isPresent();
    }

    /** Whether the non-ASCII letter {@code codePoint} belongs to the language's alphabet. */
    static boolean fits(String language, int codePoint) {
        return letters(language).map(p -> p.matcher(Character.toString(Character.toLowerCase(codePoint))).matches())
                .orElse(true);
    }

    private static Optional<Pattern> letters(String language) {
        return LETTERS.computeIfAbsent(language == null ? "" : language, code -> {
            LanguageProfile profile = PROFILES.forLanguage(code);
            String alphabet = profile.isOwn() ? profile.get("alphabet") : "";
            return alphabet.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(alphabet));
        });
    }
}
