package org.polypress.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.fop.apps.EnvironmentProfile;
import org.apache.fop.apps.EnvironmentalProfileFactory;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.FontCache;
import org.apache.fop.fonts.FontCacheManager;
import org.apache.fop.fonts.FontDetectorFactory;
import org.apache.fop.fonts.FontManager;
import org.apache.xmlgraphics.image.loader.impl.AbstractImageSessionContext;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The {@link FopFactory} of each rendering thread, built on its first use from
 * {@code fop/fop.xconf} on the classpath and reused for every later document of that thread
 * (fonts and hyphenation patterns are cached in it). One per thread rather than one per process:
 * FOP 2.11 keeps its configuration as a Xerces DOM and reads it again while formatting each
 * document, and concurrent reads of a Xerces DOM are not safe (its node-list cache races). Shared
 * between two workers, the factory now and then lost the font configuration ("font without
 * font-triplet", Times fallback failing PDF/A, a NullPointerException in fNodeListCache): about one
 * run in five of the three samples on two workers. IO is restricted: no font auto-detection, no
 * font cache file, and only {@code classpath:} resources.
 *
 * <p>The fonts are parsed once per process, not once per factory and document. FOP reads every
 * configured font file whenever it sets a renderer up (for each document, to learn the names and
 * metrics of the fonts of {@code fop.xconf}) unless its font cache knows the file; the cache file
 * is off here, so each document parsed all eight DejaVu files again. All factories share one
 * in-memory {@link FontCache} instead, filled on the first call by rendering a one-line document
 * before any worker runs (FOP's cache is a plain map: written once, then only read), and one
 * {@link ClasspathResourceResolver}, which keeps the font bytes read once.
 */
final class FopFactories {

    static final String CONFIGURATION = "fop/fop.xconf";
    /** The smallest document that makes FOP set its PDF renderer up, and so read the configured fonts. */
    private static final String WARM_UP = "<root xmlns=\"http://www.w3.org/1999/XSL/Format\" xml:lang=\"en\">"
            + "<layout-master-set><simple-page-master master-name=\"p\"><region-body/></simple-page-master>"
            + "</layout-master-set><page-sequence master-reference=\"p\" font-family=\"DejaVu Serif\"><flow flow-name="
            + "\"xsl-region-body\"><block>Polypress</block></flow></page-sequence></root>";

    private FopFactories() {
    }

    private static final ClasspathResourceResolver RESOLVER =
            new ClasspathResourceResolver(FopFactories.class.getClassLoader());
    private static final URI BASE = URI.create(ClasspathResourceResolver.SCHEME + ":/");
    /** The fonts' names and metrics, known after {@link #WARM_UP}; then only read. */
    private static final FontCache FONTS = new FontCache();

    private static final ThreadLocal<FopFactory> PER_THREAD = ThreadLocal.withInitial(FopFactories::build);

    static {
        warmUp(PER_THREAD.get());
    }

    /** The font cache every factory shares. */
    static FontCache fontCache() {
        return FONTS;
    }

    /** The calling thread's factory. */
    static FopFactory forCurrentThread() {
        return PER_THREAD.get();
    }

    private static FopFactory build() {
        EnvironmentProfile environment = new SharedFonts(EnvironmentalProfileFactory.createRestrictedIO(BASE, RESOLVER));
        try (InputStream configuration = FopFactories.class.getClassLoader().getResourceAsStream(CONFIGURATION)) {
            if (configuration == null) {
                throw new IllegalStateException("FOP configuration missing from the classpath: " + CONFIGURATION);
            }
            return new FopConfParser(configuration, BASE, environment).getFopFactoryBuilder().build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CONFIGURATION, e);
        } catch (SAXException e) {
            throw new IllegalStateException("Invalid FOP configuration " + CONFIGURATION + ": " + e.getMessage(), e);
        }
    }

    /** Renders {@link #WARM_UP}: the shared font cache learns every configured font. */
    private static void warmUp(FopFactory factory) {
        try {
            FOUserAgent agent = factory.newFOUserAgent();
            agent.setTitle("Polypress"); // PDF/UA-1 requires one
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, new ByteArrayOutputStream());
            SAXParserFactory parsers = SAXParserFactory.newInstance();
            parsers.setNamespaceAware(true);
            XMLReader reader = parsers.newSAXParser().getXMLReader();
            reader.setContentHandler(fop.getDefaultHandler());
            reader.parse(new InputSource(new StringReader(WARM_UP)));
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new IllegalStateException("FOP cannot render with " + CONFIGURATION + ": " + e.getMessage(), e);
        }
    }

    /** FOP's restricted environment (no font detection, classpath only) with the process's one font cache. */
    private static final class SharedFonts implements EnvironmentProfile {
        private final EnvironmentProfile restricted;
        private final FontManager fonts = new FontManager(
                ResourceResolverFactory.createInternalResourceResolver(BASE, RESOLVER),
                FontDetectorFactory.createDisabled(), new InMemoryCache());

        SharedFonts(EnvironmentProfile restricted) {
            this.restricted = restricted;
        }

        @Override
        public ResourceResolver getResourceResolver() {
            return restricted.getResourceResolver();
        }

        @Override
        public FontManager getFontManager() {
            return fonts;
        }

        @Override
        public URI getDefaultBaseURI() {
            return restricted.getDefaultBaseURI();
        }

        @Override
        public AbstractImageSessionContext.FallbackResolver getFallbackResolver() {
            return restricted.getFallbackResolver();
        }
    }

    /** FOP's font cache kept in memory only: never read from or written to a file. */
    private static final class InMemoryCache implements FontCacheManager {
        @Override
        public void setCacheFile(URI file) {
            // no file
        }

        @Override
        public FontCache load() {
            return FONTS;
        }

        @Override
        public void save() {
            // no file
        }

        @Override
        public void delete() {
            // no file
        }
    }
}
