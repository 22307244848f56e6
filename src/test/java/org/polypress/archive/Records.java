package org.polypress.archive;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polypress.pipeline.OutputFile;
import org.polypress.pipeline.Provenance;
import org.polypress.pipeline.Stage;
import org.polypress.pipeline.StageRun;

/** Archive records made of real snippets: the opening of sample 002 (a European Parliament resolution). */
final class Records {
    static final String NAME = "002_c02cd129ca6bf4b1";
    /** The sample's first lines as a Windows text file: windows-1252, CRLF line ends, a form feed. */
    static final byte[] INPUT = (" Resolutie van het Europees Parlement over een EU-strategie inzake cyberveiligheid: een \r\n"
            + "open, veilige en beveiligde cyberruimte\r\n(2013/2606(RSP))\r\n\r\nHet Europees Parlement,\r\n\f"
            + "– gezien de gezamenlijke mededeling van 7 februari 2013 van de Commissie en de hoge \r\n")
            .getBytes(Charset.forName("windows-1252"));
    /** The meta section Polypress wrote for it. */
    static final String AKN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\"><meta>"
            + "<identification source=\"#polypress\"><FRBRWork>"
            + "<FRBRthis value=\"/akn/eu/statement/resolution/2026-12-02/2013-2606RSP/!main\"/>"
            + "<FRBRuri value=\"/akn/eu/statement/resolution/2026-12-02/2013-2606RSP\"/>"
            + "<FRBRdate date=\"2026-12-02\" name=\"generation\"/><FRBRauthor href=\"#author\"/><FRBRcountry value=\"eu\"/>"
            + "<FRBRnumber value=\"2013/2606(RSP)\"/><FRBRname value=\"Resolutie van het Europees Parlement over een "
            + "EU-strategie inzake cyberveiligheid: een open, veilige en beveiligde cyberruimte\"/></FRBRWork>"
            + "<FRBRExpression><FRBRthis value=\"/akn/eu/statement/resolution/2026-12-02/2013-2606RSP/dut@/!main\"/>"
            + "<FRBRuri value=\"/akn/eu/statement/resolution/2026-12-02/2013-2606RSP/dut@\"/>"
            + "<FRBRdate date=\"2026-12-02\" name=\"generation\"/><FRBRauthor href=\"#author\"/>"
            + "<FRBRlanguage language=\"dut\"/></FRBRExpression><FRBRManifestation>"
            + "<FRBRthis value=\"/akn/eu/statement/resolution/2026-12-02/2013-2606RSP/dut@/!main.xml\"/>"
            + "<FRBRuri value=\"/akn/eu/statement/resolution/2026-12-02/2013-2606RSP/dut@.akn\"/>"
            + "<FRBRdate date=\"2026-12-02\" name=\"generation\"/><FRBRauthor href=\"#polypress\"/></FRBRManifestation>"
            + "</identification><references source=\"#polypress\">"
            + "<TLCOrganization eId=\"polypress\" href=\"/ontology/organization/polypress\" showAs=\"Polypress\"/>"
            + "<TLCOrganization eId=\"author\" href=\"/ontology/organization/europees-parlement\" showAs=\"Europees Parlement\"/>"
            + "</references></meta><preamble><p>Het Europees Parlement,</p></preamble></statement></akomaNtoso>\n";
    static final Instant T0 = Instant.parse("2026-12-02T03:21:46Z");

    private Records() {
    }

    /** The report's facts, as the pipeline made them for the sample. */
    static Map<String, Object> report() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("input", NAME + ".txt");
        r.put("mediaType", "text/plain");
        r.put("charset", "windows-1252");
        r.put("language", map("code", "nl", "confidence", 1.0, "profile", "nl", "iso639-2b", "dut"));
        r.put("pages", map("count", 11, "boundaries", "page-start lines"));
        r.put("furniture", map("linesRemoved", 0, "examples", List.of()));
        r.put("footnotes", map("found", 12, "linked", 12L, "unlinked", 0L));
        r.put("hyphenation", map("joined", 0, "kept", 5, "undecided", List.of()));
        r.put("layout", map("doubleSpaced", false, "glyphsNormalised", 0, "boxes", 0, "blocks", 94));
        r.put("document", map("type", "statement/resolution", "number", "2013/2606(RSP)", "date", "2026-12-02",
                "annexes", 0));
        r.put("unclassified", List.of());
        r.put("warnings", List.of(WARNING));
        r.put("pdfPages", 11);
        return r;
    }

    static final String WARNING = "note 8 on page 2: marker read as the last digits of “118” (11 + note 8, no other "
            + "place for it); unsure";

    static Provenance provenance() {
        return new Provenance(List.of(
                new StageRun(Stage.EXTRACT, T0, 557.56, List.of()),
                new StageRun(Stage.CLEAN, T0.plusMillis(558), 957.46, List.of(WARNING)),
                new StageRun(Stage.STRUCTURE, T0.plusMillis(1516), 100.2, List.of()),
                new StageRun(Stage.AKN, T0.plusMillis(1616), 127.58, List.of()),
                new StageRun(Stage.VALIDATE, T0.plusMillis(1744), 75.13, List.of()),
                new StageRun(Stage.PDF, T0.plusMillis(1819), 12072.04, List.of()),
                new StageRun(Stage.HTML, T0.plusMillis(13891), 1617.07, List.of())), report());
    }

    /** The publication of the sample's opening: input as dropped, the AKN and stand-ins for the other editions. */
    static ArchiveRecord record(byte[] input) {
        return new ArchiveRecord(NAME, NAME + ".txt", input, List.of(
                new OutputFile("xml/" + NAME + ".xml", utf8(AKN)),
                new OutputFile("html/" + NAME + ".html", utf8("<!DOCTYPE html><html lang=\"nl\"><p>Het Europees Parlement,</p></html>\n")),
                new OutputFile("html/polypress.css", utf8("body { margin: 0 }\n")),
                new OutputFile("pdf/" + NAME + ".pdf", utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")),
                new OutputFile("report/" + NAME + ".json", utf8("{\"input\": \"" + NAME + ".txt\"}\n"))),
                provenance(), T0.plusSeconds(16));
    }

    static ArchiveRecord record() {
        return record(INPUT);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
