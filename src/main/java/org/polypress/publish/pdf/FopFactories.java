package org.polypress.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

import org.apache.fop.apps.EnvironmentProfile;
import org.apache.fop.apps.EnvironmentalProfileFactory;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.xml.sax.SAXException;

/**
 * The {@link FopFactory} of each rendering thread, built on its first use from
 * {@code fop/fop.xconf} on the classpath and reused for every later document of that thread
 * (fonts and hyphenation patterns are cached in it). One per thread rather than one per process:
 * FOP 2.11 keeps its configuration as a Xerces DOM and reads it again while formatting each
 * document, and concurrent reads of a Xerces DOM are not safe (its node-list cache races). Shared
 * between two workers, the factory now and then lost the font configuration ("font without
 * font-triplet", Times fallback failing PDF/A, a NullPointerException in fNodeListCache): about one
 * run in five of the three samples on two workers. IO is restricted: no font auto-detection, no
 * font cache file, and only {@code classpath:} resources. The factories share one
 * {@link ClasspathResourceResolver} (thread-safe), so the font files are read from the jar once
 * per process, not once per worker.
 *
 * <p>FOP still parses the font files it uses for each document: its {@code LazyFont} loads the
 * TrueType file anew for every renderer set-up, and the font objects it makes record the glyphs
 * that document uses (its subset), so they cannot be shared between documents. FOP's font cache
 * does not help: it holds only what font auto-detection finds (names, triplets), and with the
 * fonts named in {@code fop.xconf} FOP never parses them for that.
 */
final class FopFactories {

    static final String CONFIGURATION = "fop/fop.xconf";

    private FopFactories() {
    }

    private static final ThreadLocal<FopFactory> PER_THREAD = ThreadLocal.withInitial(FopFactories::build);
    private static final ClasspathResourceResolver RESOLVER =
            new ClasspathResourceResolver(FopFactories.class.getClassLoader());

    /** The calling thread's factory. */
    static FopFactory forCurrentThread() {
        return PER_THREAD.get();
    }

    private static FopFactory build() {
        URI base = URI.create(ClasspathResourceResolver.SCHEME + ":/");
        EnvironmentProfile environment = EnvironmentalProfileFactory.createRestrictedIO(base, RESOLVER);
        try (InputStream configuration = FopFactories.class.getClassLoader().getResourceAsStream(CONFIGURATION)) {
            if (configuration == null) {
                throw new IllegalStateException("FOP configuration missing from the classpath: " + CONFIGURATION);
            }
            return new FopConfParser(configuration, base, environment).getFopFactoryBuilder().build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CONFIGURATION, e);
        } catch (SAXException e) {
            throw new IllegalStateException("Invalid FOP configuration " + CONFIGURATION + ": " + e.getMessage(), e);
        }
    }
}
