package org.polypress.archive;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.polypress.archive.layout.BagFolders;

/**
 * Checks bags: complete and valid by {@code gov.loc:bagit}'s verifier (every manifest entry present
 * with its checksum, no payload file outside the manifest, tag manifest right, Payload-Oxum), and
 * their PREMIS tag file valid against the PREMIS 3 schema. Thread-safe.
 */
public final class BagChecker {
    private static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    private final PremisSchema premis;

    public BagChecker() {
        this(new PremisSchema());
    }

    BagChecker(PremisSchema premis) {
        this.premis = premis;
    }

    /** The verdict on one bag: valid, or the first problem found. */
    public record Result(Path bag, boolean valid, String problem) {
    }

    /** The tag files every Polypress bag has: without them a changed bag could still verify. */
    private static final List<String> REQUIRED = List.of("bagit.txt", "manifest-sha256.txt", TAG_MANIFEST,
            ArchiveWriter.PREMIS_FILE);

    /** Checks one bag folder. */
    public Result check(Path bagDir) {
        for (String required : REQUIRED) {
            if (!Files.isRegularFile(bagDir.resolve(required))) {
                // bagit accepts a bag without a tag manifest (RFC 8493 makes it optional): then
                // bag-info.txt could be edited unnoticed. And without bagit.txt it is no bag at all.
                return new Result(bagDir, false, required + " is missing");
            }
        }
        try (BagVerifier verifier = new BagVerifier()) {
            Bag bag = new BagReader().read(bagDir);
            verifier.isValid(bag, false);
            List<String> errors = premis.errors(Files.readAllBytes(bagDir.resolve(ArchiveWriter.PREMIS_FILE)));
            if (!errors.isEmpty()) {
                return new Result(bagDir, false, ArchiveWriter.PREMIS_FILE + " is not valid PREMIS 3: " + errors.get(0));
            }
            return new Result(bagDir, true, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(bagDir, false, "interrupted");
        } catch (Exception e) {
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return new Result(bagDir, false, e.getClass().getSimpleName() + ": " + message);
        }
    }

    /**
     * Every bag under a folder, in path order: a folder holding {@code bagit.txt}, and every
     * version folder of the archive ({@code archive/NAME/vN}) whether it holds one or not, so that
     * a bag that lost its {@code bagit.txt} is checked (and found invalid) rather than passed over.
     * Temporaries and the bags' own contents are not searched.
     */
    public static List<Path> find(Path root) throws IOException {
        List<Path> bags = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return bags;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && name.startsWith(ArchiveFolder.TEMP_PREFIX)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (Files.isRegularFile(dir.resolve("bagit.txt")) || isVersionFolder(dir)) {
                    bags.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        bags.sort(null);
        return bags;
    }

    /** {@code archive/NAME/vN}. */
    private static boolean isVersionFolder(Path dir) {
        Path abs = dir.toAbsolutePath();
        Path archive = abs.getParent() == null ? null : abs.getParent().getParent();
        return abs.getFileName() != null && BagFolders.isVersion(abs.getFileName().toString()) && archive != null
                && archive.getFileName() != null && ArchiveFolder.DIR.equals(archive.getFileName().toString());
    }
}
