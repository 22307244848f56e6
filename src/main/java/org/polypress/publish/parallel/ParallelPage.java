package org.polypress.publish.parallel;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The side-by-side page of a work in two or more languages ({@code html/NAME.parallel.html}): one
 * row per passage, one column per language on a wide screen; on a phone one column, each row
 * scrolling sideways between its languages, with a link per language above it (a per-passage
 * language switcher that needs no script). Rows come from {@link Alignment}; a passage a version
 * lacks is shown as missing in it. Written with StAX, so every text is escaped; links the
 * editions' {@code polypress.css}.
 */
public final class ParallelPage {
    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /**
     * One language version.
     *
     * @param language     BCP-47 ("fr")
     * @param languageName the language's name in itself ("Français")
     * @param name         the NAME of its edition ({@code NAME.html})
     * @param akn          its Akoma Ntoso XML
     */
    public record Version(String language, String languageName, String name, byte[] akn) {
        public Version {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(name, "name");
            languageName = Objects.requireNonNullElse(languageName, language);
            Objects.requireNonNull(akn, "akn");
        }
    }

    private ParallelPage() {
    }

    /**
     * @param versions the versions, the first the one the others are aligned against
     * @param lang     the language of the page's own words
     * @param labels   its words ({@code sideBySide}, {@code missingUnit}, {@code catalogue}, {@code editions})
     */
    public static String render(List<Version> versions, String lang, Map<String, String> overrides) throws Exception {
        // The page's labels from the label files (the language, then English), the overrides over them.
        Map<String, String> labels = new java.util.HashMap<>(org.polypress.profile.Labels.of(lang));
        labels.putAll(overrides);
        List<List<Block>> blocks = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Version v : versions) {
            Document doc = parse(v.akn());
            blocks.add(blocks(doc));
            titles.add(title(doc, v.name()));
        }
        List<Block[]> rows = Alignment.rows(blocks);
        StringWriter out = new StringWriter(64 * 1024);
        XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
        String side = labels.get("sideBySide");
        w.writeDTD("<!DOCTYPE html>");
        w.writeStartElement("html");
        w.writeAttribute("lang", lang);
        w.writeStartElement("head");
        w.writeEmptyElement("meta");
        w.writeAttribute("charset", "utf-8");
        w.writeEmptyElement("meta");
        w.writeAttribute("name", "viewport");
        w.writeAttribute("content", "width=device-width, initial-scale=1");
        element(w, "title", titles.get(0) + " – " + side);
        w.writeEmptyElement("link");
        w.writeAttribute("rel", "stylesheet");
        w.writeAttribute("href", "polypress.css");
        for (Version v : versions) {
            w.writeEmptyElement("link");
            w.writeAttribute("rel", "alternate");
            w.writeAttribute("hreflang", v.language());
            w.writeAttribute("href", href(v.name()));
        }
        w.writeEndElement();
        w.writeStartElement("body");
        w.writeStartElement("header");
        w.writeAttribute("class", "edition-bar");
        w.writeStartElement("nav");
        w.writeAttribute("class", "edition-links");
        w.writeAttribute("aria-label", labels.get("editions"));
        w.writeStartElement("ul");
        for (Version v : versions) {
            w.writeStartElement("li");
            w.writeStartElement("a");
            w.writeAttribute("href", href(v.name()));
            w.writeAttribute("hreflang", v.language());
            w.writeAttribute("lang", v.language());
            w.writeCharacters(v.languageName());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeStartElement("li");
        w.writeStartElement("a");
        w.writeAttribute("href", "../index.html");
        w.writeCharacters(labels.get("catalogue"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();

        w.writeStartElement("main");
        w.writeAttribute("class", "parallel");
        w.writeStartElement("h1");
        w.writeAttribute("lang", versions.get(0).language());
        w.writeCharacters(titles.get(0));
        w.writeEndElement();
        element(w, "p", side + ": " + String.join(" · ", versions.stream().map(Version::languageName).toList()));
        w.writeStartElement("div");
        w.writeAttribute("class", "parallel-languages");
        w.writeAttribute("aria-hidden", "true");
        for (Version v : versions) {
            w.writeStartElement("div");
            w.writeAttribute("lang", v.language());
            w.writeCharacters(v.languageName());
            w.writeEndElement();
        }
        w.writeEndElement();
        int r = 0;
        for (Block[] row : rows) {
            r++;
            String id = "r" + r;
            w.writeStartElement("div");
            w.writeAttribute("class", "parallel-row");
            w.writeAttribute("id", id);
            w.writeStartElement("p");
            w.writeAttribute("class", "parallel-switch");
            for (int v = 0; v < versions.size(); v++) {
                w.writeStartElement("a");
                w.writeAttribute("href", "#" + id + "-" + versions.get(v).language());
                w.writeAttribute("hreflang", versions.get(v).language());
                w.writeAttribute("lang", versions.get(v).language());
                w.writeCharacters(versions.get(v).languageName());
                w.writeEndElement();
                w.writeCharacters(" ");
            }
            w.writeEndElement();
            w.writeStartElement("div");
            w.writeAttribute("class", "parallel-cells");
            // Scrolls sideways on a phone: reachable by keyboard, named for assistive technology.
            w.writeAttribute("tabindex", "0");
            w.writeAttribute("role", "group");
            w.writeAttribute("aria-label", side + " " + r);
            for (int v = 0; v < versions.size(); v++) {
                Version version = versions.get(v);
                Block b = row[v];
                w.writeStartElement("div");
                w.writeAttribute("id", id + "-" + version.language());
                w.writeAttribute("lang", version.language());
                w.writeAttribute("class", b == null ? "parallel-cell missing" : "parallel-cell");
                if (b == null) {
                    w.writeStartElement("p");
                    w.writeAttribute("lang", lang);
                    w.writeCharacters(labels.get("missingUnit"));
                    w.writeEndElement();
                } else {
                    w.writeStartElement(b.heading() ? "h2" : "p");
                    if (!b.num().isEmpty()) {
                        w.writeStartElement("span");
                        w.writeAttribute("class", "num");
                        w.writeCharacters(b.num());
                        w.writeEndElement();
                        w.writeCharacters(" ");
                    }
                    w.writeCharacters(b.text());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.close();
        return out + "\n";
    }

    /** The blocks of a version in reading order: its main document's headings and paragraphs, notes left out. */
    static List<Block> blocks(Document doc) {
        List<Block> out = new ArrayList<>();
        Element root = firstElement(doc.getDocumentElement());
        if (root != null) {
            walk(root, "", out);
        }
        return out;
    }

    private static void walk(Element e, String unit, List<Block> out) {
        String eid = e.getAttribute("eId");
        String here = eid.isEmpty() ? unit : eid;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element child) || !AKN.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "meta", "toc", "authorialNote", "num" -> {
                }
                case "heading" -> out.add(Block.of(true, here, num(e), text(child)));
                case "p" -> {
                    String t = text(child);
                    if (!t.isEmpty()) {
                        boolean first = out.isEmpty() || !out.get(out.size() - 1).unit().equals(here);
                        boolean hasHeading = child(e, "heading") != null;
                        out.add(Block.of(false, here, first && !hasHeading ? num(e) : "", t));
                    }
                }
                default -> walk(child, here, out);
            }
        }
    }

    private static String num(Element unit) {
        Element n = child(unit, "num");
        return n == null ? "" : text(n);
    }

    private static Element child(Element e, String local) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child && AKN.equals(child.getNamespaceURI()) && child.getLocalName().equals(local)) {
                return child;
            }
        }
        return null;
    }

    /** The text of an element without its notes, spaces normalised. */
    private static String text(Element e) {
        StringBuilder b = new StringBuilder();
        collect(e, b);
        return b.toString().strip().replaceAll("\\s+", " ");
    }

    private static void collect(Node n, StringBuilder b) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(c.getNodeValue());
            } else if (c instanceof Element child && !"authorialNote".equals(child.getLocalName())) {
                collect(child, b);
            }
        }
    }

    private static String title(Document doc, String fallback) {
        var names = doc.getElementsByTagNameNS(AKN, "FRBRname");
        String t = names.getLength() > 0 ? ((Element) names.item(0)).getAttribute("value").strip() : "";
        return t.isEmpty() ? fallback : t;
    }

    private static Element firstElement(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                return child;
            }
        }
        return null;
    }

    private static String href(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + ".html";
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
