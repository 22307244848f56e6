package org.polypress.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Picks the legacy (8-bit) character set of a text that is not valid UTF-8.
 *
 * <p>Statistical detectors alone are unreliable on the languages this project handles (ICU reads
 * Greek as ISO-8859-1; both confuse ISO-8859-2 with windows-1250). So the candidates proposed by
 * Tika's ICU-based {@link CharsetDetector} and by its {@link UniversalEncodingDetector} are pooled
 * with the windows/ISO sets of the EU languages and their sibling sets, every candidate decodes a
 * sample, and the decodings are judged:
 * <ul>
 *   <li>quality: non-ASCII characters that are control, unassigned or private-use characters are
 *       bad, unusual symbols ({@code ¶ ¤ ¦ ¸ ...}) half bad;</li>
 *   <li>script and case: words that mix scripts (Latin with Greek or Cyrillic letters) or put a
 *       capital after a small letter are implausible, and so are Latin words made mostly of
 *       accented letters (Greek or Cyrillic read in a Latin set);</li>
 *   <li>language: the words that contain non-ASCII letters must read as some language (Optimaize's
 *       probability), and their accented letters must belong to that language's alphabet
 *       ({@link Alphabets}), which separates French in windows-1252 from windows-1250.</li>
 * </ul>
 * Ties go to the decoding with more letters, then to the detectors' own confidence; among sets
 * that decode the sample identically, a windows-125x set is reported.
 */
final class CharsetGuesser {
    /** A decision, with how plausible the chosen decoding looked (0..1). */
    record Guess(Charset charset, double plausibility) {
    }

    /** Decodings less plausible than this are not accepted. */
    static final double MIN_PLAUSIBILITY = 0.5;

    private static final int BLOCK = 1024;
    private static final int MAX_SAMPLE = 64 * 1024;
    private static final int LANGUAGE_SAMPLE_CHARS = 6_000;
    private static final int MIN_LANGUAGE_LETTERS = 30;
    private static final int MIN_MULTIBYTE_CONFIDENCE = 50;

    private static final List<String> BASE = List.of(
            "windows-1252", "windows-1250", "windows-1253", "windows-1251", "windows-1257", "windows-1254");
    private static final Map<String, List<String>> SIBLINGS = Map.ofEntries(
            Map.entry("windows-1252", List.of("ISO-8859-1", "ISO-8859-15")),
            Map.entry("ISO-8859-1", List.of("windows-1252", "ISO-8859-15")),
            Map.entry("ISO-8859-15", List.of("windows-1252", "ISO-8859-1")),
            Map.entry("windows-1250", List.of("ISO-8859-2")),
            Map.entry("ISO-8859-2", List.of("windows-1250")),
            Map.entry("windows-1253", List.of("ISO-8859-7")),
            Map.entry("ISO-8859-7", List.of("windows-1253")),
            Map.entry("windows-1254", List.of("ISO-8859-9")),
            Map.entry("ISO-8859-9", List.of("windows-1254")),
            Map.entry("windows-1251", List.of("ISO-8859-5", "KOI8-R")),
            Map.entry("ISO-8859-5", List.of("windows-1251")),
            Map.entry("KOI8-R", List.of("windows-1251")),
            Map.entry("windows-1257", List.of("ISO-8859-13", "ISO-8859-4")),
            Map.entry("ISO-8859-13", List.of("windows-1257")),
            Map.entry("windows-1255", List.of("ISO-8859-8")),
            Map.entry("ISO-8859-8", List.of("windows-1255")),
            Map.entry("windows-1256", List.of("ISO-8859-6")),
            Map.entry("ISO-8859-6", List.of("windows-1256")));
    /** Symbols that are ordinary in documents; other non-letter, non-punctuation symbols count half bad. */
    private static final String COMMON_SYMBOLS = "\u00A0\u00A1\u00A2\u00A3\u00A5\u00A7\u00A9\u00AB\u00AD\u00AE\u00B0"
            + "\u00B1\u00B7\u00BB\u00BF\u00D7\u00F7\u20AC\u2116\u2122";

    private static final byte[] PRINTABLE_ASCII = printableAscii();

    private final LanguageDetector languages;

    CharsetGuesser(LanguageDetector languages) {
        this.languages = languages;
    }

    /** The most plausible 8-bit charset, or empty when no candidate decodes the bytes plausibly. */
    Optional<Guess> guess(byte[] content) {
        List<Candidate> ranked = rank(content);
        Candidate best = ranked.get(0);
        if (best.plausibility < MIN_PLAUSIBILITY) {
            return Optional.empty();
        }
        return Optional.of(new Guess(preferWindows(best, ranked).charset, best.plausibility));
    }

    /** Every candidate charset with its judgement, best first. */
    List<Candidate> rank(byte[] content) {
        byte[] sample = sample(content);
        Map<String, Integer> detectorConfidence = new LinkedHashMap<>();
        proposeByIcu(sample, detectorConfidence);
        proposeByUniversal(sample, detectorConfidence);
        List<Candidate> candidates = new ArrayList<>();
        for (String name : candidateNames(detectorConfidence)) {
            Charset charset = charset(name);
            if (charset != null && asciiCompatible(charset)) {
                candidates.add(judge(charset, sample, detectorConfidence.getOrDefault(name, 0)));
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> round(c.plausibility, 100))
                .thenComparingDouble(c -> round(c.letterShare, 1000))
                .thenComparingInt(c -> c.detectorConfidence)
                .reversed());
        return candidates;
    }

    /**
     * Among the sets that decode the sample identically (ISO-8859-1 and windows-1252 for a text
     * without curly quotes, say), the Windows set: it is what such files are usually written in.
     */
    private static Candidate preferWindows(Candidate best, List<Candidate> candidates) {
        if (best.charset.name().startsWith("windows-")) {
            return best;
        }
        return candidates.stream()
                .filter(c -> c.charset.name().startsWith("windows-") && c.decoded.equals(best.decoded))
                .findFirst()
                .orElse(best);
    }

    /** Blocks of the input that hold non-ASCII bytes (where charsets differ), up to MAX_SAMPLE bytes. */
    static byte[] sample(byte[] content) {
        if (content.length <= MAX_SAMPLE) {
            return content;
        }
        byte[] sample = new byte[MAX_SAMPLE];
        int filled = 0;
        for (int start = 0; start < content.length && filled < MAX_SAMPLE; start += BLOCK) {
            int end = Math.min(content.length, start + BLOCK);
            boolean nonAscii = false;
            for (int i = start; i < end && !nonAscii; i++) {
                nonAscii = content[i] < 0;
            }
            if (nonAscii) {
                int length = Math.min(end - start, MAX_SAMPLE - filled);
                System.arraycopy(content, start, sample, filled, length);
                filled += length;
            }
        }
        return Arrays.copyOf(sample, filled);
    }

    private static void proposeByIcu(byte[] sample, Map<String, Integer> confidence) {
        CharsetDetector detector = new CharsetDetector(sample.length);
        detector.setText(sample);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            String name = match.getName();
            if (name.startsWith("UTF-") || name.startsWith("ISO-2022")) {
                continue;
            }
            Charset charset = charset(name);
            boolean multiByte = charset != null && charset.newEncoder().maxBytesPerChar() > 1;
            if (multiByte && match.getConfidence() < MIN_MULTIBYTE_CONFIDENCE) {
                continue;
            }
            confidence.merge(name, match.getConfidence(), Math::max);
        }
    }

    private static void proposeByUniversal(byte[] sample, Map<String, Integer> confidence) {
        try {
            Charset charset = new UniversalEncodingDetector().detect(new ByteArrayInputStream(sample), new Metadata());
            if (charset != null && !charset.name().startsWith("UTF-")) {
                confidence.merge(charset.name(), 1, Math::max);
            }
        } catch (IOException e) {
            // A ByteArrayInputStream does not fail; nothing to propose.
        }
    }

    private static Set<String> candidateNames(Map<String, Integer> proposed) {
        Set<String> names = new LinkedHashSet<>(proposed.keySet());
        names.addAll(BASE);
        for (String name : List.copyOf(names)) {
            names.addAll(SIBLINGS.getOrDefault(name, List.of()));
        }
        return names;
    }

    /** Charsets that read ASCII as ASCII (not EBCDIC, not UTF-16): the only ones a text file that failed UTF-8 can be in. */
    private static boolean asciiCompatible(Charset charset) {
        return new String(PRINTABLE_ASCII, charset).equals(new String(PRINTABLE_ASCII, StandardCharsets.US_ASCII));
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private Candidate judge(Charset charset, byte[] sample, int detectorConfidence) {
        String decoded = new String(sample, charset);
        Judgement judgement = new Judgement();
        int i = 0;
        int length = decoded.length();
        while (i < length) {
            int cp = decoded.codePointAt(i);
            if (Character.isLetter(cp)) {
                i = judgement.word(decoded, i);
            } else {
                judgement.other(cp);
                i += Character.charCount(cp);
            }
        }
        DetectedLanguage language = judgement.nonAsciiLetters < MIN_LANGUAGE_LETTERS
                ? DetectedLanguage.undetermined()
                : languages.classifyLetters(judgement.nonAsciiWords.toString());
        double languageFit = language.isUndetermined() ? 1 : language.confidence() * judgement.alphabetFit(decoded,
                language.code());
        return new Candidate(charset, decoded, judgement.quality() * judgement.scriptConsistency()
                * judgement.caseConsistency() * judgement.latinDensityFit() * languageFit, judgement.letterShare(),
                detectorConfidence);
    }

    /** Counts gathered over one decoding of the sample. */
    private static final class Judgement {
        int nonAscii;
        double bad;
        int nonAsciiLetters;
        int words;
        int mixedWords;
        int mixedCaseWords;
        int latinLetters;
        int latinNonAsciiLetters;
        final StringBuilder nonAsciiWords = new StringBuilder();

        void other(int cp) {
            if (cp >= 0x80) {
                nonAscii++;
                bad += badness(cp);
            }
        }

        /** Reads the word starting at {@code start}; returns where it ends. */
        int word(String text, int start) {
            int i = start;
            Character.UnicodeScript script = null;
            boolean mixed = false;
            boolean mixedCase = false;
            boolean previousLower = false;
            int letters = 0;
            int nonAsciiInWord = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (!Character.isLetter(cp) && !isMark(cp)) {
                    break;
                }
                letters++;
                mixedCase |= previousLower && Character.isUpperCase(cp);
                previousLower = Character.isLowerCase(cp);
                if (cp >= 0x80) {
                    nonAscii++;
                    nonAsciiInWord++;
                    if (Character.isLetter(cp)) {
                        nonAsciiLetters++;
                    }
                }
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
                    mixed |= script != null && s != script;
                    script = s;
                }
                i += Character.charCount(cp);
            }
            if (nonAsciiInWord > 0) {
                words++;
                if (mixedCase) {
                    mixedCaseWords++;
                }
                if (mixed) {
                    mixedWords++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latinLetters += letters;
                    latinNonAsciiLetters += nonAsciiInWord;
                }
                if (nonAsciiWords.length() < LANGUAGE_SAMPLE_CHARS) {
                    nonAsciiWords.append(text, start, i).append(' ');
                }
            }
            return i;
        }

        double quality() {
            return nonAscii == 0 ? 1 : Math.max(0, 1 - bad / nonAscii);
        }

        double scriptConsistency() {
            return words == 0 ? 1 : 1 - (double) mixedWords / words;
        }

        /**
         * Capitals follow small letters inside a word only in mis-decoded text ("RÃ©sumÃ©", Greek
         * ά read as Cyrillic Ь), hardly ever in real words.
         */
        double caseConsistency() {
            return words == 0 ? 1 : 1 - (double) mixedCaseWords / words;
        }

        /**
         * Latin-script words with accents have mostly plain letters (a share of about 0.2 to 0.35
         * accented in Polish or Romanian); words made of accented letters only are Greek or Cyrillic
         * read in a Latin charset.
         */
        double latinDensityFit() {
            if (latinNonAsciiLetters < MIN_LANGUAGE_LETTERS) {
                return 1;
            }
            double density = (double) latinNonAsciiLetters / latinLetters;
            return Math.max(0, Math.min(1, 1 - (density - 0.5) * 2.5));
        }

        /** Share of non-ASCII letters of the sample that the language's alphabet has. */
        double alphabetFit(String text, String language) {
            if (!Alphabets.knows(language) || nonAsciiLetters == 0) {
                return 1;
            }
            int fitting = 0;
            int all = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (cp >= 0x80 && Character.isLetter(cp)) {
                    all++;
                    if (Alphabets.fits(language, cp)) {
                        fitting++;
                    }
                }
                i += Character.charCount(cp);
            }
            return (double) fitting / all;
        }

        double letterShare() {
            return nonAscii == 0 ? 0 : (double) nonAsciiLetters / nonAscii;
        }
    }

    /** 1 for characters that never occur in text, 0.5 for unusual symbols, 0 otherwise. */
    private static double badness(int cp) {
        if (cp == 0xFFFD) {
            return 1;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE:
                return 1;
            case Character.DECIMAL_DIGIT_NUMBER, Character.OTHER_NUMBER, Character.SPACE_SEPARATOR,
                    Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.CURRENCY_SYMBOL,
                    Character.NON_SPACING_MARK, Character.FORMAT:
                return 0;
            default:
                boolean common = (cp >= 0x2000 && cp <= 0x206F) || COMMON_SYMBOLS.indexOf(cp) >= 0;
                return common ? 0 : 0.5;
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static byte[] printableAscii() {
        byte[] ascii = new byte[0x7F - 0x20 + 3];
        for (int i = 0; i < 0x7F - 0x20; i++) {
            ascii[i] = (byte) (0x20 + i);
        }
        ascii[ascii.length - 3] = '\t';
        ascii[ascii.length - 2] = '\n';
        ascii[ascii.length - 1] = '\r';
        return ascii;
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }

    /** One candidate charset and how its decoding of the sample was judged. */
    record Candidate(Charset charset, String decoded, double plausibility, double letterShare,
                     int detectorConfidence) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s plausibility=%.3f letters=%.3f detector=%d",
                    charset.name(), plausibility, letterShare, detectorConfidence);
        }
    }
}
