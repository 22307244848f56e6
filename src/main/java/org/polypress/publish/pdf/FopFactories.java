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
 * The one {@link FopFactory} of the process, built on first use from {@code fop/fop.xconf} on the
 * classpath. FOP's factory is thread-safe and caches fonts and hyphenation patterns, so every
 * renderer shares it. IO is restricted: no font auto-detection, no font cache file, and only
 * {@code classpath:} resources.
 */
final class FopFactories {

    static final String CONFIGURATION = "fop/fop.xconf";

    private FopFactories() {
    }

    /** The shared factory. */
    static FopFactory shared() {
        return Holder.FACTORY;
    }

    private static final class Holder {
        static final FopFactory FACTORY = build();
    }

    private static FopFactory build() {
        ClassLoader loader = FopFactories.class.getClassLoader();
        ClasspathResourceResolver resolver = new ClasspathResourceResolver(loader);
        URI base = URI.create(ClasspathResourceResolver.SCHEME + ":/");
        EnvironmentProfile environment = EnvironmentalProfileFactory.createRestrictedIO(base, resolver);
        try (InputStream configuration = loader.getResourceAsStream(CONFIGURATION)) {
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
