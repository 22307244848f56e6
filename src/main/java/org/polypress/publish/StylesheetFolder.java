package org.polypress.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the stylesheets are read from: the folder named by the {@code xslt.dir} setting, or else
 * the {@code xslt/} folder packaged in the jar (a {@code file:} or {@code jar:} URI ending in '/').
 */
public final class StylesheetFolder {
    private static final String MARKER = "/xslt/akn-html.xsl";

    private StylesheetFolder() {
    }

    public static URI resolve(Optional<Path> override) {
        return override.map(p -> p.toAbsolutePath().toUri()).orElseGet(StylesheetFolder::bundled);
    }

    /** The packaged folder. String surgery, not URI.resolve: a jar gives an opaque jar:file:...!/ URI. */
    public static URI bundled() {
        URL sheet = StylesheetFolder.class.getResource(MARKER);
        if (sheet == null) {
            throw new IllegalStateException("stylesheets missing from the class path (" + MARKER + ")");
        }
        try {
            String uri = sheet.toURI().toString();
            return URI.create(uri.substring(0, uri.lastIndexOf('/') + 1));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable stylesheet location " + sheet, e);
        }
    }
}
