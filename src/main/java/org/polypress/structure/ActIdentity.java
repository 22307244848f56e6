package org.polypress.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.clean.NoteRefs;

/**
 * What identifies an act, read from its text: its number as its name or its journal's masthead prints
 * it (profile key {@code number.act}: "COMMISSION DELEGATED REGULATION (EU) 2024/1772", "ΝΟΜΟΣ ΥΠ’
 * ΑΡΙΘΜ. 4534", Dziennik Ustaw's "Poz. 2058"), its date (the title's: "of 13 March 2024", "z dnia 19
 * listopada 2015 r."; else the place and date of its conclusions: "Αθήνα, 27 Απριλίου 2018"), and
 * the ELI the Official Journal prints at the foot of each page of an act ("ELI:
 * http://data.europa.eu/eli/reg_del/2024/1772/oj"), which the furniture remover took away as a
 * running line. Nothing else stands in for a number that is not printed: the act then has none.
 */
final class ActIdentity {
    /** The Official Journal's ELI footer, as printed on every page of an act since 2023 (and in a PDF with its folio). */
    private static final Pattern ELI_FOOTER = Pattern.compile("\\bELI:\\s*(https?://data\\.europa\\.eu/eli/[\\p{L}\\p{N}_/.-]+?)[.,;)]*(?:\\s|$)");

    /**
     * The identity found, and the number and date that go into the act's metadata; {@code eu}: the
     * number is the Union's ("(EU) 2024/1772"), or the journal printed a Union ELI.
     */
    record Found(DocumentTree.Act act, String number, LocalDate date, boolean eu) {
    }

    private ActIdentity() {
    }

    /**
     * The act's printed name: the gazette's {@code docType} line when there is one, else the words
     * that open its title ({@link ActKinds#nameAtStart}).
     */
    static String printedName(String docType, DocumentTree.Part main) {
        if (docType != null) {
            return docType;
        }
        return main.title() == null ? null : ActKinds.nameAtStart(NoteRefs.strip(main.title()));
    }

    /**
     * @param printedName the act's name ({@link #printedName})
     * @param main        the act's main part (title, masthead lines, conclusions)
     * @param furniture   the lines the furniture remover took away, in page order
     */
    static Found read(String printedName, DocumentTree.Part main, List<String> furniture, MetadataExtractor meta,
                      ActKinds kinds) {
        String title = main.title() == null ? "" : NoteRefs.strip(main.title());
        List<String> missing = new ArrayList<>();
        // The number: in the act's name, then in the lines around the title (a masthead's "Poz. 2058",
        // the Official Journal's "(2012/2/UE)"), never in the subject, which cites other acts.
        String number = null;
        String numberPrinted = null;
        boolean eu = false;
        String name = printedName == null ? "" : printedName;
        String titleName = ActKinds.nameAtStart(title);
        Optional<MetadataExtractor.PrintedDate> titleDate = meta.printedDate(title);
        // The title up to its date holds the act's name and number even where a word of it begins
        // in lower case ("REGLAMENTO (CE) N o 561/2007 DE LA COMISIÓN de 24 de mayo de 2007"); a number
        // in parentheses closing the title is the act's too (the Official Journal's "(2012/2/UE)").
        String beforeDate = titleDate.map(d -> title.substring(0, d.start())).orElse(titleName);
        Matcher closing = Pattern.compile("\\(([^()]*)\\)\\s*$").matcher(title);
        String closingNumber = closing.find() ? closing.group() : "";
        for (String where : List.of(name, titleName, beforeDate, closingNumber)) {
            Optional<MetadataExtractor.ActNumber> n = meta.actNumber(where);
            if (n.isPresent()) {
                number = n.get().number();
                numberPrinted = n.get().printed();
                eu = n.get().eu();
                break;
            }
        }
        if (number == null) {
            List<String> around = new ArrayList<>(main.frontMatter());
            around.addAll(main.afterTitle());
            if (main.numberLine() != null) {
                around.add(main.numberLine());
            }
            for (String line : around) {
                Optional<MetadataExtractor.ActNumber> n = meta.actNumber(NoteRefs.strip(line));
                if (n.isPresent()) {
                    number = n.get().number();
                    eu = n.get().eu();
                    break;
                }
            }
        }
        if (number == null) {
            missing.add("number");
        }
        // The date: the title's first ("of 13 March 2024"); else the date of the closing formula.
        String datePrinted = null;
        LocalDate date = null;
        if (titleDate.isPresent()) {
            date = titleDate.get().date();
            datePrinted = title.substring(titleDate.get().start(), titleDate.get().end());
        } else {
            for (Node n : main.conclusions()) {
                if (n instanceof Node.Prose p && p.role() == Node.Role.FORMULA) {
                    Optional<LocalDate> c = meta.date(List.of(NoteRefs.strip(p.text())));
                    if (c.isPresent()) {
                        date = c.get();
                        break;
                    }
                }
            }
        }
        if (date == null) {
            missing.add("date");
        }
        // The type from the name, or from the title up to its date where the name was cut short ("REGLAMENTO (CE) N").
        boolean cut = numberPrinted != null && !name.contains(numberPrinted) && beforeDate.contains(numberPrinted);
        String type = type(name.isEmpty() || cut ? beforeDate : name, numberPrinted, kinds);
        String eli = eli(furniture, number);
        return new Found(new DocumentTree.Act(type, numberPrinted, datePrinted, eli, missing), number, date,
                eu || eli != null);
    }

    /**
     * The act's type as printed: the side of its number that names the kind ("COMMISSION DELEGATED
     * REGULATION" of "... (EU) 2024/1772 of", "ΝΟΜΟΣ" of "ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534", "VÉGREHAJTÁSI
     * RENDELETE" of "A BIZOTTSÁG 1382/2011/EU VÉGREHAJTÁSI RENDELETE"), else the whole name.
     */
    private static String type(String name, String numberPrinted, ActKinds kinds) {
        int at = numberPrinted == null ? -1 : name.indexOf(numberPrinted);
        if (at >= 0) {
            String before = name.substring(0, at).strip();
            String after = name.substring(at + numberPrinted.length()).strip();
            if (kinds.of(before).isPresent()) {
                return before;
            }
            if (kinds.of(after).isPresent()) {
                return after.replaceFirst("\\s*\\($", "");
            }
        }
        return name.strip();
    }

    /**
     * The act's own ELI among the running lines: the Official Journal's footer, the most frequent one,
     * and, when the act's number is known, one whose path holds it ("/2024/1772/oj" for 2024/1772,
     * "/2009/1107/oj" for 1107/2009), so that the ELI of another act can never be taken. Null when the journal printed none.
     */
    static String eli(List<String> furniture, String number) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : furniture) {
            Matcher m = ELI_FOOTER.matcher(line);
            if (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        // The ELI's path puts the year first; the Official Journal's numbers before 2015 put it last ("1107/2009").
        List<String> paths = number == null ? List.of() : List.of(number, number.replaceFirst("^(\\d{1,4})/(\\d{1,4})$", "$2/$1"));
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean ours = number == null || paths.stream().anyMatch(p -> e.getKey().contains("/" + p + "/") || e.getKey().endsWith("/" + p));
            if (ours
                    && (best == null || e.getValue() > counts.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }
}
