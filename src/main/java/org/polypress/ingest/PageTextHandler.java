package org.polypress.ingest;

import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML events of a Tika parser into plain text in a {@link TextNormalizer}: one line per
 * paragraph (Tika ends block elements with a newline), the body only (no title or metadata).
 *
 * <p>Paged mode (PDF) keeps only the text inside {@code <div class="page">} elements and writes a
 * form feed after each page, as {@code pdftotext} does; text outside pages (bookmarks, form fields,
 * attachments) is dropped. Collapsing mode (HTML) treats source whitespace the way a browser does:
 * runs of spaces and line breaks become one space, except inside {@code <pre>}.
 *
 * <p>Element nesting deeper than the limit fails with {@code LIMIT_EXCEEDED}. One instance per parse.
 */
final class PageTextHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "dt", "dd", "div", "blockquote", "pre", "tr", "caption", "address", "title");

    private final TextNormalizer sink;
    private final boolean paged;
    private final boolean collapseWhitespace;
    private final int maxDepth;

    private int depth;
    private int bodyDepth;
    private int preDepth;
    /** Nesting depth of the open page div, or 0 outside pages. */
    private int pageDivDepth;
    private int pages;
    private int pagesWithoutText;
    private long pageLetters;
    private boolean pendingSpace;
    private boolean atLineStart = true;
    /** A newline was added at the end of a block; Tika's own newline right after it is dropped. */
    private boolean newlineAdded;

    PageTextHandler(TextNormalizer sink, boolean paged, boolean collapseWhitespace, int maxDepth) {
        this.sink = sink;
        this.paged = paged;
        this.collapseWhitespace = collapseWhitespace;
        this.maxDepth = maxDepth;
    }

    int pages() {
        return pages;
    }

    int pagesWithoutText() {
        return pagesWithoutText;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        depth++;
        if (depth > maxDepth) {
            throw new LimitException(ExtractionException.Kind.LIMIT_EXCEEDED,
                    "the document nests its elements more than " + maxDepth + " levels deep");
        }
        String name = name(localName, qName);
        switch (name) {
            case "body" -> bodyDepth++;
            case "pre" -> preDepth++;
            case "div" -> {
                if (paged && pageDivDepth == 0 && "page".equals(attributes.getValue("class"))) {
                    pageDivDepth = depth;
                    pageLetters = 0;
                }
            }
            default -> {
                // Other elements only contribute their text.
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = name(localName, qName);
        if (paged && "div".equals(name) && pageDivDepth == depth) {
            pageDivDepth = 0;
            pages++;
            if (pageLetters == 0) {
                pagesWithoutText++;
            }
            write('\f');
        } else if (!paged && BLOCKS.contains(name) && capturing()) {
            endLine();
        }
        if ("body".equals(name)) {
            bodyDepth--;
        } else if ("pre".equals(name)) {
            preDepth--;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!capturing()) {
            return;
        }
        newlineAdded = false;
        if (!collapseWhitespace || preDepth > 0) {
            countLetters(ch, start, length);
            sink.append(ch, start, length);
            atLineStart = length > 0 ? ch[start + length - 1] == '\n' : atLineStart;
            return;
        }
        for (int i = start, end = start + length; i < end; i++) {
            char c = ch[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !atLineStart) {
                sink.append(' ');
            }
            pendingSpace = false;
            atLineStart = false;
            if (Character.isLetterOrDigit(c)) {
                pageLetters++;
            }
            sink.append(c);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (!capturing()) {
            return;
        }
        if (newlineAdded && length > 0 && ch[start] == '\n') {
            start++;
            length--;
        }
        newlineAdded = false;
        sink.append(ch, start, length);
        pendingSpace = false;
        atLineStart = true;
    }

    /**
     * Ends the line at the end of a block element. Tika follows most blocks with a newline of its
     * own, but not all (ODF headings), so one is added when missing and Tika's is then dropped.
     */
    private void endLine() throws SAXException {
        int last = sink.lastChar();
        if (last != -1 && last != '\n' && last != '\f') {
            write('\n');
            newlineAdded = true;
        }
    }

    private void write(char c) throws SAXException {
        sink.append(c);
        pendingSpace = false;
        atLineStart = true;
    }

    private boolean capturing() {
        return paged ? pageDivDepth > 0 : bodyDepth > 0;
    }

    private void countLetters(char[] ch, int start, int length) {
        for (int i = start, end = start + length; i < end; i++) {
            if (Character.isLetterOrDigit(ch[i])) {
                pageLetters++;
            }
        }
    }

    private static String name(String localName, String qName) {
        return localName == null || localName.isEmpty() ? qName : localName;
    }
}
