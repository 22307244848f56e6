package org.polypress.publish.html;

import java.util.LinkedHashMap;
import java.util.Map;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;

/** Reads a flat JSON object (as the JSON-LD block is) with XPath's parse-json. */
final class JsonLd {

    private JsonLd() {
    }

    /** The object's members as strings; fails if the text is not a JSON object. */
    static Map<String, String> parse(String json) throws SaxonApiException {
        XPathCompiler compiler = HtmlFixtures.PROCESSOR.newXPathCompiler();
        compiler.declareVariable(new QName("json"));
        XPathSelector selector = compiler.compile("parse-json($json)").load();
        selector.setVariable(new QName("json"), new XdmAtomicValue(json));
        XdmMap map = (XdmMap) selector.evaluateSingle();
        Map<String, String> out = new LinkedHashMap<>();
        map.keySet().forEach(key -> out.put(key.getStringValue(), map.get(key).itemAt(0).getStringValue()));
        return out;
    }
}
