package org.polypress.akn;

import java.io.StringReader;
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
 * Validates documents against the official Akoma Ntoso 3.0 schema bundled in the jar
 * ({@code akn/akomantoso30.xsd}). The schema is compiled once; validation is thread-safe.
 */
public final class AknValidator {
    private final Schema schema;

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
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile the Akoma Ntoso schema", e);
        }
    }

    /** The schema errors of a document, empty when it is valid (at most 20 are listed). */
    public List<String> errors(String xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                if (errors.size() < 20) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                throw e;
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (java.io.IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }
}
