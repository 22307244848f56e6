package org.polypress.akn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.clean.NoteRefs;
import org.polypress.structure.DocumentTree;
import org.polypress.structure.Node;

/**
 * The identity of a work, from what the document says of itself and never from its file name or
 * the day it was processed: the issuer's country, the Akoma Ntoso type and name, the date and the
 * number the text states ("14435/17", "P9_TA(2023)0282", "2022/2076(INI)", "2024/1772").
 *
 * <p>The country is the issuer's, not the language's: an EU institution (the structure stage
 * finds it with the profiles' {@code institution} key, or the Council's cover page) is {@code eu};
 * else a national issuer named in the document's opening, looked up in
 * {@code akn/issuers.properties} ("ANSSI" is {@code fr} in a brochure in English as in French);
 * else the profile's {@code country}.
 *
 * <p>A document that states no date has the date {@value FrbrUri#UNDATED}; one that states no
 * number is numbered by a fingerprint of its own words (the first words of its title and eight hex
 * digits of a SHA-256 of its text): stable for the same text, and two different documents never
 * share it. {@link #evidence()} says which facts were stated, for the report.
 *
 * @param work     the work's IRI parts (no language)
 * @param evidence what identified it: "number and date", "number", "date" or "none"
 */
public record WorkIdentity(FrbrUri work, String evidence) {
    /**
     * How many of the opening's blocks may name the issuer: a cover or title page, its imprint and the
     * first lines of text (a brochure's "L'ANSSI vous accompagne", a strategy's "The Federal
     * Government's ... strategy was jointly developed by the Federal Ministry of ..."). Farther
     * in, a text names other bodies it is about rather than the one that wrote it.
     */
    static final int OPENING_BLOCKS = 12;
    /** Words of the title kept in a fingerprint number, enough to tell a reader what it is. */
    private static final int TITLE_WORDS = 5;
    private static final Map<String, Pattern> ISSUERS = loadIssuers();

    /** The identity of the work a tree is an expression of. */
    public static WorkIdentity of(DocumentTree tree) {
        DocumentTree.Metadata md = tree.metadata();
        if (tree.act() != null) {
            String[] yearAndNumber = actYearAndNumber(md.docNumber(), md.date(), md.title());
            String evidence = md.docNumber() != null && md.dateFromText() ? "number and date"
                    : md.docNumber() != null ? "number" : md.dateFromText() ? "date" : "none";
            return new WorkIdentity(FrbrUri.work(country(tree), tree.rootElement(), tree.name(), yearAndNumber[0],
                    yearAndNumber[1]), evidence);
        }
        String date = md.dateFromText() ? md.date().toString() : FrbrUri.UNDATED;
        String number = md.docNumber() != null ? FrbrUri.numberComponent(md.docNumber()) : fingerprint(tree);
        String evidence = md.docNumber() != null && md.dateFromText() ? "number and date"
                : md.docNumber() != null ? "number" : md.dateFromText() ? "date" : "none";
        return new WorkIdentity(FrbrUri.work(country(tree), tree.rootElement(), tree.name(), date, number), evidence);
    }

    /**
     * The year and number of a legislative act's work IRI, after the Akoma Ntoso naming convention as
     * legislation portals use it: {@code /akn/eu/act/regulation/2024/1772} for "2024/1772" and the
     * older "1107/2009" (the year is the part that is the act's year, or else the only part that can
     * be one), {@code /akn/gr/act/law/2018/4534} for Greek law 4534 of 2018, Dziennik Ustaw's
     * "poz. 2058" of 2015. An act whose number is not printed (a draft) has "nn" (not numbered) and a
     * short hash of its title, so that two such drafts are never one work; never the file's name.
     */
    static String[] actYearAndNumber(String number, java.time.LocalDate date, String title) {
        String year = Integer.toString(date.getYear());
        if (number == null) {
            return new String[] {year, "nn" + (title == null ? "" : "-" + sha256(title).substring(0, 8))};
        }
        Matcher two = Pattern.compile("(\\d{1,5})/(\\d{1,5})").matcher(number);
        if (two.matches() && (isYear(two.group(1), date) || isYear(two.group(2), date))) {
            boolean first = isYear(two.group(1), date) && (!isYear(two.group(2), date)
                    || two.group(1).equals(year) || !two.group(2).equals(year));
            return first ? new String[] {two.group(1), two.group(2)} : new String[] {two.group(2), two.group(1)};
        }
        return new String[] {year, FrbrUri.numberComponent(number)};
    }

    /** A plausible year of an act: four digits from 1950 (the first Community acts) to ten years after its date. */
    private static boolean isYear(String digits, java.time.LocalDate date) {
        int y = digits.length() == 4 ? Integer.parseInt(digits) : -1;
        return y >= 1950 && y <= date.getYear() + 10;
    }

    /** The issuer's country: see the class comment. */
    static String country(DocumentTree tree) {
        DocumentTree.Metadata md = tree.metadata();
        if (md.author() != null || !tree.cover().isEmpty()) {
            return md.country(); // an EU institution named, or the Council's cover page
        }
        return issuerCountry(opening(tree)).orElse(md.country());
    }

    /** The country of the first issuer of the table named in the texts, in their order. */
    static Optional<String> issuerCountry(List<String> texts) {
        for (String text : texts) {
            String t = text.replace('’', '\'');
            int best = Integer.MAX_VALUE;
            String country = null;
            for (Map.Entry<String, Pattern> e : ISSUERS.entrySet()) {
                Matcher m = e.getValue().matcher(t);
                if (m.find() && m.start() < best) {
                    best = m.start();
                    country = e.getKey();
                }
            }
            if (country != null) {
                return Optional.of(country);
            }
        }
        return Optional.empty();
    }

    /** The texts of the opening: cover, title block, preamble and the first blocks of the body. */
    private static List<String> opening(DocumentTree tree) {
        List<String> texts = new ArrayList<>();
        DocumentTree.Part main = tree.main();
        texts.addAll(main.frontMatter());
        if (main.title() != null) {
            texts.add(main.title());
        }
        texts.addAll(main.afterTitle());
        List<Node> nodes = new ArrayList<>(main.preamble());
        nodes.addAll(main.body());
        collect(nodes, texts, texts.size() + OPENING_BLOCKS);
        return texts.stream().map(NoteRefs::strip).toList();
    }

    private static void collect(List<Node> nodes, List<String> into, int limit) {
        for (Node n : nodes) {
            if (into.size() >= limit) {
                return;
            }
            if (n instanceof Node.Prose p) {
                into.add(p.text());
            } else if (n instanceof Node.Unit u) {
                into.add(u.text());
                collect(u.children(), into, limit);
            } else if (n instanceof Node.Container c) {
                into.add(c.heading());
                collect(c.children(), into, limit);
            } else if (n instanceof Node.ListBlock l) {
                collect(List.copyOf(l.items()), into, limit);
            } else if (n instanceof Node.Box b) {
                collect(List.copyOf(b.paragraphs()), into, limit);
            } else if (n instanceof Node.Quotation q) {
                into.addAll(q.paragraphs());
            }
        }
    }

    /** "directive-nis-2-elever-collectivement-3f9a01c2": the title's first words and a hash of the text. */
    static String fingerprint(DocumentTree tree) {
        // All of its text: an act's opening alone (title, preamble, no body yet) is still its own.
        List<String> all = new ArrayList<>();
        for (Node n : tree.cover()) {
            collect(List.of(n), all, Integer.MAX_VALUE);
        }
        for (DocumentTree.Part part : java.util.stream.Stream.concat(java.util.stream.Stream.of(tree.main()),
                tree.annexes().stream()).toList()) {
            all.addAll(part.frontMatter());
            if (part.title() != null) {
                all.add(part.title());
            }
            all.addAll(part.afterTitle());
            collect(part.preamble(), all, Integer.MAX_VALUE);
            collect(part.body(), all, Integer.MAX_VALUE);
            collect(part.conclusions(), all, Integer.MAX_VALUE);
        }
        String title = tree.metadata().title() != null ? tree.metadata().title() : "";
        String words = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        String slug = String.join("-", List.of(words.split(" ")).subList(0, Math.min(TITLE_WORDS,
                words.isEmpty() ? 0 : words.split(" ").length)));
        String hash = sha256(String.join("\n", all.stream().map(NoteRefs::strip).toList())).substring(0, 8);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Pattern> loadIssuers() {
        Properties p = new Properties();
        try (InputStream in = WorkIdentity.class.getResourceAsStream("/akn/issuers.properties")) {
            if (in == null) {
                throw new IllegalStateException("akn/issuers.properties is missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Pattern> issuers = new LinkedHashMap<>();
        for (String country : new java.util.TreeSet<>(p.stringPropertyNames())) {
            String alternatives = String.join("|", List.of(p.getProperty(country).split("\\|")).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).map(s -> Pattern.quote(s.replace('’', '\''))).toList());
            issuers.put(country, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"));
        }
        return Map.copyOf(issuers);
    }
}
