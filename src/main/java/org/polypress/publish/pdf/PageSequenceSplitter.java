package org.polypress.publish.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A SAX filter in front of FOP that cuts a long XSL-FO page sequence into several, so that FOP's
 * memory stays bounded: FOP lays out and keeps one page sequence at a time ("Document layout in
 * FOP is processed at page sequence level", FOP's advice on memory). A monolithic sequence of
 * 20,000 pages fills any heap; sequences of some tens of pages are released one after the other.
 *
 * <p>Only a sequence the stylesheet marks as continuable is cut: it carries
 * {@code ppfo:continue-master="NAME"} (namespace {@value #PPFO}), the page master of the pages
 * that continue it. The cut falls between two block-level children whose ancestors up to the
 * flow are all {@code fo:block}s (never inside a list, table, footnote or line), preferably before
 * a block the stylesheet marks {@code ppfo:split="before"} (a division) once {@code chunk}
 * characters of text have passed, or before any such block after twice that. At a cut, the open
 * blocks are closed, the sequence ends, a new one starts on the continuation master with the same
 * static content (headers, footers), and the open blocks are opened again, without their id,
 * break and space before, and with their markers, so that the running header still names the
 * current division. Page numbers run on. Attributes in the {@value #PPFO} namespace are removed
 * from every element, continuable or not: they are instructions to this filter only.
 *
 * <p>A SAX {@link XMLFilterImpl}: every event outside a continuable sequence passes through as the
 * filter passes it; only those inside one are held and replayed.
 *
 * <p>Not thread-safe: one instance per formatting run.
 */
final class PageSequenceSplitter extends XMLFilterImpl {

    static final String FO = "http://www.w3.org/1999/XSL/Format";
    static final String PPFO = "urn:polypress:fo";

    private static final Set<String> BLOCK_LEVEL = Set.of("block", "list-block", "table", "table-and-caption",
            "block-container");
    /** Attributes a continued sequence or block does not repeat: they belong to where it began. */
    private static final Set<String> NOT_CONTINUED = Set.of("id", "initial-page-number", "force-page-count",
            "break-before", "space-before", "space-before.minimum", "space-before.optimum",
            "space-before.maximum", "space-before.precedence", "space-before.conditionality",
            "margin-top", "padding-before", "padding-top", "border-before-style", "border-before-width",
            "border-before-color", "border-top", "border-top-style", "border-top-width", "border-top-color");

    private final ContentHandler next;
    private final long chunk;

    /** The continuable sequence being passed on, or null when outside one. */
    private Sequence sequence;
    private int sequences;

    /**
     * @param next  where the events go (FOP's handler)
     * @param chunk characters of text a sequence holds before it is cut at the next division
     */
    PageSequenceSplitter(ContentHandler next, long chunk) {
        this.next = Objects.requireNonNull(next, "next");
        setContentHandler(next);
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be positive: " + chunk);
        }
        this.chunk = chunk;
    }

    /** Page sequences passed on so far, those made by cutting included. */
    int sequences() {
        return sequences;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        Attributes attributes = withoutInstructions(atts);
        if (sequence == null) {
            if (isFo(uri, localName, "page-sequence")) {
                sequences++;
                String master = atts.getValue(PPFO, "continue-master");
                if (master != null && !master.isBlank()) {
                    sequence = new Sequence(element(uri, localName, qName, attributes), master.trim());
                }
            }
            super.startElement(uri, localName, qName, attributes);
            return;
        }
        // Inside a continuable sequence elements are kept (to reopen them at a cut): copy, as SAX reuses them.
        sequence.start(element(uri, localName, qName, attributes), "before".equals(atts.getValue(PPFO, "split")));
    }

    private static Element element(String uri, String localName, String qName, Attributes attributes) {
        return new Element(uri, localName, qName, new AttributesImpl(attributes));
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (sequence == null) {
            super.endElement(uri, localName, qName);
        } else if (sequence.end(uri, localName, qName)) {
            sequence = null;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (sequence == null) {
            super.characters(ch, start, length);
        } else {
            sequence.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (sequence == null) {
            super.ignorableWhitespace(ch, start, length);
        } else {
            sequence.emit(new Whitespace(new String(ch, start, length)));
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (sequence == null) {
            super.processingInstruction(target, data);
        } else {
            sequence.emit(new Instruction(target, data));
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (sequence == null) {
            super.startPrefixMapping(prefix, uri);
        } else {
            sequence.emit(new PrefixStart(prefix, uri));
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (sequence == null) {
            super.endPrefixMapping(prefix);
        } else {
            sequence.emit(new PrefixEnd(prefix));
        }
    }

    /**
     * Not passed on: the XSL-FO streamed from the transformation has no text of its own, and the
     * locator Saxon gives is the stylesheet's instruction, which FOP would print in its reports as
     * if it were a place in the document ("See position 98:87").
     */
    @Override
    public void setDocumentLocator(Locator locator) {
    }

    // ---------------------------------------------------------------------------------------

    /**
     * One continuable page sequence on its way through: what it repeats at a cut (its static
     * content, the open blocks and their markers) and how much text has passed since the last cut.
     */
    private final class Sequence {
        private final Element start;
        private final String continueMaster;
        /** Children of the page sequence before its flow (title, static content), replayed at each cut. */
        private final List<Event> prelude = new ArrayList<>();
        /** Open elements inside the flow, innermost last. */
        private final Deque<Open> open = new ArrayDeque<>();
        /** Open elements inside the flow that are not fo:block: while there are any, no cut. */
        private int nonBlocks;
        private Element flow;
        /** The open block whose leading marker is being recorded, or null. */
        private Open markerOwner;
        /** Depth below the page sequence; 0 = the page sequence itself. */
        private int depth;
        private long text;

        Sequence(Element start, String continueMaster) {
            this.start = start;
            this.continueMaster = continueMaster;
        }

        void start(Element element, boolean preferredCut) throws SAXException {
            depth++;
            if (flow == null) {
                if (depth == 1 && isFo(element.uri, element.localName, "flow")) {
                    flow = element;
                } else {
                    prelude.add(element);
                }
                next.startElement(element.uri, element.localName, element.qName, element.attributes);
                return;
            }
            if (nonBlocks == 0 && isFo(element.uri) && BLOCK_LEVEL.contains(element.localName)
                    && (text >= 2 * chunk || (preferredCut && text >= chunk))) {
                cut();
            }
            Open parent = open.peekLast();
            if (markerOwner != null) {
                markerOwner.markers.add(element);
            } else if (parent != null && parent.leading) {
                if (isFo(element.uri, element.localName, "marker")) {
                    markerOwner = parent;
                    markerOwner.markers.add(element);
                } else {
                    parent.leading = false;
                }
            }
            element.replay(next);
            boolean block = isFo(element.uri, element.localName, "block");
            open.addLast(new Open(element, block));
            if (!block) {
                nonBlocks++;
            }
        }

        /** @return true when this ends the page sequence itself */
        boolean end(String uri, String localName, String qName) throws SAXException {
            depth--;
            next.endElement(uri, localName, qName);
            if (depth < 0) {
                return true;
            }
            if (flow == null) {
                prelude.add(new End(uri, localName, qName));
            } else if (!open.isEmpty()) {
                Open closed = open.removeLast();
                if (!closed.block) {
                    nonBlocks--;
                }
                if (markerOwner != null) {
                    markerOwner.markers.add(new End(uri, localName, qName));
                    if (open.peekLast() == markerOwner) {
                        markerOwner = null; // the marker itself has ended
                    }
                }
            }
            return false;
        }

        void characters(char[] ch, int offset, int length) throws SAXException {
            next.characters(ch, offset, length);
            if (flow == null) {
                prelude.add(new Text(new String(ch, offset, length)));
                return;
            }
            text += length;
            Open parent = open.peekLast();
            if (markerOwner != null) {
                markerOwner.markers.add(new Text(new String(ch, offset, length)));
            } else if (parent != null && parent.leading && !isWhitespace(ch, offset, length)) {
                parent.leading = false;
            }
        }

        void emit(Event event) throws SAXException {
            event.replay(next);
            if (flow == null) {
                prelude.add(event);
            } else if (markerOwner != null) {
                markerOwner.markers.add(event);
            }
        }

        /** Ends the sequence here and starts its continuation, with the same blocks open. */
        private void cut() throws SAXException {
            for (Iterator<Open> it = open.descendingIterator(); it.hasNext(); ) {
                Element e = it.next().element;
                next.endElement(e.uri, e.localName, e.qName);
            }
            next.endElement(flow.uri, flow.localName, flow.qName);
            next.endElement(start.uri, start.localName, start.qName);

            AttributesImpl attributes = continued(start.attributes);
            setAttribute(attributes, "master-reference", continueMaster);
            next.startElement(start.uri, start.localName, start.qName, attributes);
            for (Event event : prelude) {
                event.replay(next);
            }
            flow.replay(next);
            for (Open o : open) {
                Element e = o.element;
                next.startElement(e.uri, e.localName, e.qName, continued(e.attributes));
                for (Event event : o.markers) {
                    event.replay(next);
                }
            }
            text = 0;
            sequences++;
        }
    }

    /**
     * An element open in the flow, with the markers it began with (markers must be the first
     * children of a block, so they are recorded until anything else starts in it).
     */
    private static final class Open {
        final Element element;
        final boolean block;
        final List<Event> markers = new ArrayList<>();
        /** Nothing but markers (and white space) started in it yet. */
        boolean leading = true;

        Open(Element element, boolean block) {
            this.element = element;
            this.block = block;
        }
    }

    /** A SAX event that can be sent again. */
    private interface Event {
        void replay(ContentHandler handler) throws SAXException;
    }

    private record Element(String uri, String localName, String qName, AttributesImpl attributes) implements Event {
        @Override
        public void replay(ContentHandler handler) throws SAXException {
            handler.startElement(uri, localName, qName, attributes);
        }
    }

    private record End(String uri, String localName, String qName) implements Event {
        @Override
        public void replay(ContentHandler handler) throws SAXException {
            handler.endElement(uri, localName, qName);
        }
    }

    private record Text(String text) implements Event {
        @Override
        public void replay(ContentHandler handler) throws SAXException {
            handler.characters(text.toCharArray(), 0, text.length());
        }
    }

    private record Whitespace(String text) implements Event {
        @Override
        public void replay(ContentHandler handler) throws SAXException {
            handler.ignorableWhitespace(text.toCharArray(), 0, text.length());
        }
    }

    private record Instruction(String target, String data) implements Event {
        @Override
        public void replay(ContentHandler handler) throws SAXException {
            handler.processingInstruction(target, data);
        }
    }

    private record PrefixStart(String prefix, String uri) implements Event {
        @Override
        public void replay(ContentHandler handler) throws SAXException {
            handler.startPrefixMapping(prefix, uri);
        }
    }

    private record PrefixEnd(String prefix) implements Event {
        @Override
        public void replay(ContentHandler handler) throws SAXException {
            handler.endPrefixMapping(prefix);
        }
    }

    // ---------------------------------------------------------------------------------------

    private static boolean isFo(String uri) {
        return FO.equals(uri);
    }

    private static boolean isFo(String uri, String localName, String name) {
        return FO.equals(uri) && name.equals(localName);
    }

    /** The attributes without those addressed to this filter (a copy only when there are any). */
    private static Attributes withoutInstructions(Attributes atts) {
        boolean any = false;
        for (int i = 0; i < atts.getLength() && !any; i++) {
            any = PPFO.equals(atts.getURI(i));
        }
        if (!any) {
            return atts;
        }
        AttributesImpl copy = new AttributesImpl(atts);
        for (int i = copy.getLength() - 1; i >= 0; i--) {
            if (PPFO.equals(copy.getURI(i))) {
                copy.removeAttribute(i);
            }
        }
        return copy;
    }

    /** A copy for the continuation: without the attributes that belong to where the element began. */
    private static AttributesImpl continued(AttributesImpl atts) {
        AttributesImpl copy = new AttributesImpl(atts);
        for (int i = copy.getLength() - 1; i >= 0; i--) {
            if (copy.getURI(i).isEmpty() && NOT_CONTINUED.contains(copy.getLocalName(i))) {
                copy.removeAttribute(i);
            }
        }
        return copy;
    }

    private static void setAttribute(AttributesImpl atts, String name, String value) {
        int index = atts.getIndex("", name);
        if (index >= 0) {
            atts.setValue(index, value);
        } else {
            atts.addAttribute("", name, name, "CDATA", value);
        }
    }

    private static boolean isWhitespace(char[] ch, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                return false;
            }
        }
        return true;
    }
}
