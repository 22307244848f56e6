package org.polypress.publish.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Serves FOP the resources it asks for by {@code classpath:} URI (the bundled fonts), from the
 * class loader, also when they sit inside a jar where FOP cannot read files. Bytes are kept in
 * memory after the first read, so each document does not read the fonts again. Every other URI
 * is refused: an edition never reads the file system or the network.
 */
final class ClasspathResourceResolver implements ResourceResolver {

    static final String SCHEME = "classpath";

    private final ClassLoader loader;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    ClasspathResourceResolver(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        return new Resource(new ByteArrayInputStream(bytes(uri)));
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("The PDF edition writes no files; refused: " + uri);
    }

    private byte[] bytes(URI uri) throws IOException {
        if (!SCHEME.equals(uri.getScheme())) {
            throw new IOException("Only classpath: resources are available to the PDF edition; refused: " + uri);
        }
        String path = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
        byte[] cached = cache.get(path);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("No resource on the classpath at " + path);
            }
            byte[] read = in.readAllBytes();
            cache.putIfAbsent(path, read);
            return read;
        }
    }
}
