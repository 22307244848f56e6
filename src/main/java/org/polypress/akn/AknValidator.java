package org.polypress.akn;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates documents against the official Akoma Ntoso 3.0 schema bundled in the jar
 * ({@code akn/akomantoso30.xsd}). The schema is compiled once; validation is thread-safe.
 *
 * <p>The schema's identity constraints ({@code xsd:unique} on {@code @eId} and {@code @GUID} over
 * all descendants of every document type) are checked here with a hash set in the same pass,
 * instead of by the JDK's Xerces, whose value store compares each new value with all earlier ones:
 * quadratic, minutes for a document of a few thousand pages. Every document type carries both
 * constraints over {@code .//*}, so they amount to: no two elements below the document element share
 * an eId, nor a GUID.
 */
public final class AknValidator {
    private static final String IDENTITY_CONSTRAINTS =
            "http://apache.org/xml/features/validation/identity-constraint-checking";
    private static final int MAX_ERRORS = 20;
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    private final Schema schema;
    private final SAXParserFactory parsers;

    public AknValidator() {
        try {
            URL xsd = AknValidator.class.getResource("/akn/akomantoso30.xsd");
            if (xsd == null) {
                throw new IllegalStateException("akn/akomantoso30.xsd is missing from the class path");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            schema = factory.newSchema(xsd);
            parsers = SAXParserFactory.newInstance();
            parsers.setNamespaceAware(true);
            parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot compile the Akoma Ntoso schema", e);
        }
    }

    /** The schema errors of a document, empty when it is valid (at most 20 are listed). */
    public List<String> errors(String xml) {
        return errors(xml, new DefaultHandler());
    }

    /**
     * The schema errors of a document, as {@link #errors(String)}, while the same parse also feeds
     * {@code copy} (e.g. a tree builder): a document read once is validated and built at once.
     * {@code copy} gets the parser's events as they are, before validation (the schema adds
     * nothing to the document), comments included when it is a {@link LexicalHandler} too (as
     * Saxon's tree builder is); after an error its document may be incomplete.
     */
    public List<String> errors(String xml, ContentHandler copy) {
        List<String> errors = new ArrayList<>();
        try {
            ValidatorHandler validator = schema.newValidatorHandler();
            validator.setFeature(IDENTITY_CONSTRAINTS, false);
            validator.setErrorHandler(new Collector(errors));
            UniqueIds ids = new UniqueIds(errors);
            validator.setContentHandler(ids);
            XMLReader reader = parsers.newSAXParser().getXMLReader();
            reader.setContentHandler(new Both(validator, copy));
            if (copy instanceof LexicalHandler lexical) {
                reader.setProperty(LEXICAL_HANDLER, lexical); // comments too: the copy is the whole document
            }
            reader.setErrorHandler(validator.getErrorHandler());
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException | ParserConfigurationException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    /** SAX events to two handlers, the first first. */
    private record Both(ContentHandler first, ContentHandler second) implements ContentHandler {
        @Override
        public void setDocumentLocator(Locator locator) {
            first.setDocumentLocator(locator);
            second.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            first.startDocument();
            second.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            first.endDocument();
            second.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            first.startPrefixMapping(prefix, uri);
            second.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            first.endPrefixMapping(prefix);
            second.endPrefixMapping(prefix);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            first.startElement(uri, localName, qName, atts);
            second.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            first.endElement(uri, localName, qName);
            second.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            first.characters(ch, start, length);
            second.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            first.ignorableWhitespace(ch, start, length);
            second.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            first.processingInstruction(target, data);
            second.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            first.skippedEntity(name);
            second.skippedEntity(name);
        }
    }

    private static void add(List<String> errors, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(message);
        }
    }

    private record Collector(List<String> errors) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            add(errors, "line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            add(errors, "line " + e.getLineNumber() + ": " + e.getMessage());
            throw e;
        }
    }

    /** The schema's xsd:unique constraints on eId and GUID, in linear time. */
    private static final class UniqueIds extends DefaultHandler {
        private final List<String> errors;
        private final Set<String> eIds = new HashSet<>();
        private final Set<String> guids = new HashSet<>();
        private Locator locator;
        private int depth;

        UniqueIds(List<String> errors) {
            this.errors = errors;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            depth++;
            if (depth <= 2) {
                return; // akomaNtoso and the document element itself are outside the constraints
            }
            check(attributes.getValue("", "eId"), eIds, "eId");
            check(attributes.getValue("", "GUID"), guids, "GUID");
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
        }

        private void check(String value, Set<String> seen, String attribute) {
            if (value != null && !seen.add(value)) {
                add(errors, "line " + (locator == null ? "?" : locator.getLineNumber()) + ": duplicate " + attribute
                        + " \"" + value + "\" (the schema requires " + attribute + "s unique within a document)");
            }
        }
    }
}
