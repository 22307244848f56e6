package org.polypress.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the catalogue facts of a published Akoma Ntoso file with StAX, stopping as soon as
 * they are known: the outer document's {@code meta} and name, the first {@code docTitle} (when
 * the work has no FRBRname) and {@code docType} of its front matter. The body is never read.
 */
final class AknMetaReader {

    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final XMLInputFactory FACTORY = secureFactory();

    private AknMetaReader() {
    }

    /**
     * @param file {@code .../xml/NAME.xml}
     * @throws IOException if the file cannot be read or is not well-formed XML
     */
    static CatalogueEntry read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".xml") ? fileName.substring(0, fileName.length() - 4) : fileName;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                return scan(xml, name);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("Not well-formed XML: " + file + ": " + e.getMessage(), e);
        }
    }

    private static CatalogueEntry scan(XMLStreamReader xml, String name) throws XMLStreamException {
        String section = "";
        String work = null;
        String title = null;
        String language = null;
        String number = null;
        String date = null;
        String docName = null;
        String docType = null;
        boolean metaDone = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && AKN.equals(xml.getNamespaceURI())) {
                String local = xml.getLocalName();
                if (local.equals("meta")) {
                    metaDone = true;
                } else if (local.equals(section)) {
                    section = "";
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !AKN.equals(xml.getNamespaceURI())) {
                continue;
            }
            String local = xml.getLocalName();
            if (docName == null && !local.equals("akomaNtoso")) {
                docName = Objects.requireNonNullElse(attribute(xml, "name"), "");
                continue;
            }
            if (metaDone) {
                if (local.equals("docTitle") && title == null) {
                    title = normalize(textWithoutNotes(xml));
                } else if (local.equals("docType") && docType == null) {
                    docType = normalize(textWithoutNotes(xml));
                } else if (local.equals("mainBody") || local.equals("body") || local.equals("preamble")
                        || local.equals("attachments")) {
                    break;
                }
                if (title != null && docType != null) {
                    break;
                }
                continue;
            }
            switch (local) {
                case "FRBRWork", "FRBRExpression", "FRBRManifestation" -> section = local;
                case "FRBRthis" -> work = section.equals("FRBRWork") ? attribute(xml, "value") : work;
                case "FRBRname" -> title = section.equals("FRBRWork") ? attribute(xml, "value") : title;
                case "FRBRnumber" -> number = section.equals("FRBRWork") ? attribute(xml, "value") : number;
                // A "generation" date is when Polypress ran, not a date of the document.
                case "FRBRdate" -> date = section.equals("FRBRWork") && !"generation".equals(attribute(xml, "name"))
                        ? attribute(xml, "date") : date;
                case "FRBRlanguage" -> language = section.equals("FRBRExpression") ? attribute(xml, "language") : language;
                default -> { }
            }
        }
        String type = docType != null && !docType.isEmpty() ? docType
                : docName == null || docName.equals("document") ? "" : docName;
        return new CatalogueEntry(name, work, title == null || title.isEmpty() ? name : title,
                LanguageCodes.toBcp47(language), number, date, type);
    }

    /** The text of the current element, notes left out; the reader ends on its end tag. */
    private static String textWithoutNotes(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int noteDepth = 0;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (noteDepth > 0 || "authorialNote".equals(xml.getLocalName())) {
                    noteDepth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (noteDepth > 0) {
                    noteDepth--;
                }
            } else if (noteDepth == 0 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? null : normalize(value);
    }

    private static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
