package org.polypress.structure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.polypress.profile.LanguageProfile;

/**
 * The kinds of legislative act a language prints, as its profile names them (key {@code acts}: the
 * Akoma Ntoso names in the order they are tried; {@code act.NAME}: the printed words). The Official
 * Journal names an act in capitals before its number, its issuer before or after the kind
 * ("COMMISSION DELEGATED REGULATION (EU) 2024/1772", "BESCHLUSS (EU) 2016/2025 DES RATES", "A
 * BIZOTTSÁG 1382/2011/EU VÉGREHAJTÁSI RENDELETE"); a gazette sets the kind over its title
 * ("ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534", "OBWIESZCZENIE", "Ordonanţă de Urgenţă a Guvernului"). The words are found
 * anywhere inside such a name, as whole words, case and accents ignored (capitals drop Greek
 * accents; Romanian ş/ș read alike).
 */
final class ActKinds {
    private record Kind(String name, Pattern words) {
    }

    private final List<Kind> kinds = new ArrayList<>();

    ActKinds(LanguageProfile profile) {
        for (String name : profile.list("acts")) {
            String words = profile.get("act." + name);
            if (!words.isEmpty()) {
                kinds.add(new Kind(name, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + bare(words) + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        }
    }

    /** The Akoma Ntoso name ("regulation", "law") of the act a printed name names, if it names one. */
    Optional<String> of(String printedName) {
        if (printedName == null) {
            return Optional.empty();
        }
        String folded = fold(printedName);
        for (Kind k : kinds) {
            if (k.words().matcher(folded).find()) {
                return Optional.of(k.name());
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of act a document's main part is, if it is one: its printed name (the gazette's
     * {@code docType}, else the words that open its title) names a kind of act, and it is
     * structured as acts are: it has articles, or a preamble of citations or recitals ("Having regard
     * to ...", "Whereas:"), or its preamble closes with the enacting formula (profile key
     * {@code formula.enacting}: "HAS ADOPTED THIS REGULATION:"): the opening of an act as EUR-Lex
     * shows it. A text that only talks about a regulation has none of them.
     */
    Optional<String> of(DocumentTree.Part main, String docType, LanguageProfile profile) {
        return of(main, List.of(), docType, profile);
    }

    /**
     * As {@link #of(DocumentTree.Part, String, LanguageProfile)}, and an act may also publish an act
     * as its annex: a gazette's announcement of a consolidated text ("OBWIESZCZENIE ... w sprawie
     * ogłoszenia jednolitego tekstu ustawy", Dziennik Ustaw) has numbered paragraphs of its own and
     * the law, with its articles, annexed under its own name ("USTAWA").
     */
    Optional<String> of(DocumentTree.Part main, List<DocumentTree.Part> annexes, String docType, LanguageProfile profile) {
        Optional<String> kind = of(docType);
        if (kind.isEmpty() && main.title() != null) {
            kind = of(nameAtStart(org.polypress.clean.NoteRefs.strip(main.title())));
        }
        return kind.filter(k -> hasArticles(main.body()) || endsWithEnactingFormula(main.preamble(), profile)
                || main.preamble().stream().anyMatch(n -> n instanceof Node.Unit)
                || annexes.stream().anyMatch(a -> a.title() != null && hasArticles(a.body())
                        && of(nameAtStart(org.polypress.clean.NoteRefs.strip(a.title()))).isPresent()));
    }

    private static boolean hasArticles(List<Node> nodes) {
        for (Node n : nodes) {
            if (n instanceof Node.Container c && (c.kind() == Node.ContainerKind.ARTICLE || hasArticles(c.children()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithEnactingFormula(List<Node> preamble, LanguageProfile profile) {
        Pattern enacting = profile.leadPattern("formula.enacting");
        return enacting != null && !preamble.isEmpty() && preamble.get(preamble.size() - 1) instanceof Node.Prose p
                && enacting.matcher(org.polypress.clean.NoteRefs.strip(p.text()).strip()).lookingAt();
    }

    /**
     * The printed name at the start of a title: its words up to the first that begins in lower
     * case ("COMMISSION DELEGATED REGULATION (EU) 2024/1772" of "... of 13 March 2024 supplementing
     * ..."), which is where the Official Journal's date and subject begin.
     */
    static String nameAtStart(String title) {
        StringBuilder b = new StringBuilder();
        for (String word : title.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                break;
            }
            b.append(b.length() == 0 ? "" : " ").append(word);
        }
        return b.toString();
    }

    private static String fold(String s) {
        return bare(s).toLowerCase(Locale.ROOT);
    }

    /** Without accents (combining marks), the case kept: a regular expression stays one. */
    private static String bare(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
