package org.polypress.structure;

import java.util.ArrayList;
import java.util.List;
import org.polypress.clean.NoteRefs;
import org.polypress.profile.LanguageProfile;

/**
 * Builds the body tree from classified blocks with a stack of open containers. A heading closes
 * the open containers of its rank or deeper (word headings: part > title > chapter > section >
 * article; numbered headings by depth; unnumbered headings are the deepest). Running text goes
 * into the deepest open container; bullets and points after a numbered paragraph are its points;
 * bullets elsewhere form lists. Where running text and units share a container, the units become
 * a list, so every container holds either blocks or sub-units, as Akoma Ntoso wants.
 */
final class BodyBuilder {
    private final BlockClassifier classifier;
    private final LanguageProfile profile;
    private final List<String> unclassified;

    BodyBuilder(BlockClassifier classifier, LanguageProfile profile, List<String> unclassified) {
        this.classifier = classifier;
        this.profile = profile;
        this.unclassified = unclassified;
    }

    private static final class Open {
        final Node.ContainerKind kind;
        final int rank;
        final String num;
        final String heading;
        final List<Object> children = new ArrayList<>(); // Node or OpenUnit or Open
        /** The numbering style of its first paragraph ("(1)", "1."), or null before one. */
        String paragraphStyle;

        Open(Node.ContainerKind kind, int rank, String num, String heading) {
            this.kind = kind;
            this.rank = rank;
            this.num = num;
            this.heading = heading;
        }
    }

    private static final class OpenUnit {
        final Node.UnitKind kind;
        final String num;
        final String text;
        final List<Node> points = new ArrayList<>();
        /** A subparagraph follows its points: the paragraph's wrap-up, after which no point joins it. */
        boolean wrapped;

        OpenUnit(Node.UnitKind kind, String num, String text) {
            this.kind = kind;
            this.num = num;
            this.text = text;
        }

        Node.Unit build() {
            return new Node.Unit(kind, num, text, points);
        }
    }

    List<Node> build(List<Classified> input) {
        // "Art. 1. 1. Każda ..." = an article heading, then its first paragraph.
        List<Classified> blocks = new ArrayList<>(input.size());
        for (Classified c : input) {
            if (c.kind() == Classified.Kind.ARTICLE_TEXT) {
                blocks.add(new Classified(Classified.Kind.ARTICLE_TEXT, c.num(), "", 0, c.block()));
                blocks.add(classifier.classify(c.block().withText(c.text())));
            } else {
                blocks.add(c);
            }
        }
        // Numbering styles of headings nest in the order they first appear ("1." > "(a)" > "(I)");
        // decimal numbers by their depth ("2" > "2.1" > "2.1.3").
        java.util.Map<String, Integer> headingStyles = new java.util.LinkedHashMap<>();
        for (Classified c : blocks) {
            if (c.kind() == Classified.Kind.NUM_HEADING) {
                headingStyles.putIfAbsent(headingStyle(c), headingStyles.size());
            }
        }
        Open root = new Open(null, 0, "", "");
        List<Open> stack = new ArrayList<>();
        stack.add(root);
        OpenUnit unit = null;
        for (int i = 0; i < blocks.size(); i++) {
            Classified c = blocks.get(i);
            Open top = stack.get(stack.size() - 1);
            switch (c.kind()) {
                case WORD_HEADING -> {
                    String heading = c.text();
                    if (heading.isEmpty() && i + 1 < blocks.size() && isTitleOf(blocks.get(i + 1))) {
                        heading = blocks.get(++i).text();
                    }
                    Node.ContainerKind kind = classifier.wordKind(c.num(), profile);
                    if (kind == Node.ContainerKind.ARTICLE && !heading.isEmpty() && !BlockClassifier.endsWithPunctuation(heading)
                            && i + 1 < blocks.size() && blocks.get(i + 1).kind() == Classified.Kind.HEADING
                            && blocks.get(i + 1).block().lines() == 1 && blocks.get(i + 1).plain().length() <= TITLE_LINE) {
                        // An article opens with its text, never with a heading of its own: a heading
                        // right after its title is the title's next line ("Αντικατάσταση του άρθρου 157
                        // του Κώδικα" / "Δημοσίου Ναυτικού Δικαίου (ν.δ. 187/1973)").
                        heading = heading + " " + blocks.get(++i).text();
                    }
                    push(stack, new Open(kind, kind.ordinal() + 1, c.num(), heading));
                    unit = null;
                }
                case ARTICLE_TEXT -> {
                    push(stack, new Open(Node.ContainerKind.ARTICLE, Node.ContainerKind.ARTICLE.ordinal() + 1, c.num(), ""));
                    unit = null;
                }
                case NUM_HEADING -> {
                    int level = headingStyles.get(headingStyle(c));
                    Node.ContainerKind kind = level == 0 ? Node.ContainerKind.SECTION
                            : level == 1 ? Node.ContainerKind.SUBSECTION : Node.ContainerKind.LEVEL;
                    push(stack, new Open(kind, 10 + level, c.num(), c.text()));
                    unit = null;
                }
                case HEADING -> {
                    push(stack, new Open(Node.ContainerKind.CROSS_HEADING, 100, "", c.text()));
                    unit = null;
                }
                case PARAGRAPH, PAREN_NUMBERED, CITATION, RECITAL -> {
                    if (nestsInParagraph(top, unit, c.num())) {
                        addPoint(unit, new Node.Unit(Node.UnitKind.POINT, c.num(), c.text(), List.of()));
                        continue;
                    }
                    unit = new OpenUnit(Node.UnitKind.PARAGRAPH, c.num(), c.text());
                    top.children.add(unit);
                    if (top.kind == Node.ContainerKind.ARTICLE && top.paragraphStyle == null) {
                        top.paragraphStyle = paragraphStyle(c.num());
                    }
                }
                case POINT, BULLET -> {
                    Node.UnitKind kind = c.kind() == Classified.Kind.POINT ? Node.UnitKind.POINT : Node.UnitKind.ITEM;
                    if (unit != null && unit.kind == Node.UnitKind.PARAGRAPH && !unit.wrapped) {
                        addPoint(unit, new Node.Unit(Node.UnitKind.POINT, c.num(), c.text(), List.of()));
                    } else {
                        addItem(top, new Node.Unit(kind, c.num(), c.text(), List.of()));
                        unit = null;
                    }
                }
                case BOX -> {
                    List<Node.Prose> ps = new ArrayList<>();
                    ps.add(new Node.Prose(c.text(), Node.Role.P));
                    while (i + 1 < blocks.size() && blocks.get(i + 1).kind() == Classified.Kind.BOX) {
                        ps.add(new Node.Prose(blocks.get(++i).text(), Node.Role.P));
                    }
                    top.children.add(new Node.Box(ps));
                }
                case QUOTED -> {
                    List<String> quoted = new ArrayList<>();
                    quoted.add(c.text());
                    while (i + 1 < blocks.size() && blocks.get(i + 1).kind() == Classified.Kind.QUOTED
                            && blocks.get(i + 1).depth() == 0) {
                        String next = blocks.get(++i).text();
                        int last = quoted.size() - 1;
                        if (QUOTED_LABEL.matcher(NoteRefs.strip(quoted.get(last)).strip()).matches()) {
                            // "‘2." on its line, then its text: one paragraph, as labels are elsewhere.
                            quoted.set(last, quoted.get(last).strip() + " " + next);
                        } else {
                            quoted.add(next);
                        }
                    }
                    quote(top, unit, new Node.Quotation(quoted));
                }
                case FORMULA, ENACTING, RECITALS_INTRO -> {
                    top.children.add(new Node.Prose(c.text(), Node.Role.FORMULA));
                    unit = null;
                }
                default -> {
                    if (c.kind() == Classified.Kind.PROSE && continuesParagraph(top, unit)) {
                        unit.wrapped |= unit.points.stream().anyMatch(p -> p instanceof Node.Unit);
                        unit.points.add(new Node.Prose(c.text(), Node.Role.P));
                        continue;
                    }
                    if (c.kind() == Classified.Kind.ANNEX) {
                        unclassified.add(NoteRefs.strip(c.num()));
                    }
                    top.children.add(new Node.Prose(c.kind() == Classified.Kind.ANNEX ? c.num() : c.text(), Node.Role.P));
                    unit = null;
                }
            }
        }
        return finish(root, true);
    }

    /**
     * Whether running text after a numbered paragraph of an article is that paragraph's
     * subparagraph. In legislative drafting, paragraphs are numbered and subparagraphs are not: an
     * unnumbered block between paragraph 1 and paragraph 2 of an article (or after its last one) is
     * a further subparagraph of paragraph 1, or, after its points, its wrap-up (the EU's Joint
     * Practical Guide, guideline 15; gazettes' laws alike). The article keeps its paragraphs instead of
     * becoming a list beside running text.
     */
    private static boolean continuesParagraph(Open top, OpenUnit unit) {
        return unit != null && unit.kind == Node.UnitKind.PARAGRAPH && !unit.num.isEmpty()
                && top.kind == Node.ContainerKind.ARTICLE && !top.children.isEmpty()
                && top.children.get(top.children.size() - 1) == unit;
    }

    /**
     * Whether a numbered block inside an article's paragraph is a point of it: its numbering style
     * differs from the style of the article's first paragraph. An article numbers its paragraphs in
     * one style and what they enumerate in another (German "(1)" Absatz over "1." Nummer, Czech and
     * Slovak "(1)" odstavec over "1." bod, Romanian "(1)" alineat over "1." punct): "1." after "(1)
     * Dieses Gesetz gilt für die Verarbeitung personenbezogener Daten durch" is the first of its
     * points, not the article's next paragraph.
     */
    private static boolean nestsInParagraph(Open top, OpenUnit unit, String num) {
        return continuesParagraph(top, unit) && !unit.wrapped && top.paragraphStyle != null
                && !paragraphStyle(num).equals(top.paragraphStyle);
    }

    /**
     * A paragraph's points are numbered in one style, and a point numbered in another belongs to the
     * point before it ("(a)" over "(i)", "(ii)" and "–" indents in the Official Journal; "1." over "a)"
     * in a German or Czech law): the style of the paragraph's first point decides.
     */
    private static void addPoint(OpenUnit unit, Node.Unit point) {
        String first = null;
        int last = -1;
        for (int k = 0; k < unit.points.size(); k++) {
            if (unit.points.get(k) instanceof Node.Unit u) {
                first = first == null ? paragraphStyle(u.num()) : first;
                last = k;
            }
        }
        if (first != null && last == unit.points.size() - 1 && !paragraphStyle(point.num()).equals(first)
                && !nextLetter(((Node.Unit) unit.points.get(last)).num(), point.num())) {
            unit.points.set(last, withChild((Node.Unit) unit.points.get(last), point));
        } else {
            unit.points.add(point);
        }
    }

    /**
     * Items outside a paragraph nest alike: in a run of items or points, one numbered in another
     * style than the run's first belongs to the item before it ("1) ... w tym o:" over "a)", "b)" in
     * a Polish act; "•" over "o" sub-bullets).
     */
    private static void addItem(Open top, Node.Unit item) {
        int last = top.children.size() - 1;
        int first = last;
        while (first >= 0 && top.children.get(first) instanceof Node.Unit u && u.kind() != Node.UnitKind.PARAGRAPH) {
            first--;
        }
        first++;
        if (first <= last && !paragraphStyle(item.num()).equals(paragraphStyle(((Node.Unit) top.children.get(first)).num()))
                && !nextLetter(((Node.Unit) top.children.get(last)).num(), item.num())) {
            top.children.set(last, withChild((Node.Unit) top.children.get(last), item));
        } else {
            top.children.add(item);
        }
    }

    /** Whether a label is the letter after another's, as printed: "(i)" after "(h)" is the ninth letter, not roman one. */
    static boolean nextLetter(String before, String label) {
        String a = before.replaceAll("[^\\p{L}]", "");
        String b = label.replaceAll("[^\\p{L}]", "");
        return a.length() == 1 && b.length() == 1 && b.charAt(0) == a.charAt(0) + 1
                && before.replaceAll("\\p{L}", "").equals(label.replaceAll("\\p{L}", ""));
    }

    /** A paragraph label's style, an inserted number's letters aside ("4a." is numbered as "4."). */
    private static String paragraphStyle(String num) {
        return labelStyle(num.replaceAll("(?<=\\d)\\p{Ll}{1,3}(?=[.)]?$)", ""));
    }

    /** A title's second line, as a gazette's column prints it, is at most this long. */
    static final int TITLE_LINE = 80;

    /** A label alone in a quotation, its opening mark (any initial or final quote in Unicode) before it ("‘2.", "„1)", "(a)"). */
    private static final java.util.regex.Pattern QUOTED_LABEL =
            java.util.regex.Pattern.compile("[\\p{Pi}\\p{Pf}\\u201A\\u201E]?\\(?(?:\\d{1,3}[a-z]?|[a-z]{1,2}|[ivxlc]{1,6})[.)]");

    /**
     * A quotation goes to the provision that introduces it: the open paragraph's last point, the
     * open paragraph itself, the point or item just before; after running text it is the next block.
     */
    private static void quote(Open top, OpenUnit unit, Node.Quotation quotation) {
        Object last = top.children.isEmpty() ? null : top.children.get(top.children.size() - 1);
        if (unit != null && last == unit) {
            int at = unit.points.size() - 1;
            if (at >= 0 && unit.points.get(at) instanceof Node.Unit point) {
                unit.points.set(at, withChild(point, quotation));
            } else {
                unit.points.add(quotation);
            }
        } else if (last instanceof Node.Unit u) {
            top.children.set(top.children.size() - 1, withChild(u, quotation));
        } else {
            top.children.add(quotation);
        }
    }

    private static Node.Unit withChild(Node.Unit u, Node child) {
        List<Node> children = new ArrayList<>(u.children());
        children.add(child);
        return new Node.Unit(u.kind(), u.num(), u.text(), children);
    }

    private static String headingStyle(Classified c) {
        return c.depth() > 0 ? "decimal" + c.depth() : labelStyle(c.num());
    }

    /**
     * The numbering style of a label, its letters and digits folded: "(a)" and "(b)" share "(a)",
     * "(I)" and "(IV)" share "(I)", "12." is "1.", "2.1" is "1.1".
     */
    static String labelStyle(String num) {
        String n = num.strip();
        if (n.matches("\\(?[ivxlc]{1,6}[.)]?") && !n.matches("\\(?[a-z][.)]?") || n.matches("\\(?i[.)]?")) {
            return n.replaceAll("[ivxlc]+", "i");
        }
        if (n.matches("\\(?[IVXLC]{1,6}[.)]?") && !n.matches("\\(?[A-Z][.)]?") || n.matches("\\(?I[.)]?")) {
            return n.replaceAll("[IVXLC]+", "I");
        }
        return n.replaceAll("\\d+", "1").replaceAll("\\p{Ll}+", "a").replaceAll("\\p{Lu}+", "A");
    }

    /**
     * A chapter title: a heading-like block, or short running text without end punctuation, or a
     * short text in parentheses that cites a provision: the one a transposing law's article
     * transposes, set as its heading under "Άρθρο 2" ("(άρθρο 1 παρ. 3 της Οδηγίας 2008/94/ΕΚ)"); a
     * repealed article's "(uchylony)" is its content, not its title.
     */
    private static boolean isTitleOf(Classified next) {
        String t = next.plain().strip();
        return next.kind() == Classified.Kind.HEADING
                || (next.kind() == Classified.Kind.PROSE && BlockClassifier.isHeadingLike(next.plain(), 4))
                || (next.kind() == Classified.Kind.PROSE && next.block().lines() <= 2 && t.length() <= PARENTHESISED_TITLE
                    && inParentheses(t) && t.chars().anyMatch(Character::isDigit));
    }

    /** A title in parentheses is at most this long: a reference, not a paragraph. */
    static final int PARENTHESISED_TITLE = 120;

    /** Whether the whole text is one parenthesised group: its first bracket closes at its end. */
    static boolean inParentheses(String t) {
        if (!t.startsWith("(")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i == t.length() - 1;
            }
        }
        return false;
    }

    private static void push(List<Open> stack, Open open) {
        while (stack.size() > 1 && stack.get(stack.size() - 1).rank >= open.rank) {
            stack.remove(stack.size() - 1);
        }
        stack.get(stack.size() - 1).children.add(open);
        stack.add(open);
    }

    private static List<Node> finish(Open open, boolean isRoot) {
        List<Node> nodes = new ArrayList<>();
        for (Object child : open.children) {
            if (child instanceof Open o) {
                nodes.add(new Node.Container(o.kind, o.num, o.heading, finish(o, false)));
            } else if (child instanceof OpenUnit u) {
                nodes.add(u.build());
            } else {
                nodes.add((Node) child);
            }
        }
        boolean hasText = nodes.stream().anyMatch(n -> n instanceof Node.Prose || n instanceof Node.Box || n instanceof Node.Quotation);
        return group(nodes, !isRoot && hasText);
    }

    /** Groups runs of items (always) and of paragraphs (where running text is beside them) into lists. */
    private static List<Node> group(List<Node> nodes, boolean paragraphsToo) {
        List<Node> out = new ArrayList<>();
        List<Node.Unit> run = new ArrayList<>();
        for (Node n : nodes) {
            boolean listable = n instanceof Node.Unit u
                    && (u.kind() == Node.UnitKind.ITEM || u.kind() == Node.UnitKind.POINT || paragraphsToo);
            if (listable) {
                Node.Unit u = (Node.Unit) n;
                run.add(new Node.Unit(Node.UnitKind.ITEM, u.num(), u.text(), u.children()));
            } else {
                flush(run, out);
                out.add(n);
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(List<Node.Unit> run, List<Node> out) {
        if (!run.isEmpty()) {
            out.add(new Node.ListBlock(run));
            run.clear();
        }
    }
}
