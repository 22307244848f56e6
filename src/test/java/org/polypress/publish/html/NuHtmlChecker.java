package org.polypress.publish.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu) run in-process over an HTML text:
 * HTML5 schema, the checker's assertions and its CSS checks for {@code <style>}. Not
 * thread-safe: one instance per test class.
 */
final class NuHtmlChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuHtmlChecker() throws Exception {
        // no log4j set-up, no URL logging, no language detection (it only ever warns)
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The errors (and fatal errors) the checker reports for a complete HTML document. */
    List<String> errors(String html, String systemId) throws IOException, SAXException {
        collector.messages.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        source.setSystemId(systemId);
        validator.checkHtmlInputSource(source);
        return List.copyOf(collector.messages);
    }

    /** Keeps errors, ignores warnings (the checker's informational notes). */
    private static final class Collector implements ErrorHandler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // informational
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add("FATAL " + describe(e));
        }

        private static String describe(SAXParseException e) {
            return e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
