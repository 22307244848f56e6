package org.polypress.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates PREMIS documents against the Library of Congress's PREMIS 3.0 schema, bundled as
 * {@code archive/premis-v3-0.xsd} (with its notice, {@code archive/premis-v3-0.NOTICE.txt}). Compiled
 * once; thread-safe. Nothing is fetched: the schema has no imports and external DTDs and schemas are refused.
 */
public final class PremisSchema {
    static final String RESOURCE = "/archive/premis-v3-0.xsd";
    private static final int MAX_ERRORS = 20;

    private final Schema schema;

    public PremisSchema() {
        URL xsd = PremisSchema.class.getResource(RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            schema = factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile the PREMIS schema", e);
        }
    }

    /** The schema errors of a document, empty when it is valid (at most 20 are listed). */
    public List<String> errors(byte[] xml) {
        List<String> errors = new ArrayList<>();
        try {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    if (errors.size() < MAX_ERRORS) {
                        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        } catch (IOException e) {
            errors.add("cannot read: " + e.getMessage());
        }
        return errors;
    }
}
