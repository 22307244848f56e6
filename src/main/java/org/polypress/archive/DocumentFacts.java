package org.polypress.archive;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What bag-info.txt says about the document, read from the FRBR identification of its Akoma Ntoso
 * (only {@code <meta>} is read). Each fact is empty when the document does not state it.
 *
 * @param work       FRBRWork/FRBRuri ("/akn/eu/act/regulation/2015-07-15/2015-1165")
 * @param expression FRBRExpression/FRBRuri (the work in one language, "…/eng@")
 * @param title      FRBRWork/FRBRname
 * @param number     FRBRWork/FRBRnumber
 * @param language   FRBRExpression/FRBRlanguage (ISO 639-2/B, as Akoma Ntoso writes it)
 * @param date       FRBRWork/FRBRdate/@date
 * @param author     the organisation the document names as its author (TLCOrganization "author")
 */
public record DocumentFacts(String work, String expression, String title, String number, String language,
                            String date, String author) {
    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** The facts of an Akoma Ntoso document, as UTF-8 bytes. */
    public static DocumentFacts read(byte[] akn) {
        String work = "", expression = "", title = "", number = "", language = "", date = "", author = "";
        String section = "";
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(akn));
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.END_ELEMENT && "meta".equals(r.getLocalName())) {
                        break;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT || !AKN.equals(r.getNamespaceURI())) {
                        continue;
                    }
                    String name = r.getLocalName();
                    switch (name) {
                        case "FRBRWork", "FRBRExpression", "FRBRManifestation" -> section = name;
                        case "FRBRuri" -> {
                            if (section.equals("FRBRWork")) {
                                work = attribute(r, "value");
                            } else if (section.equals("FRBRExpression")) {
                                expression = attribute(r, "value");
                            }
                        }
                        case "FRBRname" -> title = section.equals("FRBRWork") ? attribute(r, "value") : title;
                        case "FRBRnumber" -> number = section.equals("FRBRWork") ? attribute(r, "value") : number;
                        case "FRBRdate" -> date = section.equals("FRBRWork") ? attribute(r, "date") : date;
                        case "FRBRlanguage" -> language = attribute(r, "language");
                        case "TLCOrganization" -> author = "author".equals(attribute(r, "eId"))
                                ? attribute(r, "showAs") : author;
                        default -> {
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("the Akoma Ntoso cannot be read: " + e.getMessage(), e);
        }
        return new DocumentFacts(work, expression, title, number, language, date, author);
    }

    private static String attribute(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }
}
