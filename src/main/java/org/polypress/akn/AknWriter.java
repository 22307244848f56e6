package org.polypress.akn;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.polypress.clean.Footnote;
import org.polypress.clean.NoteRefs;
import org.polypress.structure.DocumentTree;
import org.polypress.structure.Node;

/**
 * Writes a document tree as Akoma Ntoso 3.0 XML: FRBR identification in the naming convention,
 * cover page, preface, preamble, body, footnotes as {@code authorialNote} where their markers
 * were, annexes as attachments with their own metadata. All eIds are made here
 * ({@link EidGenerator}). Text is written through StAX, so it is always escaped.
 */
public final class AknWriter {
    public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    /**
     * The class of an authorialNote whose call is in the text but whose body is not in the source
     * (an extract cut before its notes): the note holds an empty paragraph.
     */
    public static final String NOT_IN_SOURCE = "notInSource";

    /**
     * @param tree      the document
     * @param name      the input's name without extension, used as the number when the text states none
     * @param generated the date of this rendition (manifestation date)
     */
    public String write(DocumentTree tree, String name, LocalDate generated) {
        StringWriter out = new StringWriter(64 * 1024);
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            new Run(w, tree, name, generated).document();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Akoma Ntoso", e);
        }
        return out.toString();
    }

    /**
     * Structure elements that start on a line of their own. Their parents hold elements only, so the
     * line break is no text of the document (the schema and the stylesheets ignore it, {@code
     * xslt/common/whitespace.xsl}); but a reader of the XML, or any tool that takes its text, sees the
     * end of one provision apart from the next ("... konsumentów." / "2. Obowiązane ...", not
     * "konsumentów.2."). Elements inside a paragraph's text (p, heading, num, inline) are never given one.
     */
    static final java.util.Set<String> ON_OWN_LINE = java.util.Set.of(
            "meta", "preface", "preamble", "body", "mainBody", "conclusions", "attachments", "attachment",
            "coverPage", "citations", "citation", "recitals", "recital", "formula", "longTitle", "container",
            "book", "tome", "part", "subpart", "title", "subtitle", "chapter", "subchapter", "section", "subsection",
            "article", "paragraph", "subparagraph", "clause", "subclause", "list", "point", "indent", "alinea",
            "level", "hcontainer", "blockList", "item", "blockContainer", "tblock", "toc");

    private static final class Run {
        private final XMLStreamWriter w;
        private final DocumentTree tree;
        private final String name;
        private final LocalDate generated;
        private final EidGenerator ids = new EidGenerator();
        private final Map<Integer, Footnote> notes;

        Run(XMLStreamWriter w, DocumentTree tree, String name, LocalDate generated) {
            this.w = w;
            this.tree = tree;
            this.name = name;
            this.generated = generated;
            this.notes = tree.notes().stream().collect(Collectors.toMap(Footnote::id, Function.identity()));
        }

        void document() throws XMLStreamException {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(NS);
            w.writeStartElement(NS, "akomaNtoso");
            w.writeDefaultNamespace(NS);
            w.writeStartElement(NS, tree.rootElement());
            w.writeAttribute("name", tree.name());
            FrbrUri work = WorkIdentity.of(tree).work();
            meta(work, true);
            if (!tree.cover().isEmpty()) {
                coverPage();
            }
            part(tree.main(), "");
            if (!tree.annexes().isEmpty()) {
                start("attachments");
                int k = 1;
                for (DocumentTree.Part annex : tree.annexes()) {
                    String att = ids.fixed("att_" + k);
                    start("attachment");
                    w.writeAttribute("eId", att);
                    start("doc");
                    w.writeAttribute("name", "annex");
                    meta(work.withPart("annex_" + k), false);
                    part(annex, att);
                    end();
                    end();
                    k++;
                }
                end();
            }
            end();
            end();
            w.writeEndDocument();
        }

        private void meta(FrbrUri work, boolean withReferences) throws XMLStreamException {
            DocumentTree.Metadata md = tree.metadata();
            String lang = md.iso6392b();
            FrbrUri expression = work.withLanguage(lang);
            start("meta");
            start("identification");
            w.writeAttribute("source", "#polypress");
            String author = md.author() != null ? "#author" : "#polypress";
            String dateName = md.dateFromText() ? "document" : "generation";
            start("FRBRWork");
            empty("FRBRthis", "value", work.workComponent("main"));
            empty("FRBRuri", "value", work.workUri());
            if (withReferences && tree.act() != null && tree.act().eli() != null) {
                empty("FRBRalias", "name", "eli", "value", tree.act().eli());
            }
            empty("FRBRdate", "date", md.date().toString(), "name", dateName);
            empty("FRBRauthor", "href", author);
            empty("FRBRcountry", "value", work.country());
            if (md.docNumber() != null) {
                empty("FRBRnumber", "value", md.docNumber());
            }
            // The work's name: its title, or else the name its publishers gave the file, so that
            // every edition has something to call the document by.
            empty("FRBRname", "value", md.title() != null ? md.title() : name);
            end();
            start("FRBRExpression");
            empty("FRBRthis", "value", expression.expressionComponent("main"));
            empty("FRBRuri", "value", expression.expressionUri());
            empty("FRBRdate", "date", md.date().toString(), "name", dateName);
            empty("FRBRauthor", "href", author);
            empty("FRBRlanguage", "language", lang);
            end();
            start("FRBRManifestation");
            empty("FRBRthis", "value", expression.manifestationComponent("main", "xml"));
            empty("FRBRuri", "value", expression.manifestationUri("akn"));
            empty("FRBRdate", "date", generated.toString(), "name", "generation");
            empty("FRBRauthor", "href", "#polypress");
            end();
            end();
            if (withReferences) {
                start("references");
                w.writeAttribute("source", "#polypress");
                organization(ids.fixed("polypress"), "polypress", "Polypress");
                if (md.author() != null) {
                    organization(ids.fixed("author"), slug(md.author()), md.author());
                }
                collectSignatories();
                for (Map.Entry<String, String> e : signatories.entrySet()) {
                    boolean person = e.getKey().startsWith("person:");
                    String showAs = e.getKey().substring(e.getKey().indexOf(':') + 1);
                    String slug = slug(showAs);
                    empty(person ? "TLCPerson" : "TLCRole", "eId", e.getValue(), "href",
                            "/ontology/" + (person ? "person/" : "role/") + (slug.isEmpty() ? e.getValue() : slug), "showAs", showAs);
                }
                end();
            }
            end();
        }

        private void organization(String eid, String slug, String showAs) throws XMLStreamException {
            empty("TLCOrganization", "eId", eid, "href", "/ontology/organization/" + slug, "showAs", showAs);
        }

        private void coverPage() throws XMLStreamException {
            DocumentTree.Metadata md = tree.metadata();
            start("coverPage");
            w.writeAttribute("eId", ids.fixed("coverPage"));
            boolean numberDone = false;
            boolean typeDone = false;
            boolean orgDone = false;
            for (Node n : tree.cover()) {
                String text = ((Node.Prose) n).text();
                String plain = NoteRefs.strip(text).strip();
                start("p");
                if (!numberDone && md.docNumber() != null && plain.equals(md.docNumber())) {
                    inlineElement("docNumber", plain);
                    numberDone = true;
                } else if (!typeDone && md.docType() != null && plain.equals(md.docType())) {
                    inlineElement("docType", plain);
                    typeDone = true;
                } else if (!orgDone && md.author() != null && plain.toLowerCase(Locale.ROOT).startsWith(md.author().toLowerCase(Locale.ROOT))) {
                    inlineElement("organization", plain.substring(0, md.author().length()));
                    w.writeCharacters(plain.substring(md.author().length()));
                    orgDone = true;
                } else {
                    inline(text);
                }
                end();
            }
            end();
        }

        private void inlineElement(String element, String text) throws XMLStreamException {
            start(element);
            if (element.equals("organization")) {
                w.writeAttribute("refersTo", "#author");
            }
            w.writeCharacters(text);
            end();
        }

        private void part(DocumentTree.Part part, String prefix) throws XMLStreamException {
            if (part.label() != null || part.title() != null || part.shortTitle() != null || part.numberLine() != null || !part.frontMatter().isEmpty()
                    || !part.afterTitle().isEmpty()
                    || !part.toc().isEmpty()) {
                start("preface");
                w.writeAttribute("eId", ids.next(prefix, "preface", ""));
                for (String line : part.frontMatter()) {
                    para(line, null);
                }
                if (part.label() != null) {
                    start("p");
                    inlineElement("docType", part.label());
                    end();
                }
                if (part.shortTitle() != null) {
                    start("p");
                    start("shortTitle");
                    inline(part.shortTitle());
                    end();
                    end();
                }
                if (part.title() != null) {
                    start("longTitle");
                    w.writeAttribute("eId", ids.next(prefix, "longTitle", ""));
                    start("p");
                    String type = tree.metadata().docType();
                    String title = part.title();
                    if (type != null && part.label() == null && title.startsWith(type + " ")) {
                        // "OBWIESZCZENIE MARSZAŁKA SEJMU ...": the act's name, then its title.
                        inlineElement("docType", type);
                        w.writeCharacters(" ");
                        title = title.substring(type.length() + 1);
                    }
                    if (isAct() && prefix.isEmpty()) {
                        actTitle(title);
                    } else if (part.annexedAct() != null) {
                        annexedActTitle(title, part.annexedAct());
                    } else {
                        start("docTitle");
                        inline(title);
                        end();
                    }
                    end();
                    end();
                }
                for (String line : part.afterTitle()) {
                    para(line, null);
                }
                if (part.numberLine() != null) {
                    start("p");
                    String md = tree.metadata().docNumber();
                    if (md != null && part.numberLine().contains(md)) {
                        inlineElement("docNumber", part.numberLine());
                    } else {
                        w.writeCharacters(part.numberLine());
                    }
                    end();
                }
                if (!part.toc().isEmpty()) {
                    toc(part.toc(), prefix);
                }
                end();
            }
            if (!part.preamble().isEmpty()) {
                preamble(part.preamble(), prefix);
            }
            boolean act = isAct() && prefix.isEmpty();
            if (act) {
                actBody(part.body());
            } else {
                start("mainBody");
                if (part.body().isEmpty()) {
                    start("p");
                    end();
                }
                for (Node n : part.body()) {
                    node(n, prefix);
                }
                end();
            }
            if (!part.conclusions().isEmpty()) {
                start("conclusions");
                String eid = ids.next(prefix, "conclusions", "");
                w.writeAttribute("eId", eid);
                if (act) {
                    actConclusions(part.conclusions(), eid);
                } else {
                    for (Node n : part.conclusions()) {
                        node(n, prefix);
                    }
                }
                end();
            }
        }

        /**
         * An act's long title, its parts marked where printed: {@code docType} (the act's name),
         * {@code docNumber}, {@code docDate} and the subject as {@code docTitle} ("COMMISSION DELEGATED
         * REGULATION" "(EU) 2024/1772" of "13 March 2024" "supplementing Regulation ..."). Text between
         * the parts (the issuer, "of") stays as printed between them.
         */
        private void actTitle(String title) throws XMLStreamException {
            DocumentTree.Act act = tree.act();
            int at = 0;
            String type = tree.metadata().docType() == null ? act.type() : null; // a gazette's type line is written already
            at = mark(title, at, "docType", type);
            at = mark(title, at, "docNumber", act.numberPrinted());
            at = mark(title, at, "docDate", act.datePrinted());
            subject(title.substring(at));
        }

        /** The rest of a title after its marked parts: the spaces before it, then the subject as {@code docTitle}. */
        private void subject(String rest) throws XMLStreamException {
            String lead = rest.substring(0, rest.length() - rest.stripLeading().length());
            if (!lead.isEmpty()) {
                w.writeCharacters(lead);
            }
            if (!rest.isBlank()) {
                start("docTitle");
                inline(rest.strip());
                end();
            }
        }

        /**
         * The title of an act an annex holds (a consolidated law in a gazette's announcement): its
         * name as {@code docType}, its date as {@code docDate}, its subject as {@code docTitle}.
         */
        private void annexedActTitle(String title, DocumentTree.AnnexedAct act) throws XMLStreamException {
            int at = mark(title, 0, "docType", act.type(), null);
            at = mark(title, at, "docDate", act.datePrinted(), act.date());
            subject(title.substring(at));
        }

        /** Writes the text up to {@code part} and the part marked as {@code element}; the position after it. */
        private int mark(String title, int from, String element, String part) throws XMLStreamException {
            return mark(title, from, element, part, tree.metadata().date());
        }

        private int mark(String title, int from, String element, String part, java.time.LocalDate date) throws XMLStreamException {
            int i = part == null || part.isEmpty() ? -1 : title.indexOf(part, from);
            if (i < 0) {
                return from;
            }
            if (i > from) {
                inline(title.substring(from, i));
            }
            start(element);
            if (element.equals("docDate")) {
                w.writeAttribute("date", date.toString());
            }
            w.writeCharacters(part);
            end();
            return i + part.length();
        }

        private boolean isAct() {
            return tree.rootElement().equals("act");
        }

        /**
         * An act's body admits only hierarchy: text that stands between or before its provisions
         * (an unnumbered lead paragraph) is held by an {@code hcontainer name="text"}.
         */
        private void actBody(List<Node> body) throws XMLStreamException {
            start("body");
            int i = 0;
            if (body.isEmpty()) {
                textContainer(List.of(), "");
            }
            while (i < body.size()) {
                if (!isBlock(body.get(i))) {
                    node(body.get(i), "");
                    i++;
                    continue;
                }
                int j = i;
                while (j < body.size() && isBlock(body.get(j))) {
                    j++;
                }
                textContainer(body.subList(i, j), "");
                i = j;
            }
            end();
        }

        private void textContainer(List<Node> blocks, String parent) throws XMLStreamException {
            start("hcontainer");
            w.writeAttribute("name", "text");
            String eid = ids.next(parent, "hcontainer", "");
            w.writeAttribute("eId", eid);
            start("content");
            if (blocks.isEmpty()) {
                start("p");
                end();
            }
            for (Node n : blocks) {
                block(n, eid);
            }
            end();
            end();
        }

        /**
         * An act's conclusions: formulas as {@code formula}, each signature (its roles, then its
         * signatories' names) as a {@code container name="signature"}, one {@code p} per printed line,
         * its text in {@code signature/role} or {@code signature/person} (which refer to the
         * TLCRole and TLCPerson of the references).
         */
        private void actConclusions(List<Node> nodes, String parent) throws XMLStreamException {
            boolean open = false;
            boolean personSeen = false;
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                Node.Role role = n instanceof Node.Prose p ? p.role() : null;
                boolean signatureLine = role == Node.Role.SIGNATURE_ROLE || role == Node.Role.SIGNATURE_PERSON
                        || role == Node.Role.SIGNATURE_PERSON_AFTER_ROLE;
                if (open && (!signatureLine || role == Node.Role.SIGNATURE_ROLE && personSeen)) {
                    end();
                    open = false;
                }
                if (role == Node.Role.FORMULA) {
                    start("formula");
                    w.writeAttribute("name", "done");
                    w.writeAttribute("eId", ids.next(parent, "formula", ""));
                    para(((Node.Prose) n).text(), null);
                    end();
                } else if (signatureLine) {
                    if (!open) {
                        start("container");
                        w.writeAttribute("name", "signature");
                        w.writeAttribute("eId", ids.next(parent, "container", ""));
                        open = true;
                        personSeen = false;
                    }
                    start("p");
                    start("signature");
                    boolean person = role != Node.Role.SIGNATURE_ROLE;
                    signatory(((Node.Prose) n).text(), person);
                    // A name printed on its role's line stays in that line's paragraph.
                    if (i + 1 < nodes.size() && nodes.get(i + 1) instanceof Node.Prose next
                            && next.role() == Node.Role.SIGNATURE_PERSON_AFTER_ROLE) {
                        w.writeCharacters(" ");
                        signatory(next.text(), true);
                        person = true;
                        i++;
                    }
                    personSeen |= person;
                    end();
                    end();
                } else {
                    node(n, parent);
                }
            }
            if (open) {
                end();
            }
        }

        /** A signatory's role or name, referring to its TLCRole or TLCPerson (a name also to the role it signs as). */
        private void signatory(String text, boolean person) throws XMLStreamException {
            start(person ? "person" : "role");
            w.writeAttribute("refersTo", "#" + signatories.get(key(person, text)));
            if (person && lastRole != null) {
                w.writeAttribute("as", "#" + lastRole);
            } else if (!person) {
                lastRole = signatories.get(key(false, text));
            }
            w.writeCharacters(text);
            end();
        }

        private String lastRole;
        /** eIds of the signatories' roles and persons in the references, by {@link #key}. */
        private final Map<String, String> signatories = new java.util.LinkedHashMap<>();

        private static String key(boolean person, String text) {
            return (person ? "person:" : "role:") + text;
        }

        /** The roles and persons that sign an act, each once, for the references. */
        private void collectSignatories() {
            if (!isAct()) {
                return;
            }
            int roles = 0;
            int persons = 0;
            for (Node n : tree.main().conclusions()) {
                if (n instanceof Node.Prose p && (p.role() == Node.Role.SIGNATURE_ROLE || p.role() == Node.Role.SIGNATURE_PERSON
                        || p.role() == Node.Role.SIGNATURE_PERSON_AFTER_ROLE)) {
                    boolean person = p.role() != Node.Role.SIGNATURE_ROLE;
                    String k = key(person, p.text());
                    if (!signatories.containsKey(k)) {
                        signatories.put(k, ids.fixed(person ? "person_" + ++persons : "role_" + ++roles));
                    }
                }
            }
        }

        /** A printed table of contents, kept as navigation: each entry a tocItem. */
        private void toc(List<String> entries, String prefix) throws XMLStreamException {
            start("toc");
            String eid = ids.next(prefix, "toc", "");
            w.writeAttribute("eId", eid);
            for (String entry : entries) {
                start("tocItem");
                w.writeAttribute("href", "#" + eid);
                String num = entry.replaceAll("^(\\d+(?:\\.\\d+)*)\\.?\\s.*$", "$1");
                w.writeAttribute("level", Integer.toString(num.equals(entry) ? 1 : num.split("\\.").length));
                w.writeCharacters(entry);
                end();
            }
            end();
        }

        private void preamble(List<Node> items, String prefix) throws XMLStreamException {
            String pre = ids.next(prefix, "preamble", "");
            start("preamble");
            w.writeAttribute("eId", pre);
            int i = 0;
            int formulas = 0;
            while (i < items.size()) {
                Node n = items.get(i);
                if (n instanceof Node.Prose p && p.role() == Node.Role.P) {
                    para(p.text(), null); // text of the preamble that is no formula: a motivation
                    i++;
                    continue;
                }
                if (n instanceof Node.Prose p) {
                    start("formula");
                    boolean unitsBefore = items.subList(0, i).stream().anyMatch(x -> x instanceof Node.Unit);
                    w.writeAttribute("name", formulas == 0 && !unitsBefore ? "actingEntity" : "formula");
                    w.writeAttribute("eId", ids.next(pre, "formula", ""));
                    formulas++;
                    para(p.text(), null);
                    end();
                    i++;
                    continue;
                }
                Node.UnitKind kind = ((Node.Unit) n).kind();
                boolean cit = kind == Node.UnitKind.CITATION;
                String group = ids.next(prefix, cit ? "cits" : "recs", "");
                start(cit ? "citations" : "recitals");
                w.writeAttribute("eId", group);
                while (i < items.size() && items.get(i) instanceof Node.Unit u && u.kind() == kind) {
                    start(cit ? "citation" : "recital");
                    String numForId = cit || u.num().matches("[–—-]") ? "" : u.num();
                    w.writeAttribute("eId", ids.next(group, cit ? "cit" : "rec", numForId));
                    num(u.num());
                    para(u.text(), null);
                    end();
                    i++;
                }
                end();
            }
            end();
        }

        private void node(Node n, String parent) throws XMLStreamException {
            if (n instanceof Node.Container c) {
                container(c, parent);
            } else if (n instanceof Node.Unit u) {
                paragraph(u, parent);
            } else {
                block(n, parent);
            }
        }

        private static boolean isBlock(Node n) {
            return n instanceof Node.Prose || n instanceof Node.ListBlock || n instanceof Node.Box || n instanceof Node.Quotation;
        }

        private void container(Node.Container c, String parent) throws XMLStreamException {
            String element;
            String abbr;
            switch (c.kind()) {
                case PART -> { element = "part"; abbr = "part"; }
                case TITLE -> { element = "title"; abbr = "title"; }
                case CHAPTER -> { element = "chapter"; abbr = "chp"; }
                case SECTION -> { element = "section"; abbr = "sec"; }
                case SUBSECTION -> { element = "subsection"; abbr = "subsec"; }
                case LEVEL -> { element = "level"; abbr = "lvl"; }
                case ARTICLE -> { element = "article"; abbr = "art"; }
                default -> { element = "hcontainer"; abbr = "hcontainer"; }
            }
            String eid = ids.next(parent, abbr, c.num());
            start(element);
            if (element.equals("hcontainer")) {
                w.writeAttribute("name", "crossHeading");
            }
            w.writeAttribute("eId", eid);
            if (!c.num().isEmpty()) {
                num(c.num());
            }
            if (!c.heading().isEmpty()) {
                start("heading");
                inline(c.heading());
                end();
            }
            // Chapters and cross-headings do not take part in their descendants' eIds.
            String childParent = switch (c.kind()) {
                case PART, TITLE, CHAPTER, CROSS_HEADING -> parent;
                default -> eid;
            };
            hierarchyChildren(c.children(), childParent, eid);
            end();
        }

        /** Children of a hierarchy: content, or intro + sub-units + wrapUp, text between units wrapped. */
        private void hierarchyChildren(List<Node> children, String childParent, String ownEid) throws XMLStreamException {
            boolean anyHier = children.stream().anyMatch(n -> !isBlock(n));
            if (!anyHier) {
                start("content");
                if (children.isEmpty()) {
                    start("p");
                    end();
                }
                for (Node n : children) {
                    block(n, ownEid);
                }
                end();
                return;
            }
            int firstHier = 0;
            while (isBlock(children.get(firstHier))) {
                firstHier++;
            }
            int lastHier = children.size() - 1;
            while (isBlock(children.get(lastHier))) {
                lastHier--;
            }
            if (firstHier > 0) {
                start("intro");
                for (Node n : children.subList(0, firstHier)) {
                    block(n, ownEid);
                }
                end();
            }
            int i = firstHier;
            while (i <= lastHier) {
                Node n = children.get(i);
                if (!isBlock(n)) {
                    node(n, childParent);
                    i++;
                    continue;
                }
                start("hcontainer");
                w.writeAttribute("name", "text");
                String eid = ids.next(ownEid, "hcontainer", "");
                w.writeAttribute("eId", eid);
                start("content");
                while (i <= lastHier && isBlock(children.get(i))) {
                    block(children.get(i), eid);
                    i++;
                }
                end();
                end();
            }
            if (lastHier < children.size() - 1) {
                start("wrapUp");
                for (Node n : children.subList(lastHier + 1, children.size())) {
                    block(n, ownEid);
                }
                end();
            }
        }

        private void paragraph(Node.Unit u, String parent) throws XMLStreamException {
            boolean bullet = isBullet(u.num());
            String eid = ids.next(parent, u.kind() == Node.UnitKind.POINT ? "point" : "para", bullet ? "" : u.num());
            start(u.kind() == Node.UnitKind.POINT ? "point" : "paragraph");
            w.writeAttribute("eId", eid);
            num(u.num());
            int firstPoint = 0;
            while (firstPoint < u.children().size() && !(u.children().get(firstPoint) instanceof Node.Unit)) {
                firstPoint++;
            }
            if (firstPoint == u.children().size()) {
                start("content");
                para(u.text(), null);
                unitBlocks(u.children(), eid);
                end();
            } else {
                start("intro");
                para(u.text(), null);
                unitBlocks(u.children().subList(0, firstPoint), eid);
                end();
                List<Node> after = new ArrayList<>();
                for (Node child : u.children().subList(firstPoint, u.children().size())) {
                    if (child instanceof Node.Unit p) {
                        pointOf(p, eid);
                    } else {
                        after.add(child);
                    }
                }
                if (!after.isEmpty()) {
                    start("wrapUp");
                    unitBlocks(after, eid);
                    end();
                }
            }
            end();
        }

        /** A paragraph's point, with the points of its own it may have ("(a)" over "(i)"). */
        private void pointOf(Node.Unit p, String parent) throws XMLStreamException {
            paragraph(p, parent);
        }

        /**
         * The text of a paragraph after its first sentence block, in order: its further subparagraphs
         * and the quotations it introduces ({@code block} writes both).
         */
        private void unitBlocks(List<Node> children, String parent) throws XMLStreamException {
            for (Node child : children) {
                if (child instanceof Node.Quotation || child instanceof Node.Prose) {
                    block(child, parent);
                }
            }
        }

        /** The quotations among a unit's children, each after the text that introduces it. */
        private void quotations(List<Node> children, String parent) throws XMLStreamException {
            for (Node child : children) {
                if (child instanceof Node.Quotation q) {
                    quotation(q, parent);
                }
            }
        }

        /**
         * A quotation, one {@code p} per printed paragraph, its quotation marks left in the text (no
         * {@code startQuote}: the marks are the document's). In an act it is the text a provision
         * inserts or substitutes, {@code p/mod/quotedStructure}; elsewhere (a strategy quoting a
         * treaty) it modifies nothing and is an extract, {@code p/embeddedStructure}.
         */
        private void quotation(Node.Quotation q, String parent) throws XMLStreamException {
            start("p");
            if (isAct()) {
                String mod = ids.next(parent, "mod", "");
                start("mod");
                w.writeAttribute("eId", mod);
                start("quotedStructure");
                w.writeAttribute("eId", ids.next(mod, "qstr", ""));
            } else {
                start("embeddedStructure");
                w.writeAttribute("eId", ids.next(parent, "embStr", ""));
            }
            for (String text : q.paragraphs()) {
                para(text, null);
            }
            end();
            if (isAct()) {
                end();
            }
            end();
        }

        private void block(Node n, String parent) throws XMLStreamException {
            if (n instanceof Node.Prose p) {
                para(p.text(), p.role() == Node.Role.FORMULA ? "formula" : null);
            } else if (n instanceof Node.ListBlock l) {
                list(l, parent);
            } else if (n instanceof Node.Quotation q) {
                quotation(q, parent);
            } else if (n instanceof Node.Box b) {
                start("blockContainer");
                w.writeAttribute("class", "box");
                w.writeAttribute("eId", ids.next(parent, "blockContainer", ""));
                for (Node.Prose p : b.paragraphs()) {
                    para(p.text(), null);
                }
                end();
            } else {
                throw new IllegalArgumentException("not a block: " + n);
            }
        }

        private void list(Node.ListBlock l, String parent) throws XMLStreamException {
            String eid = ids.next(parent, "list", "");
            start("blockList");
            w.writeAttribute("eId", eid);
            for (Node.Unit item : l.items()) {
                start("item");
                String itemEid = ids.next(eid, "item", isBullet(item.num()) ? "" : item.num());
                w.writeAttribute("eId", itemEid);
                num(item.num());
                para(item.text(), null);
                quotations(item.children(), itemEid);
                List<Node.Unit> sub = new ArrayList<>();
                for (Node c : item.children()) {
                    if (c instanceof Node.Unit u) {
                        sub.add(u);
                    }
                }
                if (!sub.isEmpty()) {
                    list(new Node.ListBlock(sub), eid);
                }
                end();
            }
            end();
        }

        private void num(String num) throws XMLStreamException {
            if (num != null && !num.isEmpty()) {
                start("num");
                w.writeCharacters(num);
                end();
            }
        }

        private void para(String text, String cssClass) throws XMLStreamException {
            start("p");
            if (cssClass != null) {
                w.writeAttribute("class", cssClass);
            }
            inline(text);
            end();
        }

        /** Text with note references: each reference becomes an authorialNote in place. */
        private void inline(String text) throws XMLStreamException {
            for (NoteRefs.Segment s : NoteRefs.split(text)) {
                if (s instanceof NoteRefs.TextSegment t) {
                    w.writeCharacters(t.text());
                } else {
                    Footnote note = notes.get(((NoteRefs.RefSegment) s).noteId());
                    if (note == null) {
                        continue;
                    }
                    start("authorialNote");
                    w.writeAttribute("marker", note.marker());
                    w.writeAttribute("placement", "bottom");
                    w.writeAttribute("eId", ids.fixed("authorialNote_" + note.id()));
                    if (!note.bodyInSource()) {
                        // Called in the text, its body not in the source: an empty note, marked so that
                        // the editions can say so; nothing is written in the author's name.
                        w.writeAttribute("class", NOT_IN_SOURCE);
                    }
                    start("p");
                    w.writeCharacters(note.text());
                    end();
                    end();
                }
            }
        }

        private static boolean isBullet(String num) {
            return num == null || num.isEmpty() || num.matches("[•▪◦*–—o-]");
        }

        private void start(String element) throws XMLStreamException {
            if (ON_OWN_LINE.contains(element)) {
                w.writeCharacters("\n");
            }
            w.writeStartElement(NS, element);
        }

        private void end() throws XMLStreamException {
            w.writeEndElement();
        }

        private void empty(String element, String... attributes) throws XMLStreamException {
            w.writeEmptyElement(NS, element);
            for (int i = 0; i < attributes.length; i += 2) {
                w.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }

        private static String slug(String s) {
            String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
    }
}
