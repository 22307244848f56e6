package org.polypress.publish.html;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The feeds for web publishers: {@code feed.atom} (Atom 1.0, RFC 4287: the latest works, each with
 * a link to every language version) and the sitemaps (sitemaps.org 0.9 with {@code xhtml:link}
 * hreflang alternates: {@code sitemap.xml} is an index of one {@code catalogue/sitemap-YEAR.xml}
 * per year, so that a publication rewrites one small file, as for the catalogue pages).
 *
 * <p>Ids are {@code urn:uuid:} names made from the work IRI, stable across runs. Sitemaps need
 * absolute URLs: they are made only when a site base is configured; the feed's links are relative
 * to it ({@code xml:base}) when there is one, else to the feed itself.
 */
public final class Feeds {

    /** A work in the feed: its versions and when it was last published. */
    public record FeedWork(List<CatalogueEntry> versions, Instant updated) {
        public FeedWork {
            versions = List.copyOf(versions);
            Objects.requireNonNull(updated, "updated");
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("a work has at least one version");
            }
        }
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Feeds() {
    }

    /**
     * The Atom feed.
     *
     * @param works    the latest works, newest first
     * @param title    the feed's title (the catalogue's)
     * @param siteBase absolute URL of the output folder, or "" (links relative to the feed)
     * @param now      the feed's updated time when it has no entry
     */
    public static String atom(List<FeedWork> works, String title, String siteBase, String lang, Instant now) {
        try {
            StringWriter out = new StringWriter(4096 + works.size() * 800);
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
            String base = base(siteBase);
            if (!base.isEmpty()) {
                x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "base", base);
            }
            text(x, "id", "urn:uuid:" + uuid("polypress-feed " + base));
            text(x, "title", title);
            Instant updated = works.isEmpty() ? now : works.get(0).updated();
            text(x, "updated", timestamp(updated));
            x.writeStartElement("author");
            text(x, "name", title);
            x.writeEndElement();
            link(x, "self", "feed.atom", "application/atom+xml", null);
            link(x, "alternate", "index.html", "text/html", null);
            x.writeStartElement("generator");
            x.writeCharacters("Polypress");
            x.writeEndElement();
            for (FeedWork work : works) {
                CatalogueEntry lead = work.versions().get(0);
                x.writeStartElement("entry");
                text(x, "id", "urn:uuid:" + uuid(lead.groupKey()));
                text(x, "title", lead.title());
                text(x, "updated", timestamp(work.updated()));
                if (lead.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    text(x, "published", lead.date() + "T00:00:00Z");
                }
                StringBuilder languages = new StringBuilder();
                for (CatalogueEntry v : work.versions()) {
                    link(x, "alternate", "html/" + path(v.name()) + ".html", "text/html", v.language());
                    languages.append(languages.length() == 0 ? "" : ", ").append(LanguageCodes.endonym(v.language()));
                }
                text(x, "summary", (lead.number().isEmpty() ? "" : lead.number() + " · ")
                        + (lead.date().isEmpty() ? "" : lead.date() + " · ") + languages);
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sitemap of one year's works: each language version's page, with every version of the
     * same work as its hreflang alternates (the page itself included, as Google asks).
     */
    public static String sitemap(List<List<CatalogueEntry>> works, String siteBase) {
        String base = base(siteBase);
        requireBase(base);
        try {
            StringWriter out = new StringWriter(1024 + works.size() * 600);
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("urlset");
            x.writeDefaultNamespace(SITEMAP);
            x.writeNamespace("xhtml", XHTML);
            for (List<CatalogueEntry> versions : works) {
                for (CatalogueEntry v : versions) {
                    x.writeStartElement("url");
                    text(x, "loc", base + "html/" + path(v.name()) + ".html");
                    if (versions.size() > 1) {
                        for (CatalogueEntry alt : versions) {
                            x.writeEmptyElement("xhtml", "link", XHTML);
                            x.writeAttribute("rel", "alternate");
                            x.writeAttribute("hreflang", alt.language());
                            x.writeAttribute("href", base + "html/" + path(alt.name()) + ".html");
                        }
                    }
                    x.writeEndElement();
                }
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sitemap index: one sitemap per year page ({@code catalogue/sitemap-YEAR.xml}). */
    public static String sitemapIndex(List<String> sitemapPaths, String siteBase) {
        String base = base(siteBase);
        requireBase(base);
        try {
            StringWriter out = new StringWriter(256 + sitemapPaths.size() * 120);
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("sitemapindex");
            x.writeDefaultNamespace(SITEMAP);
            for (String p : sitemapPaths) {
                x.writeStartElement("sitemap");
                text(x, "loc", base + p);
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The site base with one trailing slash, or "" for none. */
    static String base(String siteBase) {
        String b = Objects.requireNonNullElse(siteBase, "").strip();
        if (b.isEmpty()) {
            return "";
        }
        if (!URI.create(b).isAbsolute()) {
            throw new IllegalArgumentException("the site base must be an absolute URL: " + siteBase);
        }
        return b.endsWith("/") ? b : b + "/";
    }

    private static void requireBase(String base) {
        if (base.isEmpty()) {
            throw new IllegalArgumentException("a sitemap needs absolute URLs: configure the site base");
        }
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type, String hreflang)
            throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        x.writeAttribute("type", type);
        if (hreflang != null) {
            x.writeAttribute("hreflang", hreflang);
        }
    }

    /** A file name as a URL path segment ("a b&c" → "a%20b%26c"), as the pages link it. */
    static String path(String name) {
        return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String timestamp(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
