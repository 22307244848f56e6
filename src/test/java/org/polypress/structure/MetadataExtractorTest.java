package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polypress.profile.Profiles;

class MetadataExtractorTest {
    private static final Profiles PROFILES = new Profiles();

    private static Optional<LocalDate> date(String lang, String line) {
        return new MetadataExtractor(PROFILES.forLanguage(lang)).date(List.of(line));
    }

    @Test
    void datesInTheDocumentsLanguage() {
        assertEquals(LocalDate.of(2017, 11, 20), date("nl", "Brussel, 20 november 2017").orElseThrow());
        assertEquals(LocalDate.of(2019, 3, 1), date("fr", "Bruxelles, le 1er mars 2019").orElseThrow());
        assertEquals(LocalDate.of(2017, 11, 20), date("es", "Bruselas, 20 de noviembre de 2017").orElseThrow());
        assertEquals(LocalDate.of(2015, 11, 19), date("pl", "z dnia 19 listopada 2015 r.").orElseThrow());
        assertEquals(LocalDate.of(2018, 4, 30), date("el", "ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ 30 Απριλίου 2018").orElseThrow());
        assertEquals(LocalDate.of(2024, 3, 13), date("en", "of 13 March 2024 supplementing").orElseThrow());
        assertEquals(LocalDate.of(2025, 2, 20), date("en", "OJ L, 20.2.2025").orElseThrow());
        assertEquals(Optional.empty(), date("en", "Article 31 of 2024"));
    }

    @Test
    void documentNumbers() {
        MetadataExtractor m = new MetadataExtractor(PROFILES.forLanguage("en"));
        assertEquals("14435/17", m.number(List.of("Brussels, 20 November 2017", "14435/17")).orElseThrow());
        assertEquals("2013/2606(RSP)", m.number(List.of("(2013/2606(RSP))")).orElseThrow());
        assertEquals("2025/301", m.number(List.of("COMMISSION DELEGATED REGULATION (EU) 2025/301 of 23 October 2024")).orElseThrow());
    }
}
