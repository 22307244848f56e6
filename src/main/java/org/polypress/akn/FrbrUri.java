package org.polypress.akn;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Akoma Ntoso FRBR IRI in the naming convention (OASIS Akoma Ntoso Naming Convention 1.0, as
 * Laws.Africa's cobalt {@code FrbrUri} models it), built and parsed here and nowhere else:
 *
 * <pre>
 *   work           /akn/{country}/{doctype}[/{subtype}]/{date}/{number}[/{part}]   /akn/eu/doc/document/2017-11-20/14435-17
 *   expression     {work}/{language}@                                              .../14435-17/eng@
 *   component      {work or expression}/!{component}                               .../14435-17/eng@/!main
 *   manifestation  {expression}.{format}, {expression}/!{component}.{format}       .../eng@.akn, .../eng@/!main.xml
 * </pre>
 *
 * {@code date} is the work's date ({@code YYYY-MM-DD}), or {@value #UNDATED} when the document
 * states none (never the day it was processed); {@code part} names an attachment's work inside
 * its document ({@code annex_1}, "" for the document itself); {@code language} is ISO 639-2/B,
 * "" for a work IRI.
 */
public record FrbrUri(String country, String doctype, String subtype, String date, String number, String part,
                      String language) {
    /** The date component of a work that states no date of its own. */
    public static final String UNDATED = "undated";
    private static final String SEGMENT = "[^/@!.\\s]+";
    /** cobalt's dates: a year, a month or a day ("2024", "2024-06", "2024-06-25"), or undated. */
    private static final String DATE = "(?:\\d{4}(?:-\\d{2}){0,2}|" + UNDATED + ")";
    private static final Pattern URI = Pattern.compile("/akn/(" + SEGMENT + ")/(" + SEGMENT + ")(?:/(?!" + DATE + "/)("
            + SEGMENT + "))?/(" + DATE + ")/(" + SEGMENT + ")(?:/(?!!)(" + SEGMENT + "))?(?:/([a-z]{3})@)?(?:/!" + SEGMENT
            + ")?(?:\\.[a-z0-9]+)?");

    public FrbrUri {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(doctype, "doctype");
        subtype = Objects.requireNonNullElse(subtype, "");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(number, "number");
        part = Objects.requireNonNullElse(part, "");
        language = Objects.requireNonNullElse(language, "");
        for (String s : new String[] {country, doctype, date, number}) {
            if (!s.matches(SEGMENT)) {
                throw new IllegalArgumentException("not an FRBR IRI component: '" + s + "'");
            }
        }
    }

    /** A work IRI's parts, without part or language. */
    public static FrbrUri work(String country, String doctype, String subtype, String date, String number) {
        return new FrbrUri(country, doctype, subtype, date, number, "", "");
    }

    /** {@code /akn/eu/doc/document/2017-11-20/14435-17}, with {@code /annex_1} for an attachment. */
    public String workUri() {
        return "/akn/" + country + "/" + doctype + (subtype.isEmpty() ? "" : "/" + subtype) + "/" + date + "/" + number
                + (part.isEmpty() ? "" : "/" + part);
    }

    /** {@code WORK/eng@}; the language must be set. */
    public String expressionUri() {
        if (language.isEmpty()) {
            throw new IllegalStateException("a work IRI has no expression: " + workUri());
        }
        return workUri() + "/" + language + "@";
    }

    /** {@code WORK/!main}: a component of the work. */
    public String workComponent(String component) {
        return workUri() + "/!" + component;
    }

    /** {@code WORK/eng@/!main}: a component of the expression. */
    public String expressionComponent(String component) {
        return expressionUri() + "/!" + component;
    }

    /** {@code WORK/eng@.akn}: the manifestation in a format. */
    public String manifestationUri(String format) {
        return expressionUri() + "." + format;
    }

    /** {@code WORK/eng@/!main.xml}: a component of the manifestation in a format. */
    public String manifestationComponent(String component, String format) {
        return expressionComponent(component) + "." + format;
    }

    /** The same work in a language (ISO 639-2/B). */
    public FrbrUri withLanguage(String iso6392b) {
        return new FrbrUri(country, doctype, subtype, date, number, part, iso6392b);
    }

    /** An attachment's work inside this one ({@code annex_1}). */
    public FrbrUri withPart(String name) {
        return new FrbrUri(country, doctype, subtype, date, number, name, language);
    }

    /** The work alone: no part, no language. */
    public FrbrUri asWork() {
        return new FrbrUri(country, doctype, subtype, date, number, "", "");
    }

    /**
     * Reads an FRBR IRI of any level (work, expression, component, manifestation); components and
     * format are not kept. Empty if the text is not an IRI of the naming convention.
     */
    public static Optional<FrbrUri> parse(String iri) {
        if (iri == null) {
            return Optional.empty();
        }
        Matcher m = URI.matcher(iri.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FrbrUri(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)));
    }

    /**
     * A number as an IRI component: "/" and spaces become "-" ("14435/17" -> "14435-17"), characters
     * other than letters, digits, ".", "_", "-", "(" and ")" go ("P9_TA(2023)0282" stays itself).
     */
    public static String numberComponent(String number) {
        String n = number.strip().replaceAll("[/\\s]+", "-").replaceAll("[^\\p{L}\\p{N}_()-]", "")
                .replaceAll("-+", "-").replaceAll("^-|-$", "");
        return n.isEmpty() ? "document" : n;
    }

    @Override
    public String toString() {
        return language.isEmpty() ? workUri() : expressionUri();
    }
}
