package org.polypress.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Finds the main language of a text with Tika's Optimaize detector (all built-in language models).
 *
 * <p>The text is sampled in up to {@value #CHUNKS} windows of {@value #CHUNK_CHARS} characters spread
 * over the whole text, so that a long cover page or an annex in another language does not decide
 * alone. Each window is reduced to its letters (digits, punctuation and symbols become spaces),
 * classified on its own, and the windows vote with weight = number of letters x probability. The
 * confidence is the winner's share of all sampled letters.
 *
 * <p>Thread-safe. The Optimaize models are loaded once per JVM (by the constructor of the first
 * instance); each call only allocates a small per-call buffer.
 */
public final class LanguageDetector {
    static final int CHUNK_CHARS = 5_000;
    static final int CHUNKS = 10;
    /** Fewer letters than this in the whole sample: {@code und}. */
    static final int MIN_LETTERS = 40;
    private static final int MIN_CHUNK_LETTERS = 20;

    public LanguageDetector() {
        // Loads (once, statically) and checks the models, so that the first detect() is not slow.
        newTikaDetector(16).loadModels();
    }

    /** The main language of {@code text}, or {@code und} when there are too few letters to tell. */
    public DetectedLanguage detect(String text) {
        if (text == null || text.isEmpty()) {
            return DetectedLanguage.undetermined();
        }
        Map<String, Double> votes = new HashMap<>();
        long letters = 0;
        for (String window : windows(text)) {
            String sample = lettersOnly(window);
            int count = countLetters(sample);
            if (count < MIN_CHUNK_LETTERS) {
                continue;
            }
            letters += count;
            for (LanguageResult result : classify(sample)) {
                if (!result.isUnknown()) {
                    votes.merge(isoCode(result.getLanguage()), (double) count * result.getRawScore(), Double::sum);
                }
            }
        }
        if (letters < MIN_LETTERS || votes.isEmpty()) {
            return DetectedLanguage.undetermined();
        }
        Map.Entry<String, Double> best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        double confidence = Math.min(1.0, best.getValue() / letters);
        return new DetectedLanguage(best.getKey(), confidence);
    }

    /**
     * The most likely language of one short sample that is already reduced to letters, with the
     * detector's probability; {@code und} when none is recognised. Used to judge candidate
     * decodings of a text.
     */
    DetectedLanguage classifyLetters(String letters) {
        List<LanguageResult> results = classify(letters);
        if (results.isEmpty() || results.get(0).isUnknown()) {
            return DetectedLanguage.undetermined();
        }
        LanguageResult best = results.get(0);
        return new DetectedLanguage(isoCode(best.getLanguage()), Math.min(1.0, Math.max(0.0, best.getRawScore())));
    }

    private static List<LanguageResult> classify(String sample) {
        OptimaizeLangDetector detector = newTikaDetector(sample.length() + 1);
        detector.loadModels();
        detector.addText(sample);
        return detector.detectAll();
    }

    private static OptimaizeLangDetector newTikaDetector(int maxChars) {
        return new OptimaizeLangDetector(maxChars);
    }

    /** Up to CHUNKS windows: consecutive pieces of a short text, evenly spread ones of a long text. */
    static List<String> windows(String text) {
        int length = text.length();
        int budget = CHUNKS * CHUNK_CHARS;
        List<String> windows = new ArrayList<>();
        if (length <= budget) {
            int start = 0;
            while (start < length) {
                int end = Math.min(length, start + CHUNK_CHARS);
                if (length - end < CHUNK_CHARS / 5) {
                    end = length;
                }
                windows.add(text.substring(start, end));
                start = end;
            }
            return windows;
        }
        long step = (long) (length - CHUNK_CHARS) / (CHUNKS - 1);
        for (int i = 0; i < CHUNKS; i++) {
            int start = (int) (i * step);
            windows.add(text.substring(start, start + CHUNK_CHARS));
        }
        return windows;
    }

    /** Letters (and combining marks) kept, every other run of characters replaced by one space. */
    static String lettersOnly(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || isMark(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString();
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static int countLetters(String sample) {
        int n = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (sample.charAt(i) != ' ') {
                n++;
            }
        }
        return n;
    }

    /** "zh-CN" to "zh"; lower case. */
    private static String isoCode(String tag) {
        int dash = tag.indexOf('-');
        return (dash > 0 ? tag.substring(0, dash) : tag).toLowerCase(Locale.ROOT);
    }
}
