package org.polypress.route;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.polypress.ingest.FileNames;
import org.polypress.pipeline.PipelineFailure;
import org.polypress.pipeline.Stage;

/**
 * Reads a dropped file once the poller holds its read lock: refuses unusable names and names too
 * long for the editions' file names, what is not a file (a named pipe, a device, a socket, a
 * folder, a dangling link, a loop of links), links that lead out of the input folder, unreadable,
 * empty and oversized files, each named for what it is and permanent (trying again cannot help);
 * then hands on the bytes as the body,
 * with an {@link InputDocument} and the idempotency key ({@code sha256/fileName}) as properties.
 * I/O errors propagate as {@link IOException} and are retried as transient. Once a shutdown has
 * begun, documents still waiting in the queue are not started: they are abandoned and, their keys
 * never having been stored, processed at the next start.
 */
final class InputReader implements Processor {
    /** What Java makes of bytes of a file name that the system's file name encoding cannot decode. */
    private static final char UNDECODABLE = '\uFFFD';
    /** Links followed at most before a chain counts as a loop: Linux's MAXSYMLINKS (40). */
    static final int MAX_LINK_HOPS = 40;
    /** File type bits of {@code unix:mode} (POSIX {@code S_IFMT}) and the types that are not files. */
    private static final int S_IFMT = 0170000;
    private static final Map<Integer, String> SPECIAL_FILES = Map.of(
            0010000, "a named pipe (FIFO)",
            0020000, "a character device",
            0060000, "a block device",
            0140000, "a socket");

    private final Path inputDir;
    private final long maxInputBytes;
    private final String longestNameEnding;
    private final BooleanSupplier shuttingDown;

    /**
     * @param longestNameEnding the longest ending the pipeline puts after NAME in an output file name
     *                          (see {@link org.polypress.pipeline.DocumentPipeline#longestNameEnding()})
     */
    InputReader(Path inputDir, long maxInputBytes, String longestNameEnding, BooleanSupplier shuttingDown) {
        this.inputDir = inputDir;
        this.maxInputBytes = maxInputBytes;
        this.longestNameEnding = longestNameEnding;
        this.shuttingDown = shuttingDown;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.setProperty(ExchangeKeys.STARTED, System.nanoTime());
        exchange.setProperty(ExchangeKeys.STEP, Stage.READ.key());
        Path path = pathOf(exchange);
        String fileName = path.getFileName().toString();
        exchange.setProperty(ExchangeKeys.PATH, path.toString());
        if (shuttingDown.getAsBoolean()) {
            exchange.setProperty(ExchangeKeys.OUTCOME, new DocumentOutcome(fileName,
                    DocumentName.of(fileName).orElse(fileName), DocumentOutcome.Kind.ABANDONED, null, 0, 0,
                    "not started before shutdown; it will be processed at the next start", Instant.now()));
            exchange.setRouteStop(true);
            return;
        }

        Optional<String> problem = DocumentName.problem(fileName);
        if (problem.isPresent()) {
            throw refuse(fileName + " cannot be published: " + problem.get() + ".",
                    "Rename the file to a plain name such as report.txt.");
        }
        String name = DocumentName.of(fileName).orElseThrow();
        Optional<String> tooLong = DocumentName.lengthProblem(name, longestNameEnding);
        if (tooLong.isPresent()) {
            throw refuse(fileName + " cannot be published: " + tooLong.get() + ".",
                    "Rename the file to a shorter name.");
        }
        Optional<String> clash = DocumentName.editionProblem(name);
        if (clash.isPresent()) {
            throw refuse(fileName + " cannot be published: " + clash.get() + ".",
                    "Rename the file, for example to " + name.replace('.', '-') + "." + FileNames.extension(fileName) + ".");
        }
        List<String> sameName = othersNamed(path, fileName, name);
        if (!sameName.isEmpty()) {
            throw refuse(fileName + " cannot be published: " + String.join(", ", sameName) + " in the input folder "
                            + (sameName.size() == 1 ? "is" : "are") + " published as " + name + " too, and their editions "
                            + "would replace each other's.",
                    "Rename all but one of them, for example to " + name + "-" + FileNames.extension(fileName) + "."
                            + FileNames.extension(fileName) + ".");
        }
        if (fileName.indexOf(UNDECODABLE) >= 0 && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(fileName + " cannot be opened: its name has bytes that are not valid in the file name encoding"
                            + " of this system (" + System.getProperty("sun.jnu.encoding") + "), shown here as \uFFFD.",
                    "Rename the file with a name in UTF-8, or start Polypress with a UTF-8 locale (LANG=C.UTF-8).");
        }
        refuseBrokenLink(path, fileName);
        refuseLinkLeavingInput(path, fileName);
        refuseWhatIsNotAFile(path, fileName);

        long size = Files.size(path);
        if (size > maxInputBytes) {
            throw refuse(fileName + " has " + size + " bytes, more than the limit of " + maxInputBytes + " bytes.",
                    "Split the document, or raise the setting input.max-size.");
        }
        if (size == 0) {
            throw refuse(fileName + " is empty (0 bytes).", "Drop the file again once it has content.");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw refuse(fileName + " cannot be read: permission denied.",
                    "Let the user running Polypress read the file (for example chmod a+r), then drop it again.");
        }
        if (content.length > maxInputBytes) {
            throw refuse(fileName + " grew beyond the limit of " + maxInputBytes + " bytes while being read.",
                    "Split the document, or raise the setting input.max-size.");
        }
        InputDocument input = new InputDocument(fileName, name, path, content.length, sha256(content));
        exchange.setProperty(ExchangeKeys.INPUT, input);
        exchange.setProperty(ExchangeKeys.KEY, input.idempotencyKey());
        exchange.getIn().setBody(content);
    }

    /**
     * The other files beside this one that the consumer takes and that have the same NAME
     * ({@code b.txt} and {@code b.html}), sorted; none when the folder cannot be listed.
     */
    private static List<String> othersNamed(Path path, String fileName, String name) {
        Path folder = path.getParent();
        if (folder == null) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String other = entry.getFileName().toString();
                if (!other.equals(fileName) && InputEndpoint.isTaken(other)
                        && DocumentName.of(other).filter(name::equals).isPresent()
                        && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(other);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            return List.of();
        }
        out.sort(null);
        return out;
    }

    /** The dropped file, or the one a job names (its path set by {@link JobRoutes}). */
    private static Path pathOf(Exchange exchange) {
        String job = exchange.getProperty(ExchangeKeys.PATH, String.class);
        if (job != null) {
            return Path.of(job);
        }
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        // The file's own path: Camel's (getAbsoluteFilePath) turns a backslash into a separator.
        return file.getFile() instanceof File f ? f.toPath() : Path.of(file.getAbsoluteFilePath());
    }

    /** A link that never reaches anything: its target is missing, or following it goes round in a loop. */
    private static void refuseBrokenLink(Path path, String fileName) throws IOException, PipelineFailure {
        if (!Files.isSymbolicLink(path)) {
            return;
        }
        Set<Path> visited = new HashSet<>();
        Path current = path.toAbsolutePath().normalize();
        while (Files.isSymbolicLink(current)) {
            if (!visited.add(current) || visited.size() > MAX_LINK_HOPS) {
                throw refuse(fileName + " is a symbolic link that never reaches a file: following it leads round a "
                                + "loop of links (" + current.getFileName() + " again).",
                        "Remove the link, or copy the file itself into the input folder.");
            }
            Path target = Files.readSymbolicLink(current);
            current = current.resolveSibling(target).normalize();
        }
        if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(fileName + " is a symbolic link to " + Files.readSymbolicLink(path)
                            + ", which does not exist (a dangling link).",
                    "Remove the link, or copy the file itself into the input folder.");
        }
    }

    /** Named pipes, devices, sockets and folders (a link may lead to one) are not documents. */
    private static void refuseWhatIsNotAFile(Path path, String fileName) throws IOException, PipelineFailure {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return;
        }
        String kind = attributes.isDirectory() ? "a folder" : specialKind(path);
        throw refuse(fileName + " is " + kind + ", not a file; only files are published.",
                "Drop the document itself as a file.");
    }

    private static String specialKind(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return SPECIAL_FILES.getOrDefault(mode & S_IFMT, "a special file");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    private void refuseLinkLeavingInput(Path path, String fileName) throws IOException, PipelineFailure {
        if (!Files.isSymbolicLink(path)) {
            return;
        }
        Path target = path.toRealPath();
        Path folder = inputDir.toRealPath();
        if (!target.startsWith(folder)) {
            throw refuse(fileName + " is a symbolic link to " + target
                            + ", outside the input folder; links leading out of the input folder are not followed.",
                    "Copy the file itself into the input folder.");
        }
    }

    private static PipelineFailure refuse(String reason, String suggestion) {
        return new PipelineFailure(Stage.READ, true, reason, suggestion);
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256Bytes(content));
    }

    static byte[] sha256Bytes(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
