package org.polypress.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.archive.Records.NAME;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.pipeline.Provenance;
import org.polypress.pipeline.StageRun;

/**
 * The bag's provenance: PREMIS 3, valid against the Library of Congress's schema, one event per
 * stage with its date, outcome and the report's counts, the programs as agents with their
 * versions, and the fixity of every payload file.
 */
class PremisTest {
    private static final Processor SAXON = new Processor(false);
    private static final PremisSchema SCHEMA = new PremisSchema();

    @TempDir
    static Path out;
    private static Path bag;
    private static byte[] premis;
    private static XdmNode doc;

    @BeforeAll
    static void archive() throws Exception {
        ArchiveWriter writer = new ArchiveWriter("");
        bag = writer.commit(writer.stage(out, Records.record())).bag();
        premis = Files.readAllBytes(bag.resolve("metadata/premis.xml"));
        doc = SAXON.newDocumentBuilder().build(new StreamSource(new ByteArrayInputStream(premis)));
    }

    private static List<String> strings(String xpath) throws Exception {
        XPathCompiler c = SAXON.newXPathCompiler();
        c.declareNamespace("premis", PremisWriter.NS);
        List<String> out = new ArrayList<>();
        for (XdmItem i : c.evaluate(xpath, doc)) {
            out.add(i.getStringValue());
        }
        return out;
    }

    @Test
    void isPremis3ValidAgainstTheLibraryOfCongressSchema() throws Exception {
        assertEquals(List.of(), SCHEMA.errors(premis));
        assertEquals(List.of("http://www.loc.gov/premis/v3 premis 3.0"),
                strings("/*!(namespace-uri() || ' ' || local-name() || ' ' || @version)"));
    }

    @Test
    void theSchemaRejectsWhatPremis3DoesNotAllow() {
        String xml = new String(premis, StandardCharsets.UTF_8);
        // An object without its characteristics (mandatory for a file), and the PREMIS 2 namespace.
        String noCharacteristics = xml.replaceFirst("(?s)<premis:objectCharacteristics>.*?</premis:objectCharacteristics>", "");
        assertFalse(SCHEMA.errors(noCharacteristics.getBytes(StandardCharsets.UTF_8)).isEmpty());
        String v2 = xml.replace("http://www.loc.gov/premis/v3", "info:lc/xmlns/premis-v2");
        assertFalse(SCHEMA.errors(v2.getBytes(StandardCharsets.UTF_8)).isEmpty());
        String noDate = xml.replaceFirst("<premis:eventDateTime>[^<]*</premis:eventDateTime>", "");
        assertFalse(SCHEMA.errors(noDate.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void oneEventPerStageWithItsDateOutcomeAndTheReportsCounts() throws Exception {
        assertEquals(List.of("extraction", "cleaning", "structuring", "validation", "rendering",
                "message digest calculation"), strings("//premis:event/premis:eventType"));
        assertEquals(List.of("2026-12-02T03:21:46Z", "2026-12-02T03:21:46.558Z", "2026-12-02T03:21:47.516Z",
                "2026-12-02T03:21:47.744Z", "2026-12-02T03:21:47.819Z"),
                strings("//premis:event[position() le 5]/premis:eventDateTime"));
        assertEquals(List.of("success"), strings("distinct-values(//premis:eventOutcome)"));
        assertEquals(List.of("furniture lines removed: 0", "footnotes found: 12", "notes linked: 12",
                "notes unlinked: 0", "hyphens joined: 0", "hyphens kept: 5", "hyphens undecided: 0",
                "glyphs repaired: 0", "blocks: 94", "warnings: 1", "warning: " + Records.WARNING),
                strings("//premis:event[premis:eventType = 'cleaning']//premis:eventOutcomeDetailNote"));
        assertEquals(List.of("media type: text/plain", "character set: windows-1252", "pages: 11",
                "page boundaries: page-start lines", "language: nl", "language confidence: 1.0",
                "language profile: nl", "warnings: 0"),
                strings("//premis:event[premis:eventType = 'extraction']//premis:eventOutcomeDetailNote"));
        assertEquals(List.of("PDF pages: 11", "warnings: 0"),
                strings("//premis:event[premis:eventType = 'rendering']//premis:eventOutcomeDetailNote"));
        // Structuring covers the structure and AKN stages: 100.2 + 127.58 ms.
        assertTrue(strings("//premis:event[premis:eventType = 'structuring']//premis:eventDetail").get(0)
                .endsWith("(227.78 ms)"));
    }

    @Test
    void agentsArePolypressAndEachLibraryWithItsVersion() throws Exception {
        List<Software> bundled = Software.bundled();
        assertEquals(List.of("Polypress", "Apache Tika", "Apache PDFBox", "Saxon-HE", "Apache FOP", "Apache Camel",
                "gov.loc bagit", "Java runtime"), strings("//premis:agent/premis:agentName"));
        assertEquals(bundled.stream().map(Software::version).toList(), strings("//premis:agent/premis:agentVersion"));
        assertEquals(List.of("3.3.0", "5.2.0"), strings("//premis:agent[premis:agentName = ('Apache Tika', "
                + "'gov.loc bagit')]/premis:agentVersion"));
        assertEquals(List.of("software"), strings("distinct-values(//premis:agentType)"));
        assertEquals(List.of("polypress", "apache-tika", "apache-pdfbox"), strings("//premis:event[premis:eventType = "
                + "'extraction']/premis:linkingAgentIdentifier/premis:linkingAgentIdentifierValue"));
        assertEquals(List.of("polypress", "saxon-he", "apache-fop"), strings("//premis:event[premis:eventType = "
                + "'rendering']/premis:linkingAgentIdentifier/premis:linkingAgentIdentifierValue"));
    }

    @Test
    void theFixityOfEveryPayloadFileIsTheManifestsAndTheInputKeepsItsName() throws Exception {
        Map<String, String> manifest = new TreeMap<>();
        for (String line : Files.readAllLines(bag.resolve("manifest-sha256.txt"))) {
            manifest.put(line.substring(line.indexOf("  ") + 2), line.substring(0, line.indexOf("  ")));
        }
        Map<String, String> premisFixity = new TreeMap<>();
        List<String> ids = strings("//premis:object/premis:objectIdentifier/premis:objectIdentifierValue");
        List<String> digests = strings("//premis:object//premis:messageDigest");
        List<String> sizes = strings("//premis:object//premis:size");
        for (int i = 0; i < ids.size(); i++) {
            premisFixity.put(ids.get(i), digests.get(i));
            assertEquals(Files.size(bag.resolve(ids.get(i))), Long.parseLong(sizes.get(i)), ids.get(i));
        }
        assertEquals(manifest, premisFixity);
        assertEquals(List.of("SHA-256"), strings("distinct-values(//premis:messageDigestAlgorithm)"));
        assertEquals(List.of(NAME + ".txt"), strings("//premis:originalName"));
        assertEquals(List.of("data/input/" + NAME + ".txt"),
                strings("distinct-values(//premis:relatedObjectIdentifierValue)"));
        assertEquals(ids.size() - 1, strings("//premis:relationship").size(), "every edition derives from the input");
    }

    @Test
    void controlCharactersInAWarningKeepThePremisValid() throws Exception {
        ArchiveRecord r = Records.record();
        List<StageRun> stages = new ArrayList<>(r.provenance().stages());
        stages.set(1, stages.get(1).withWarnings(List.of("te\u0000k\u0007st\u001b")));
        ArchiveRecord controls = new ArchiveRecord(r.name(), r.inputFileName(), r.input(), r.editions(),
                new Provenance(stages, r.provenance().report()), r.published());
        byte[] xml = PremisWriter.write(List.of(new PayloadFile("data/input/x.txt", 1, "00", "text/plain", "", true,
                "x.txt")), controls.provenance(), Software.bundled(), Records.T0);
        assertEquals(List.of(), SCHEMA.errors(xml));
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains("warning: te\uFFFDk\uFFFDst\uFFFD"));
    }
}
