package org.polypress.publish;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;

import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;

class StylesheetDocumentsTest {
    private static ResourceRequest xml(String uri) {
        ResourceRequest r = new ResourceRequest();
        r.uri = uri;
        r.nature = ResourceRequest.XML_NATURE;
        return r;
    }

    /** A label file is parsed once, whichever form of file: URI names it, and then shared. */
    @Test
    void aLabelFileIsParsedOnceAndShared() throws Exception {
        Path folder = Path.of("xslt").toAbsolutePath();
        StylesheetDocuments docs = new StylesheetDocuments(new Processor(false), folder.toUri());
        String saxonForm = "file:" + folder.resolve("labels/en.xml");
        var first = docs.resolve(xml(saxonForm));
        assertNotNull(first);
        assertSame(first, docs.resolve(xml(saxonForm)));
        assertSame(first, docs.resolve(xml(folder.resolve("labels/en.xml").toUri().toString())));
    }

    /** Files outside the folder, missing files and other natures are left to Saxon's resolver. */
    @Test
    void othersAreLeftToSaxon() throws Exception {
        Path folder = Path.of("xslt").toAbsolutePath();
        StylesheetDocuments docs = new StylesheetDocuments(new Processor(false), folder.toUri());
        assertNull(docs.resolve(xml("file:" + folder.resolve("labels/xx-none.xml"))));
        assertNull(docs.resolve(xml("file:" + Path.of("pom.xml").toAbsolutePath())));
        ResourceRequest text = xml("file:" + folder.resolve("labels/en.xml"));
        text.nature = ResourceRequest.TEXT_NATURE;
        assertNull(docs.resolve(text));
    }
}
