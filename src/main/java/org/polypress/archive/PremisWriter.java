package org.polypress.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.polypress.pipeline.Provenance;
import org.polypress.pipeline.StageRun;

/**
 * Writes a bag's provenance as PREMIS 3 ({@value #NS}), following the PREMIS Data Dictionary 3.0:
 * one file object per payload file (identifier = its path in the bag, SHA-256 fixity, size, format;
 * the input with its original name, every other file a derivation from it), one event per part of
 * the pipeline ({@link PremisEvent}: date, detail, outcome and the report's counts, the programs
 * that ran it and the files it read or made) and one for the checksums, and one agent per program
 * with its version. Identifiers are local to the bag. Pure: the same input gives the same XML.
 */
final class PremisWriter {
    static final String NS = "http://www.loc.gov/premis/v3";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** Where the Library of Congress publishes the schema (a hint only; validation uses the bundled copy). */
    static final String SCHEMA_LOCATION = "https://www.loc.gov/standards/premis/v3/premis-v3-0.xsd";
    private static final String LOCAL = "local";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private PremisWriter() {
    }

    /**
     * @param files      the payload files, the input among them
     * @param provenance the stages that ran and the report
     * @param agents     the programs (see {@link Software#bundled()})
     * @param packaged   when the checksums were made
     */
    static byte[] write(List<PayloadFile> files, Provenance provenance, List<Software> agents, Instant packaged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            new Run(new Indenting(w), files, provenance, agents).document(packaged);
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write PREMIS", e);
        }
        return out.toByteArray();
    }

    private record Run(Indenting x, List<PayloadFile> files, Provenance provenance, List<Software> agents) {
        void document(Instant packaged) throws XMLStreamException {
            x.w.writeStartDocument("UTF-8", "1.0");
            x.start("premis");
            x.w.writeNamespace("premis", NS);
            x.w.writeNamespace("xsi", XSI);
            x.w.writeAttribute(XSI, "schemaLocation", NS + " " + SCHEMA_LOCATION);
            x.w.writeAttribute("version", "3.0");
            for (PayloadFile f : files) {
                object(f);
            }
            ReportFacts report = new ReportFacts(provenance.report());
            for (PremisEvent e : PremisEvent.values()) {
                stageEvent(e, report);
            }
            digestEvent(packaged);
            for (Software s : agents) {
                agent(s);
            }
            x.end();
            x.w.writeCharacters("\n");
            x.w.writeEndDocument();
        }

        private void object(PayloadFile f) throws XMLStreamException {
            x.start("object");
            x.w.writeAttribute("xsi", XSI, "type", "premis:file");
            identifier("objectIdentifier", "objectIdentifierType", "objectIdentifierValue", f.path());
            x.start("objectCharacteristics");
            x.leaf("compositionLevel", "0");
            x.start("fixity");
            x.leaf("messageDigestAlgorithm", "SHA-256");
            x.leaf("messageDigest", f.sha256());
            x.leaf("messageDigestOriginator", Software.BAGIT);
            x.end();
            x.leaf("size", Long.toString(f.size()));
            x.start("format");
            x.start("formatDesignation");
            x.leaf("formatName", f.format());
            if (!f.formatVersion().isEmpty()) {
                x.leaf("formatVersion", f.formatVersion());
            }
            x.end();
            x.end();
            x.end();
            if (f.original()) {
                x.leaf("originalName", f.originalName());
            } else {
                Optional<PayloadFile> input = files.stream().filter(PayloadFile::original).findFirst();
                if (input.isPresent()) {
                    x.start("relationship");
                    x.leaf("relationshipType", "derivation");
                    x.leaf("relationshipSubType", "has source");
                    identifier("relatedObjectIdentifier", "relatedObjectIdentifierType", "relatedObjectIdentifierValue",
                            input.get().path());
                    x.end();
                }
            }
            x.end();
        }

        private void stageEvent(PremisEvent e, ReportFacts report) throws XMLStreamException {
            List<StageRun> runs = provenance.stages().stream().filter(r -> e.stages().contains(r.stage())).toList();
            if (runs.isEmpty()) {
                return;
            }
            Instant at = runs.stream().map(StageRun::started).min(Comparator.naturalOrder()).orElseThrow();
            double millis = runs.stream().mapToDouble(StageRun::millis).sum();
            List<String> notes = new ArrayList<>(e.notes(report));
            List<String> warnings = runs.stream().flatMap(r -> r.warnings().stream()).toList();
            notes.add("warnings: " + warnings.size());
            warnings.forEach(wn -> notes.add("warning: " + wn));
            x.start("event");
            identifier("eventIdentifier", "eventIdentifierType", "eventIdentifierValue", e.type());
            x.leaf("eventType", e.type());
            x.leaf("eventDateTime", at.toString());
            x.start("eventDetailInformation");
            x.leaf("eventDetail", e.detail() + " (" + Math.round(millis * 100) / 100.0 + " ms)");
            x.end();
            outcome(notes);
            for (String name : e.agents()) {
                agentLink(name);
            }
            switch (e) {
                case EXTRACTION, CLEANING -> objectLinks(PayloadFile::original, "source");
                case STRUCTURING -> {
                    objectLinks(PayloadFile::original, "source");
                    objectLinks(Run::isAkn, "outcome");
                }
                case VALIDATION -> objectLinks(Run::isAkn, "source");
                case RENDERING -> {
                    objectLinks(Run::isAkn, "source");
                    objectLinks(f -> f.path().startsWith("data/pdf/") || f.path().startsWith("data/html/"), "outcome");
                }
            }
            x.end();
        }

        private void digestEvent(Instant packaged) throws XMLStreamException {
            x.start("event");
            identifier("eventIdentifier", "eventIdentifierType", "eventIdentifierValue", "message-digest-calculation");
            x.leaf("eventType", "message digest calculation");
            x.leaf("eventDateTime", packaged.toString());
            x.start("eventDetailInformation");
            x.leaf("eventDetail", "SHA-256 of every payload file, as in the bag's manifest-sha256.txt");
            x.end();
            outcome(List.of("files: " + files.size()));
            agentLink(Software.BAGIT);
            objectLinks(f -> true, "source");
            x.end();
        }

        private void outcome(List<String> notes) throws XMLStreamException {
            x.start("eventOutcomeInformation");
            x.leaf("eventOutcome", "success");
            for (String note : notes) {
                x.start("eventOutcomeDetail");
                x.leaf("eventOutcomeDetailNote", note);
                x.end();
            }
            x.end();
        }

        private void agentLink(String name) throws XMLStreamException {
            Optional<Software> agent = agents.stream().filter(s -> s.name().equals(name)).findFirst();
            if (agent.isEmpty()) {
                return;
            }
            x.start("linkingAgentIdentifier");
            x.leaf("linkingAgentIdentifierType", LOCAL);
            x.leaf("linkingAgentIdentifierValue", agent.get().id());
            x.leaf("linkingAgentRole", "executing program");
            x.end();
        }

        private void objectLinks(Predicate<PayloadFile> which, String role) throws XMLStreamException {
            for (PayloadFile f : files) {
                if (which.test(f)) {
                    x.start("linkingObjectIdentifier");
                    x.leaf("linkingObjectIdentifierType", LOCAL);
                    x.leaf("linkingObjectIdentifierValue", f.path());
                    x.leaf("linkingObjectRole", role);
                    x.end();
                }
            }
        }

        private void agent(Software s) throws XMLStreamException {
            x.start("agent");
            identifier("agentIdentifier", "agentIdentifierType", "agentIdentifierValue", s.id());
            x.leaf("agentName", s.name());
            x.leaf("agentType", "software");
            x.leaf("agentVersion", s.version());
            x.end();
        }

        private void identifier(String element, String type, String value, String id) throws XMLStreamException {
            x.start(element);
            x.leaf(type, LOCAL);
            x.leaf(value, id);
            x.end();
        }

        private static boolean isAkn(PayloadFile f) {
            return f.path().startsWith("data/xml/");
        }
    }

    /** Writes PREMIS elements one per line, indented by depth. */
    private static final class Indenting {
        final XMLStreamWriter w;
        private int depth;

        Indenting(XMLStreamWriter w) {
            this.w = w;
        }

        void start(String name) throws XMLStreamException {
            newline();
            w.writeStartElement("premis", name, NS);
            depth++;
        }

        void end() throws XMLStreamException {
            depth--;
            newline();
            w.writeEndElement();
        }

        void leaf(String name, String text) throws XMLStreamException {
            newline();
            w.writeStartElement("premis", name, NS);
            w.writeCharacters(XmlText.xml(text));
            w.writeEndElement();
        }

        private void newline() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
