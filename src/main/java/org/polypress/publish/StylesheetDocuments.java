package org.polypress.publish;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.trans.XPathException;

/**
 * The XML files of the stylesheet folder that the stylesheets read with {@code doc()} (the label
 * files, {@code labels/<lang>.xml}), each parsed once and shared by every transformation of a
 * stylesheet, instead of once per transformation: a document's editions and report page read the
 * same two or three label files, and Saxon's document pool lives only as long as one
 * transformation. Set on each transformer ({@code setResourceResolver}); Saxon uses the tree it is
 * given as it is. A file outside the folder, or one that does not exist, is left to Saxon's own
 * resolver, as before (a missing label file is not available, and the next in the chain is read).
 * The folder's files are part of the installation and do not change while Polypress runs.
 * Thread-safe: the trees are immutable.
 */
public final class StylesheetDocuments implements ResourceResolver {
    private final Processor processor;
    private final String folder;
    private final ConcurrentHashMap<String, Optional<Source>> trees = new ConcurrentHashMap<>();

    /**
     * @param processor the processor the stylesheets were compiled with (trees must share its configuration)
     * @param folder    the stylesheet folder ({@code file:} or {@code jar:} URI)
     */
    public StylesheetDocuments(Processor processor, URI folder) {
        this.processor = Objects.requireNonNull(processor, "processor");
        String f = sameForm(Objects.requireNonNull(folder, "folder").toString());
        this.folder = f.endsWith("/") ? f : f + "/";
    }

    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        String uri = request.uri == null ? null : sameForm(request.uri);
        if (uri == null || !uri.startsWith(folder) || !uri.endsWith(".xml")
                || !(request.nature == null || ResourceRequest.XML_NATURE.equals(request.nature))) { // null: any nature
            return null;
        }
        return trees.computeIfAbsent(uri, this::build).orElse(null);
    }

    /** A {@code file:} URI as Saxon resolves it ({@code file:/x}), whichever form it was given in ({@code file:///x}). */
    private static String sameForm(String uri) {
        return uri.replaceFirst("^(jar:)?file:///", "$1file:/");
    }

    private Optional<Source> build(String uri) {
        try (InputStream in = URI.create(uri).toURL().openStream()) {
            return Optional.of(processor.newDocumentBuilder().build(new StreamSource(in, uri)).getUnderlyingNode());
        } catch (IOException | IllegalArgumentException | SaxonApiException e) {
            return Optional.empty(); // Saxon's resolver tries it and says what is wrong, as without this
        }
    }
}
