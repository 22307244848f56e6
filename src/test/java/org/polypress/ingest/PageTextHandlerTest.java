package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

class PageTextHandlerTest {
    private static final AttributesImpl NONE = new AttributesImpl();

    @Test
    void pagedModeKeepsOnlyPageTextAndEndsEachPageWithAFormFeed() throws SAXException {
        TextNormalizer sink = new TextNormalizer(64, 1_000);
        PageTextHandler handler = new PageTextHandler(sink, true, false, 50);
        handler.startElement("", "html", "html", NONE);
        handler.startElement("", "head", "head", NONE);
        text(handler, "Title in metadata");
        handler.endElement("", "head", "head");
        handler.startElement("", "body", "body", NONE);
        page(handler, "first page\n");
        page(handler, "");
        page(handler, "third page\n");
        handler.startElement("", "ul", "ul", NONE);
        text(handler, "bookmark outside the pages");
        handler.endElement("", "ul", "ul");
        handler.endElement("", "body", "body");
        handler.endElement("", "html", "html");
        assertEquals("first page\n\f\fthird page\n\f", sink.text());
        assertEquals(3, handler.pages());
        assertEquals(1, handler.pagesWithoutText());
    }

    @Test
    void collapsingModeTreatsSourceWhitespaceLikeABrowser() throws SAXException {
        TextNormalizer sink = new TextNormalizer(64, 1_000);
        PageTextHandler handler = new PageTextHandler(sink, false, true, 50);
        handler.startElement("", "body", "body", NONE);
        handler.startElement("", "p", "p", NONE);
        text(handler, "\n   The  Parliament\n  calls on\tthe Commission  ");
        handler.endElement("", "p", "p");
        handler.ignorableWhitespace(new char[] {'\n'}, 0, 1);
        handler.startElement("", "pre", "pre", NONE);
        text(handler, "a  b\n  c");
        handler.endElement("", "pre", "pre");
        handler.endElement("", "body", "body");
        assertEquals("The Parliament calls on the Commission\na  b\n  c\n", sink.text());
    }

    @Test
    void blockWithoutTikaNewlineStillEndsItsLine() throws SAXException {
        TextNormalizer sink = new TextNormalizer(64, 1_000);
        PageTextHandler handler = new PageTextHandler(sink, false, false, 50);
        handler.startElement("", "body", "body", NONE);
        handler.startElement("", "h1", "h1", NONE);
        text(handler, "Heading");
        handler.endElement("", "h1", "h1");
        handler.startElement("", "p", "p", NONE);
        text(handler, "Paragraph");
        handler.endElement("", "p", "p");
        handler.ignorableWhitespace(new char[] {'\n'}, 0, 1);
        handler.endElement("", "body", "body");
        assertEquals("Heading\nParagraph\n", sink.text());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws SAXException {
        PageTextHandler handler = new PageTextHandler(new TextNormalizer(64, 1_000), false, false, 20);
        for (int i = 0; i < 20; i++) {
            handler.startElement("", "div", "div", NONE);
        }
        LimitException e = assertThrows(LimitException.class, () -> handler.startElement("", "div", "div", NONE));
        assertEquals(ExtractionException.Kind.LIMIT_EXCEEDED, e.toExtractionException().kind());
    }

    @Test
    void textBeyondTheLimitIsTooLarge() throws SAXException {
        PageTextHandler handler = new PageTextHandler(new TextNormalizer(16, 10), false, false, 20);
        handler.startElement("", "body", "body", NONE);
        LimitException e = assertThrows(LimitException.class, () -> text(handler, "eleven char"));
        assertEquals(ExtractionException.Kind.TOO_LARGE, e.toExtractionException().kind());
    }

    private static void page(PageTextHandler handler, String text) throws SAXException {
        AttributesImpl pageClass = new AttributesImpl();
        pageClass.addAttribute("", "class", "class", "CDATA", "page");
        handler.startElement("", "div", "div", pageClass);
        handler.startElement("", "p", "p", NONE);
        text(handler, text);
        handler.endElement("", "p", "p");
        handler.endElement("", "div", "div");
    }

    private static void text(PageTextHandler handler, String text) throws SAXException {
        handler.characters(text.toCharArray(), 0, text.length());
    }
}
