package org.polypress.profile;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The words the editions print, for the few that Java prints itself (the catalogue's title):
 * read from the same label files the stylesheets read ({@code xslt/labels/<lang>.xml}, bundled),
 * with the same fallback: the language, then English. The stylesheets resolve their labels
 * themselves ({@code xslt/common/labels.xsl}); the recognising words of a language stay in its
 * profile.
 */
public final class Labels {
    private static final String FOLDER = "/xslt/labels/";
    private static final Map<String, Map<String, String>> FILES = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** The labels of a language, keys as in the label files, English where the language has none. */
    public static Map<String, String> of(String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        String code = lang.toLowerCase(Locale.ROOT);
        for (String file : List.of("en", code.contains("-") ? code.substring(0, code.indexOf('-')) : code, code)) {
            out.putAll(file(file));
        }
        return Map.copyOf(out);
    }

    /** The labels one file defines, without fallback; empty when there is no file. */
    static Map<String, String> file(String code) {
        return FILES.computeIfAbsent(code, Labels::read);
    }

    private static Map<String, String> read(String code) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (!code.matches("[a-z]{2,3}(-[a-z0-9]{1,8})*")) {
            return labels;
        }
        try (InputStream in = Labels.class.getResourceAsStream(FOLDER + code + ".xml")) {
            if (in == null) {
                return labels;
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("label");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element label = (Element) nodes.item(i);
                if (!label.getTextContent().isBlank()) {
                    labels.put(label.getAttribute("key"), label.getTextContent().strip());
                }
            }
            return labels;
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("unreadable label file " + FOLDER + code + ".xml: " + e.getMessage(), e);
        }
    }
}
