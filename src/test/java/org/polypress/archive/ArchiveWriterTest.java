package org.polypress.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.archive.Records.INPUT;
import static org.polypress.archive.Records.NAME;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polypress.pipeline.OutputFile;

/** The bag of a publication: made and verified with gov.loc:bagit, byte-exact, versioned, never half. */
class ArchiveWriterTest {
    private static final ArchiveWriter WRITER = new ArchiveWriter("");
    private static final BagChecker CHECKER = new BagChecker();
    private static final List<String> PAYLOAD = List.of("data/input/" + NAME + ".txt", "data/xml/" + NAME + ".xml",
            "data/html/" + NAME + ".html", "data/html/polypress.css", "data/pdf/" + NAME + ".pdf",
            "data/report/" + NAME + ".json");

    @TempDir
    Path out;

    private Path publish(ArchiveRecord record) throws Exception {
        return WRITER.commit(WRITER.stage(out, record)).bag();
    }

    @Test
    void aPublicationBecomesAValidBagHoldingTheInputByteForByteAndEveryEdition() throws Exception {
        Path bag = publish(Records.record());
        assertEquals(out.resolve("archive").resolve(NAME).resolve("v1"), bag);
        assertEquals(new BagChecker.Result(bag, true, ""), CHECKER.check(bag));
        assertArrayEquals(INPUT, Files.readAllBytes(bag.resolve("data/input/" + NAME + ".txt")));
        for (OutputFile f : Records.record().editions()) {
            assertArrayEquals(f.content(), Files.readAllBytes(bag.resolve("data").resolve(f.relativePath())), f.relativePath());
        }
        assertEquals(PAYLOAD.stream().sorted().toList(), files(bag.resolve("data"), bag));
        assertEquals(List.of("bag-info.txt", "bagit.txt", "manifest-sha256.txt", "metadata/premis.xml",
                "tagmanifest-sha256.txt"), files(bag, bag).stream().filter(p -> !p.startsWith("data/")).toList());
        try (Stream<Path> left = Files.list(bag.getParent())) {
            assertEquals(List.of(bag), left.toList(), "the staging folder is gone");
        }
        assertEquals(List.of("bag-info.txt", "bagit.txt", "manifest-sha256.txt", "metadata/premis.xml"),
                Files.readAllLines(bag.resolve("tagmanifest-sha256.txt")).stream()
                        .map(l -> l.substring(l.indexOf("  ") + 2)).sorted().toList());
    }

    @Test
    void bagInfoNamesTheDocumentItsFrbrIdentityAndPolypress() throws Exception {
        Path bag = publish(Records.record());
        String version = Software.versionOf(Software.bundled(), Software.POLYPRESS);
        long bytes = Records.record().editions().stream().mapToLong(f -> f.content().length).sum() + INPUT.length;
        assertEquals(List.of(
                "Source-Organization: Europees Parlement",
                "External-Description: Resolutie van het Europees Parlement over een EU-strategie inzake "
                        + "cyberveiligheid: een open, veilige en beveiligde cyberruimte",
                "External-Identifier: /akn/eu/statement/resolution/2026-12-02/2013-2606RSP/dut@",
                "Bag-Group-Identifier: archive/" + NAME,
                "Bag-Software-Agent: Polypress " + version + " (gov.loc bagit 5.2.0)",
                "Document-Number: 2013/2606(RSP)",
                "Document-Language: dut",
                "Document-Date: 2026-12-02",
                "FRBR-Work: /akn/eu/statement/resolution/2026-12-02/2013-2606RSP",
                "FRBR-Expression: /akn/eu/statement/resolution/2026-12-02/2013-2606RSP/dut@",
                "Original-File-Name: " + NAME + ".txt",
                "Published: 2026-12-02T03:22:02Z",
                "Polypress-Version: " + version,
                "Payload-Oxum: " + bytes + ".6",
                "Bagging-Date: " + LocalDate.now()),
                Files.readAllLines(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8));
        assertFalse(version.contains("${"), "the build filled in the version: " + version);
    }

    @Test
    void theSourceOrganisationSettingNamesTheOneTransferringTheContent() throws Exception {
        ArchiveWriter writer = new ArchiveWriter("Publications Office of the European Union");
        Path bag = writer.commit(writer.stage(out, Records.record())).bag();
        assertEquals("Source-Organization: Publications Office of the European Union",
                Files.readAllLines(bag.resolve("bag-info.txt")).get(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void aByteFlippedInAnyPayloadFileMakesTheBagInvalid(int which) throws Exception {
        Path bag = publish(Records.record());
        Path file = bag.resolve(PAYLOAD.get(which));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);
        BagChecker.Result r = CHECKER.check(bag);
        assertFalse(r.valid());
        assertTrue(r.problem().startsWith("CorruptChecksumException"), r.problem());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void aPayloadFileRemovedMakesTheBagInvalid(int which) throws Exception {
        Path bag = publish(Records.record());
        Files.delete(bag.resolve(PAYLOAD.get(which)));
        BagChecker.Result r = CHECKER.check(bag);
        assertFalse(r.valid());
        assertTrue(r.problem().startsWith("FileNotInPayloadDirectoryException"), r.problem());
    }

    @Test
    void aFileAddedToThePayloadOrAnEditedTagFileMakesTheBagInvalid() throws Exception {
        Path bag = publish(Records.record());
        Files.writeString(bag.resolve("data/xml/extra.xml"), "<x/>");
        assertTrue(CHECKER.check(bag).problem().startsWith("FileNotInManifestException"), CHECKER.check(bag).problem());
        Files.delete(bag.resolve("data/xml/extra.xml"));
        Files.writeString(bag.resolve("bag-info.txt"), "Source-Organization: someone else\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(CHECKER.check(bag).problem().startsWith("CorruptChecksumException"), CHECKER.check(bag).problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bagit.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "metadata/premis.xml"})
    void aBagThatLostOneOfItsTagFilesIsInvalid(String tagFile) throws Exception {
        // bagit's verifier alone accepts a bag without its tag manifest (optional in RFC 8493), so
        // that bag-info.txt can then be edited unnoticed; without bagit.txt a bag was not even found.
        Path bag = publish(Records.record());
        Files.delete(bag.resolve(tagFile));
        if (!tagFile.equals("bagit.txt")) {
            Files.writeString(bag.resolve("bag-info.txt"), "Source-Organization: someone else\n");
        }
        BagChecker.Result r = CHECKER.check(bag);
        assertFalse(r.valid(), tagFile);
        assertEquals(tagFile + " is missing", r.problem());
        assertEquals(List.of(bag), BagChecker.find(out), "still found as a bag of the archive");
    }

    @Test
    void changedContentIsANewVersionBesideTheOldWhichStaysAsItWas() throws Exception {
        Path v1 = publish(Records.record());
        Map<String, byte[]> before = contents(v1);
        byte[] changed = new String(INPUT, StandardCharsets.ISO_8859_1).replace("7 februari", "8 februari")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path v2 = publish(Records.record(changed));
        assertEquals(v1.resolveSibling("v2"), v2);
        assertArrayEquals(changed, Files.readAllBytes(v2.resolve("data/input/" + NAME + ".txt")));
        Map<String, byte[]> after = contents(v1);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        assertTrue(CHECKER.check(v1).valid());
        assertTrue(CHECKER.check(v2).valid());

        // The same content again (published anew after an interruption) adds no version.
        ArchiveWriter.Committed again = WRITER.commit(WRITER.stage(out, Records.record(changed)));
        assertEquals(new ArchiveWriter.Committed(v2, 2, false), again);
        assertEquals(List.of(1, 2), ArchiveFolder.versions(v1.getParent()));
        try (Stream<Path> left = Files.list(v1.getParent())) {
            assertEquals(List.of(v1, v2), left.sorted().toList());
        }
        // The old content once more is a change from the latest: v3.
        assertEquals(v1.resolveSibling("v3"), publish(Records.record()));
    }

    @Test
    void aBagThatCannotBeMadeLeavesNothingBehind() throws Exception {
        ArchiveRecord r = Records.record();
        List<OutputFile> clash = new ArrayList<>(r.editions());
        clash.add(new OutputFile("input/" + NAME + ".txt", new byte[] {1})); // lands on the input's own path
        ArchiveRecord bad = new ArchiveRecord(r.name(), r.inputFileName(), r.input(), clash, r.provenance(), r.published());
        assertThrows(ArchiveException.class, () -> WRITER.stage(out, bad));
        try (Stream<Path> left = Files.list(ArchiveFolder.of(out, NAME))) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aStagedBagIsHiddenUntilCommittedAndNamedLikeEveryPolypressTemporary() throws Exception {
        ArchiveWriter.StagedBag staged = WRITER.stage(out, Records.record());
        String name = staged.temp().getFileName().toString();
        assertTrue(name.startsWith(".polypress-") && name.endsWith(".tmp"), name);
        assertEquals(List.of(), ArchiveFolder.versions(staged.documentFolder()));
        assertEquals(List.of(), BagChecker.find(out), "a staged bag is not listed");
        staged.discard();
        assertFalse(Files.exists(staged.temp()));
    }

    /** The files under a folder, as "/"-separated paths relative to {@code base}, sorted. */
    static List<String> files(Path dir, Path base) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path bag) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (String f : files(bag, bag)) {
            out.put(f, Files.readAllBytes(bag.resolve(f)));
        }
        return out;
    }
}
