package org.polypress.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.polypress.pipeline.PipelineFailure;
import org.polypress.pipeline.Stage;

/**
 * Reads a dropped file once the poller holds its read lock: refuses unusable names, links that
 * lead out of the input folder, empty and oversized files; then hands on the bytes as the body,
 * with an {@link InputDocument} and the idempotency key ({@code sha256/fileName}) as properties.
 * I/O errors propagate as {@link IOException} and are retried as transient. Once a shutdown has
 * begun, documents still waiting in the queue are not started: they are abandoned and, their keys
 * never having been stored, processed at the next start.
 */
final class InputReader implements Processor {
    private final Path inputDir;
    private final long maxInputBytes;
    private final BooleanSupplier shuttingDown;

    InputReader(Path inputDir, long maxInputBytes, BooleanSupplier shuttingDown) {
        this.inputDir = inputDir;
        this.maxInputBytes = maxInputBytes;
        this.shuttingDown = shuttingDown;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.setProperty(ExchangeKeys.STARTED, System.nanoTime());
        exchange.setProperty(ExchangeKeys.STEP, Stage.READ.key());
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        String fileName = file.getFileNameOnly();
        Path path = Path.of(file.getAbsoluteFilePath());
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
        refuseLinkLeavingInput(path, fileName);

        long size = Files.size(path);
        if (size > maxInputBytes) {
            throw refuse(fileName + " has " + size + " bytes, more than the limit of " + maxInputBytes + " bytes.",
                    "Split the document, or raise the setting input.max-size.");
        }
        if (size == 0) {
            throw refuse(fileName + " is empty (0 bytes).", "Drop the file again once it has content.");
        }
        byte[] content = Files.readAllBytes(path);
        if (content.length > maxInputBytes) {
            throw refuse(fileName + " grew beyond the limit of " + maxInputBytes + " bytes while being read.",
                    "Split the document, or raise the setting input.max-size.");
        }
        InputDocument input = new InputDocument(fileName, name, path, content.length, sha256(content));
        exchange.setProperty(ExchangeKeys.INPUT, input);
        exchange.setProperty(ExchangeKeys.KEY, input.idempotencyKey());
        exchange.getIn().setBody(content);
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
