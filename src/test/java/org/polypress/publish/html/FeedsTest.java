package org.polypress.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Atom feed against the rules of RFC 4287 (4.1.1 feed, 4.1.2 entry, 4.2.6 id, 4.2.7 link,
 * 3.3 dates) and the sitemaps against sitemaps.org 0.9 with Google's hreflang alternates.
 */
class FeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** Commission Delegated Regulation (EU) 2024/1772 in English and French, as the catalogue reads it. */
    private static final List<CatalogueEntry> REGULATION = List.of(
            new CatalogueEntry("en_eu-reg-2024-1772", "/akn/eu/doc/document/2024-03-13/2024-1772/!main",
                    "COMMISSION DELEGATED REGULATION (EU) 2024/1772 of 13 March 2024 supplementing Regulation (EU) 2022/2554",
                    "en", "2024/1772", "2024-03-13"),
            new CatalogueEntry("fr reg & 1772", "/akn/eu/doc/document/2024-03-13/2024-1772/!main",
                    "RÈGLEMENT DÉLÉGUÉ (UE) 2024/1772 DE LA COMMISSION du 13 mars 2024", "fr", "2024/1772", "2024-03-13"));
    private static final List<CatalogueEntry> UNDATED = List.of(
            new CatalogueEntry("el_law-4534", "", "ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534", "el", "", ""));

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new java.util.ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String one(Element parent, String name) {
        List<Element> found = children(parent, ATOM, name);
        assertEquals(1, found.size(), "exactly one atom:" + name + " in " + parent.getLocalName());
        return found.get(0).getTextContent();
    }

    private static void assertAtomRules(Element feed) {
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertTrue(URI.create(one(feed, "id")).isAbsolute(), "4.2.6: an id is an absolute IRI");
        assertFalse(one(feed, "title").isBlank());
        OffsetDateTime.parse(one(feed, "updated")); // 3.3: an RFC 3339 date-time
        assertEquals(1, children(feed, ATOM, "author").size(), "4.1.1: a feed without authored entries has an author");
        assertFalse(one(children(feed, ATOM, "author").get(0), "name").isBlank());
        for (Element entry : children(feed, ATOM, "entry")) {
            assertTrue(URI.create(one(entry, "id")).isAbsolute());
            assertFalse(one(entry, "title").isBlank());
            OffsetDateTime.parse(one(entry, "updated"));
            List<Element> links = children(entry, ATOM, "link");
            assertFalse(links.isEmpty(), "4.1.2: an entry without content has an alternate link");
            // 4.1.1: no two alternate links with the same type and hreflang.
            assertEquals(links.size(), links.stream().map(l -> l.getAttribute("type") + " " + l.getAttribute("hreflang"))
                    .distinct().count());
        }
    }

    @Test
    void theFeedFollowsRfc4287AndLinksEveryLanguageVersionRelativeToItself() throws Exception {
        String xml = Feeds.atom(List.of(new Feeds.FeedWork(REGULATION, Instant.parse("2026-12-02T03:04:05.678Z")),
                new Feeds.FeedWork(UNDATED, Instant.parse("2026-12-01T00:00:00Z"))), "Published documents", "", "en",
                Instant.now());
        Element feed = parse(xml).getDocumentElement();
        assertAtomRules(feed);
        assertEquals("", feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base"), "no invented host");
        assertEquals("2026-12-02T03:04:05Z", one(feed, "updated"), "the newest entry's time");
        Element first = children(feed, ATOM, "entry").get(0);
        List<Element> links = children(first, ATOM, "link");
        assertEquals(List.of("html/en_eu-reg-2024-1772.html", "html/fr%20reg%20%26%201772.html"),
                links.stream().map(l -> l.getAttribute("href")).toList());
        assertEquals(List.of("en", "fr"), links.stream().map(l -> l.getAttribute("hreflang")).toList());
        assertEquals("2024-03-13T00:00:00Z", one(first, "published"));
        assertEquals("2024/1772 · 2024-03-13 · English, Français", one(first, "summary"));
        assertFalse(xml.contains("example.eu"));
    }

    @Test
    void withASiteBaseTheFeedResolvesUnderIt() throws Exception {
        Element feed = parse(Feeds.atom(List.of(new Feeds.FeedWork(REGULATION, Instant.EPOCH)), "P", "https://law.example.org/pub",
                "en", Instant.now())).getDocumentElement();
        assertAtomRules(feed);
        assertEquals("https://law.example.org/pub/", feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base"));
    }

    @Test
    void anEmptyFeedIsValid() throws Exception {
        assertAtomRules(parse(Feeds.atom(List.of(), "Published documents", "", "en", Instant.now())).getDocumentElement());
    }

    @Test
    void theSitemapGivesEveryVersionWithItsHreflangAlternatesAndTheIndexItsYears() throws Exception {
        Element urlset = parse(Feeds.sitemap(List.of(REGULATION, UNDATED), "https://law.example.org/pub/"))
                .getDocumentElement();
        assertEquals(SITEMAP, urlset.getNamespaceURI());
        List<Element> urls = children(urlset, SITEMAP, "url");
        assertEquals(3, urls.size());
        for (Element url : urls) {
            assertEquals(1, children(url, SITEMAP, "loc").size());
            assertTrue(URI.create(children(url, SITEMAP, "loc").get(0).getTextContent()).isAbsolute());
        }
        List<Element> alternates = children(urls.get(1), XHTML, "link");
        assertEquals(List.of("en", "fr"), alternates.stream().map(l -> l.getAttribute("hreflang")).toList());
        assertEquals("https://law.example.org/pub/html/fr%20reg%20%26%201772.html", alternates.get(1).getAttribute("href"));
        assertEquals(children(urls.get(1), SITEMAP, "loc").get(0).getTextContent(), alternates.get(1).getAttribute("href"),
                "the page is among its own alternates");
        assertTrue(children(urls.get(2), XHTML, "link").isEmpty(), "one language: no alternates");

        Element index = parse(Feeds.sitemapIndex(List.of("catalogue/sitemap-2024.xml"), "https://law.example.org/pub"))
                .getDocumentElement();
        assertEquals("sitemapindex", index.getLocalName());
        assertEquals("https://law.example.org/pub/catalogue/sitemap-2024.xml",
                children(children(index, SITEMAP, "sitemap").get(0), SITEMAP, "loc").get(0).getTextContent());
        assertThrows(IllegalArgumentException.class, () -> Feeds.sitemap(List.of(REGULATION), ""), "needs absolute URLs");
    }
}
