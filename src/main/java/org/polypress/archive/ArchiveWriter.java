package org.polypress.archive;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.creator.CreateTagManifestsVistor;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.hash.Hasher;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.writer.ManifestWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.polypress.pipeline.OutputFile;

/**
 * Makes the archival package of a publication in two steps, so that the route can make it visible
 * together with the editions: {@link #stage} builds the bag in a hidden folder beside the versions
 * (payload {@code data/input/NAME.ext} byte for byte, then the publication's files under their
 * output paths, {@code data/xml/NAME.xml}, ...; {@code bag-info.txt}; SHA-256 manifest and tag
 * manifest; PREMIS in the tag file {@code metadata/premis.xml}), forces it to disk and verifies it
 * with {@code gov.loc:bagit}'s verifier and the PREMIS schema; {@link #commit} renames it to the
 * next {@code vN}. A bag whose input is the one the latest version holds (the same content
 * published again, after an interruption) adds no version. Thread-safe.
 */
public final class ArchiveWriter {
    /** The tag file holding the PREMIS record. */
    public static final String PREMIS_FILE = "metadata/premis.xml";

    private final String sourceOrganisation;
    private final List<Software> agents;
    private final PremisSchema premis;
    private final BagChecker checker;

    /**
     * @param sourceOrganisation the organisation transferring the content (bag-info
     *                           {@code Source-Organization}); blank: the document's author
     */
    public ArchiveWriter(String sourceOrganisation) {
        this(sourceOrganisation, Software.bundled(), new PremisSchema());
    }

    ArchiveWriter(String sourceOrganisation, List<Software> agents, PremisSchema premis) {
        this.sourceOrganisation = Objects.requireNonNullElse(sourceOrganisation, "").strip();
        this.agents = List.copyOf(agents);
        this.premis = premis;
        this.checker = new BagChecker(premis);
    }

    /** A bag made and verified, not yet visible. */
    public record StagedBag(Path documentFolder, Path temp, Path staging, String inputPath, String inputSha256) {
        /** Removes the staged bag (after a failure, or when it is not needed). */
        public void discard() throws IOException {
            deleteTree(temp);
        }
    }

    /** Where a bag now is, and whether this commit made it. */
    public record Committed(Path bag, int version, boolean created) {
    }

    /**
     * Builds and verifies the bag of a publication. On failure nothing is left behind.
     *
     * @throws IOException      on I/O trouble (transient: the route retries)
     * @throws ArchiveException when the bag or its PREMIS is not valid (a bug)
     */
    public StagedBag stage(Path outputDir, ArchiveRecord record) throws IOException, ArchiveException {
        Path folder = ArchiveFolder.of(outputDir, record.name());
        Files.createDirectories(folder);
        Path temp = ArchiveFolder.stagingPath(folder);
        // The bag's root inside the hidden temporary folder is not hidden itself: bagit leaves hidden
        // folders out of its manifests.
        Path staging = temp.resolve("bag");
        boolean done = false;
        try {
            Map<String, byte[]> payload = payload(record);
            for (Map.Entry<String, byte[]> e : payload.entrySet()) {
                // bagInPlace moves everything it finds into data/: write the files without that prefix.
                Path file = staging.resolve(e.getKey().substring("data/".length()));
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            DocumentFacts facts = facts(record);
            Bag bag = BagCreator.bagInPlace(staging, List.of(StandardSupportedAlgorithms.SHA256), false,
                    bagInfo(record, facts));
            Map<String, String> checksums = checksums(bag, staging);
            byte[] xml = PremisWriter.write(files(record, payload, checksums), record.provenance(), agents, Instant.now());
            List<String> errors = premis.errors(xml);
            if (!errors.isEmpty()) {
                throw new ArchiveException("the PREMIS record is not valid PREMIS 3: " + String.join("; ", errors));
            }
            Path premisFile = staging.resolve(PREMIS_FILE);
            Files.createDirectories(premisFile.getParent());
            Files.write(premisFile, xml, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            rewriteTagManifest(staging);
            syncTree(staging);
            BagChecker.Result check = checker.check(staging);
            if (!check.valid()) {
                throw new ArchiveException("the bag made is not valid: " + check.problem());
            }
            done = true;
            return new StagedBag(folder, temp, staging, record.inputPath(), checksums.get(record.inputPath()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        } finally {
            if (!done) {
                deleteTree(temp);
            }
        }
    }

    /**
     * Makes a staged bag the next version of its document, unless the latest version holds the
     * same input, in which case the staged bag is discarded and the latest version stands.
     */
    public synchronized Committed commit(StagedBag staged) throws IOException {
        List<Integer> versions = ArchiveFolder.versions(staged.documentFolder());
        if (!versions.isEmpty()) {
            int latest = versions.get(versions.size() - 1);
            Path latestBag = staged.documentFolder().resolve(ArchiveFolder.version(latest));
            if (holdsInput(latestBag, staged.inputPath(), staged.inputSha256())) {
                staged.discard();
                return new Committed(latestBag, latest, false);
            }
        }
        int next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1) + 1;
        Path target = staged.documentFolder().resolve(ArchiveFolder.version(next));
        Files.move(staged.staging(), target, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(staged.documentFolder());
        staged.discard();
        return new Committed(target, next, true);
    }

    /** The payload by path in the bag: the input first, then the publication's files. */
    private static Map<String, byte[]> payload(ArchiveRecord record) throws ArchiveException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(record.inputPath(), record.input());
        for (OutputFile f : record.editions()) {
            if (out.putIfAbsent("data/" + f.relativePath(), f.content()) != null) {
                throw new ArchiveException("two files would be data/" + f.relativePath() + " in the bag");
            }
        }
        return out;
    }

    /** The document's facts; none when the publication has no readable Akoma Ntoso (another pipeline's). */
    private static DocumentFacts facts(ArchiveRecord record) {
        DocumentFacts none = new DocumentFacts("", "", "", "", "", "", "");
        if (record.akn() == null) {
            return none;
        }
        try {
            return DocumentFacts.read(record.akn());
        } catch (IllegalArgumentException e) {
            return none;
        }
    }

    private Metadata bagInfo(ArchiveRecord record, DocumentFacts facts) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", sourceOrganisation.isEmpty() ? facts.author() : sourceOrganisation);
        info.put("External-Description", facts.title());
        info.put("External-Identifier", facts.expression());
        info.put("Bag-Group-Identifier", ArchiveFolder.DIR + "/" + record.name());
        String polypress = Software.versionOf(agents, Software.POLYPRESS);
        info.put("Bag-Software-Agent", "Polypress " + polypress + " (" + Software.BAGIT + " "
                + Software.versionOf(agents, Software.BAGIT) + ")");
        info.put("Document-Number", facts.number());
        info.put("Document-Language", facts.language());
        info.put("Document-Date", facts.date());
        info.put("FRBR-Work", facts.work());
        info.put("FRBR-Expression", facts.expression());
        info.put("Original-File-Name", record.inputFileName());
        info.put("Published", record.published().toString());
        info.put("Polypress-Version", polypress);
        Metadata md = new Metadata();
        info.forEach((k, v) -> {
            String value = XmlText.line(v == null ? "" : v);
            if (!value.isEmpty()) {
                md.add(k, value);
            }
        });
        return md;
    }

    /** The payload manifest as path in the bag ("data/xml/NAME.xml") to SHA-256. */
    private static Map<String, String> checksums(Bag bag, Path root) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Manifest m : bag.getPayLoadManifests()) {
            m.getFileToChecksumMap().forEach((file, sum) -> out.put(bagPath(root, file), sum));
        }
        return out;
    }

    private static String bagPath(Path root, Path file) {
        Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    }

    private static List<PayloadFile> files(ArchiveRecord record, Map<String, byte[]> payload,
                                           Map<String, String> checksums) throws ArchiveException {
        List<PayloadFile> out = new ArrayList<>();
        String mediaType = String.valueOf(Objects.requireNonNullElse(
                new ReportFacts(record.provenance().report()).at("mediaType"), "application/octet-stream"));
        for (Map.Entry<String, byte[]> e : payload.entrySet()) {
            String sum = checksums.get(e.getKey());
            if (sum == null) {
                throw new ArchiveException("bagit's manifest lacks " + e.getKey());
            }
            boolean input = e.getKey().equals(record.inputPath());
            String[] format = input ? new String[] {mediaType, ""} : PayloadFile.editionFormat(e.getKey());
            out.add(new PayloadFile(e.getKey(), e.getValue().length, sum, format[0], format[1], input,
                    input ? record.inputFileName() : ""));
        }
        return out;
    }

    /** Tag manifest again, now that the PREMIS tag file is there (bagInPlace wrote one without it). */
    private static void rewriteTagManifest(Path root) throws IOException, NoSuchAlgorithmException {
        try (Stream<Path> old = Files.list(root)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("tagmanifest-")).toList()) {
                Files.delete(p);
            }
        }
        Map<Manifest, MessageDigest> digests =
                Hasher.createManifestToMessageDigestMap(List.of(StandardSupportedAlgorithms.SHA256));
        Files.walkFileTree(root, new CreateTagManifestsVistor(digests, false));
        ManifestWriter.writeTagManifests(digests.keySet(), root, root, StandardCharsets.UTF_8);
    }

    private static boolean holdsInput(Path bagDir, String inputPath, String sha256) {
        try {
            Bag bag = new BagReader().read(bagDir);
            for (Manifest m : bag.getPayLoadManifests()) {
                if (m.getAlgorithm() == StandardSupportedAlgorithms.SHA256
                        && sha256.equals(m.getFileToChecksumMap().get(bagDir.resolve(inputPath)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false; // an unreadable latest version is not this input: a new version is made
        }
    }

    /** Forces every file and folder of a staged bag to disk before it is renamed into place. */
    private static void syncTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    ch.force(true);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                syncFolder(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void syncFolder(Path folder) {
        // Makes entries durable on POSIX file systems; not supported everywhere, hence best effort.
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the files themselves are on disk
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
