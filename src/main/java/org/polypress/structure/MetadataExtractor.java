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
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");

    private final Pattern textDate;
    private final Pattern yearFirstDate;
    private final Pattern euNumber;
    private final Pattern actNumber;
    private final Pattern dateAfter;
    private final LanguageProfile profile;

    /** An act's number: the number, its words as printed ("(EU) 2024/1772"), whether the Union numbered it. */
    record ActNumber(String number, String printed, boolean eu) {
    }

    /** A date as printed in a line: where it stands and what it is. */
    record PrintedDate(LocalDate date, int start, int end) {
    }

    MetadataExtractor(LanguageProfile profile) {
        this.profile = profile;
        // The act's number as the language prints it: the Union's (profile key number.eu: "(EU) 2024/1772",
        // "(EG) nr. 1107/2009", "2014/491/GBVB"), a gazette's (key number.act: "ΥΠ’ ΑΡΙΘΜ. 4534").
        euNumber = pattern(profile.get("number.eu"));
        actNumber = pattern(profile.get("number.act"));
        String ordinal = profile.get("date.ordinal");
        // What the language writes after a date's year and belongs to it (Polish "2015 r."): key date.after.
        dateAfter = profile.get("date.after").isEmpty() ? null : Pattern.compile(profile.get("date.after"));
        List<String> months = profile.list("months");
        String alt = months.isEmpty() ? "(?!)" : String.join("|", months.stream()
                .flatMap(x -> java.util.stream.Stream.of(x, java.text.Normalizer.normalize(x, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")))
                .distinct().map(Pattern::quote).toList());
        // "20 november 2017", "1er mars 2019", "20 de noviembre de 2017", "20 ta' Novembru 2017",
        // "6ης Οκτωβρίου 2018": day (with a stop, or the letters of an ordinal in the language, profile
        // key date.ordinal), an optional short connector, month, an optional connector, year.
        // Languages that write the year first ("2011. december 22.", "2015 m. rugsėjo 11 d.", "2023. gada
        // 8. decembris"): profile key date.ymd, with groups y, m, d and {months} for the month names.
        String ymd = profile.get("date.ymd");
        yearFirstDate = ymd.isEmpty() ? null
                : Pattern.compile(ymd.replace("{months}", alt), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        textDate = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:\\." + (ordinal.isEmpty() ? "" : "|" + ordinal)
                + ")?\\s+(?:[\\p{L}]{1,8}'?\\s+)?(" + alt
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
            Optional<ActNumber> act = actNumber(l);
            if (act.isPresent()) {
                return Optional.of(act.get().number());
            }
        }
        return Optional.empty();
    }

    private static Pattern pattern(String regex) {
        return regex.isEmpty() ? null : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** An act's number in a line, the Union's first: the first group of the profile's pattern that matched. */
    Optional<ActNumber> actNumber(String line) {
        for (Pattern p : new Pattern[] {euNumber, actNumber}) {
            Matcher m = p == null ? null : p.matcher(line);
            if (m != null && m.find()) {
                String number = m.group();
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        number = m.group(g);
                        break;
                    }
                }
                return Optional.of(new ActNumber(number, m.group().strip(), p == euNumber));
            }
        }
        return Optional.empty();
    }

    /** The first date written in one of the lines. */
    Optional<LocalDate> date(List<String> lines) {
        for (String l : lines) {
            Optional<PrintedDate> d = printedDate(l);
            if (d.isPresent()) {
                return Optional.of(d.get().date());
            }
        }
        return Optional.empty();
    }

    /** The first date written in a line, with its place: a date in words first, then in digits. */
    Optional<PrintedDate> printedDate(String l) {
        if (yearFirstDate != null) {
            Matcher y = yearFirstDate.matcher(l);
            while (y.find()) {
                Optional<LocalDate> d = of(y.group("y"), profile.month(y.group("m")), y.group("d"));
                if (d.isPresent()) {
                    return Optional.of(new PrintedDate(d.get(), y.start(), y.end()));
                }
            }
        }
        Matcher m = textDate.matcher(l);
        while (m.find()) {
            Optional<LocalDate> d = of(m.group(3), profile.month(m.group(2)), m.group(1));
            if (d.isPresent()) {
                return Optional.of(new PrintedDate(d.get(), m.start(), endOfDate(l, m.end())));
            }
        }
        m = NUMERIC_DATE.matcher(l);
        while (m.find()) {
            Optional<LocalDate> d = of(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
            if (d.isPresent()) {
                return Optional.of(new PrintedDate(d.get(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private int endOfDate(String line, int end) {
        if (dateAfter == null) {
            return end;
        }
        Matcher m = dateAfter.matcher(line).region(end, line.length());
        return m.lookingAt() ? m.end() : end;
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
