package org.polypress.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.profile.LanguageProfile;

/**
 * Reads what a document states about itself: its number (Council "14435/17", EP procedure
 * "2013/2606(RSP)", OJ "(EU) 2025/301") and its date ("20 november 2017", "20.11.2017"), with the
 * month names of the document's language.
 */
final class MetadataExtractor {
    private static final Pattern COUNCIL_NUMBER = Pattern.compile("^(\\d{1,6}/\\d{2}(?:\\s+(?:ADD|COR|REV)\\s*\\d+)*)$");
    private static final Pattern PROCEDURE = Pattern.compile("\\((\\d{4}/\\d{4}\\([A-Z]{3}\\))\\)");
    private static final Pattern ACT_NUMBER = Pattern.compile("\\((?:EU|EC|EEC|EU, Euratom|UE|EG|CE|ЕС|ΕΕ)\\)\\s*(?:No\\s*|Nr\\.?\\s*|n[o°]\\s*)?(\\d{4}/\\d{1,4}|\\d{1,4}/\\d{4})");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");

    private final Pattern textDate;
    private final LanguageProfile profile;

    MetadataExtractor(LanguageProfile profile) {
        this.profile = profile;
        List<String> months = profile.list("months");
        String alt = months.isEmpty() ? "(?!)" : String.join("|", months.stream()
                .flatMap(x -> java.util.stream.Stream.of(x, java.text.Normalizer.normalize(x, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")))
                .distinct().map(Pattern::quote).toList());
        // "20 november 2017", "1er mars 2019", "20 de noviembre de 2017", "20 ta' Novembru 2017",
        // "6ης Οκτωβρίου 2018": day, an optional short connector, month, an optional connector, year.
        textDate = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|e|ης|η|st|nd|rd|th)?\\s+(?:[\\p{L}]{1,8}'?\\s+)?(" + alt
                + ")\\s+(?:[\\p{L}]{1,3}\\s+)?(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A document number stated in one of the given lines, the first found. */
    Optional<String> number(List<String> lines) {
        for (String l : lines) {
            Matcher m = COUNCIL_NUMBER.matcher(l.strip());
            if (m.matches()) {
                return Optional.of(m.group(1).replaceAll("\\s+", " "));
            }
        }
        for (String l : lines) {
            Matcher m = PROCEDURE.matcher(l);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
            m = ACT_NUMBER.matcher(l);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The first date written in one of the lines. */
    Optional<LocalDate> date(List<String> lines) {
        for (String l : lines) {
            Matcher m = textDate.matcher(l);
            while (m.find()) {
                Optional<LocalDate> d = of(m.group(3), profile.month(m.group(2)), m.group(1));
                if (d.isPresent()) {
                    return d;
                }
            }
            m = NUMERIC_DATE.matcher(l);
            while (m.find()) {
                Optional<LocalDate> d = of(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, int month, String day) {
        try {
            return month < 1 ? Optional.empty()
                    : Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
