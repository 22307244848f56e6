package org.polypress.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Language facts live in the profiles only: no word of a profile is written in a string of the
 * Java sources (comments, which quote real documents, do not count). The words looked for are
 * those no program text uses by chance: any with a letter beyond ASCII ("Άρθρο", "Europäischen"),
 * and the long ones of the languages other than English ("Verordnung"). English's words are
 * also Akoma Ntoso's element names ("paragraph", "conclusions") and are not looked for, in any
 * language ("conclusions" is French too).
 */
class LanguageFactsInJavaTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{3,}");
    /** A string literal, escapes included. */
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    /** Shorter ASCII words of the other languages are also code ("data", "List", "para"). */
    private static final int LONG_WORD = 7;
    /** Keys that are codes and names, not words the stages read. */
    private static final Set<String> NOT_WORDS = Set.of("language", "iso639-2b", "country", "name");

    @Test
    void noWordOfAProfileIsInTheJavaSources() throws IOException {
        Set<String> words = profileWords();
        assertTrue(words.size() > 1000, "the profiles' words were read: " + words.size());
        Set<String> found = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path java : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(java)).replaceAll(" ");
                Matcher literal = STRING.matcher(code);
                while (literal.find()) {
                    Matcher w = WORD.matcher(literal.group(1));
                    while (w.find()) {
                        if (words.contains(w.group())) {
                            found.add(java.getFileName() + ": " + w.group());
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), found);
    }

    private static Set<String> profileWords() {
        Set<String> words = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        for (String code : Profiles.EU_LANGUAGES) {
            Properties p = new Properties();
            try (InputStream in = Profiles.class.getResourceAsStream("/profiles/" + code + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : p.stringPropertyNames()) {
                if (NOT_WORDS.contains(key)) {
                    continue;
                }
                Matcher w = WORD.matcher(p.getProperty(key));
                while (w.find()) {
                    String word = w.group();
                    boolean ascii = word.chars().allMatch(c -> c < 128);
                    if (code.equals("en")) {
                        english.add(word.toLowerCase(java.util.Locale.ROOT));
                    } else if (!ascii || word.length() >= LONG_WORD) {
                        words.add(word);
                    }
                }
            }
        }
        words.removeIf(w -> english.contains(w.toLowerCase(java.util.Locale.ROOT)));
        return words;
    }
}
