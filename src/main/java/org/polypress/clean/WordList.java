package org.polypress.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The words of one language, for hyphenation evidence: {@code wordlists/<code>.txt.gz} on the
 * class path (see the README there for sources and licences), loaded the first time a document
 * of that language asks for it and then shared. A language without a list has the empty list,
 * which decides nothing. Immutable and thread-safe.
 */
public final class WordList {
    /** The list that knows no word. */
    public static final WordList NONE = new WordList(Set.of());

    private static final ConcurrentHashMap<String, WordList> LOADED = new ConcurrentHashMap<>();

    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = words;
    }

    /** A list of the given words (tests, other sources). */
    public static WordList of(Collection<String> words) {
        Set<String> s = new HashSet<>();
        for (String w : words) {
            s.add(w.toLowerCase(Locale.ROOT));
        }
        return new WordList(Set.copyOf(s));
    }

    /** The bundled list of the language ({@code "en"}), or {@link #NONE} when none is bundled. */
    public static WordList forLanguage(String code) {
        return LOADED.computeIfAbsent(code == null ? "" : code.toLowerCase(Locale.ROOT), WordList::load);
    }

    private static WordList load(String code) {
        if (!code.matches("[a-z]{2,3}")) {
            return NONE;
        }
        try (InputStream in = WordList.class.getResourceAsStream("/wordlists/" + code + ".txt.gz")) {
            if (in == null) {
                return NONE;
            }
            Set<String> s = new HashSet<>(1 << 18);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String w = line.strip();
                    if (!w.isEmpty()) {
                        s.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new WordList(Set.copyOf(s));
        } catch (IOException e) {
            throw new UncheckedIOException("word list " + code, e);
        }
    }

    /** Whether the word (any case) is in the list. */
    public boolean contains(String word) {
        return !words.isEmpty() && words.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public int size() {
        return words.size();
    }
}
