package org.polypress.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The label files (xslt/labels/<lang>.xml): one English definition, translations that fit it. */
class LabelsTest {
    private static final Map<String, String> ENGLISH = Labels.of("en");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    static Stream<String> languages() {
        return Profiles.EU_LANGUAGES.stream();
    }

    /** The editions' own words are translated in every language; the report's and catalogue's may fall back. */
    @ParameterizedTest
    @MethodSource("languages")
    void everyEditionLabelIsTranslated(String code) {
        Map<String, String> own = Labels.file(code);
        assertTrue(ENGLISH.keySet().containsAll(own.keySet()), code + ": a key English does not define");
        ENGLISH.keySet().stream().filter(k -> !k.startsWith("report.") && !k.startsWith("catalogue."))
                .forEach(k -> assertTrue(own.containsKey(k), code + " lacks " + k));
    }

    /** A translation may move a parameter, never rename, drop or add one. */
    @ParameterizedTest
    @MethodSource("languages")
    void translationsKeepTheParameters(String code) {
        Labels.of(code).forEach((key, text) -> assertEquals(parameters(ENGLISH.get(key)), parameters(text),
                code + ": " + key + " = " + text));
    }

    @Test
    void aLanguageWithoutAFileSpeaksEnglishAndARegionItsLanguage() {
        assertEquals(ENGLISH, Labels.of("xx"));
        assertEquals(Labels.of("pt"), Labels.of("pt-BR"));
        assertEquals("{total} / {page}. oldal", Labels.of("hu").get("pageOfTotal"));
        assertEquals("Page {page} of {total}", ENGLISH.get("pageOfTotal"));
    }

    private static Set<String> parameters(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        assertTrue(out.size() <= 3, text);
        return out;
    }
}
