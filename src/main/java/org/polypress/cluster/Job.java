package org.polypress.cluster;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One document to publish, as the intake sends it to the queue: where the file is on the shared
 * input folder and the SHA-256 of the content the intake read, never the bytes (a worker reads the
 * file itself; a job is a few hundred bytes whatever the document's size). Carried as message
 * headers, whose names are valid JMS property names (letters only).
 *
 * @param path     the dropped file, as the workers see the shared folder
 * @param fileName its name
 * @param sha256   the content's hash when the intake read it
 */
public record Job(Path path, String fileName, String sha256) {
    public static final String PATH = "PolypressPath";
    public static final String FILE_NAME = "PolypressFileName";
    public static final String SHA256 = "PolypressSha256";

    public Map<String, Object> headers() {
        return Map.of(PATH, path.toString(), FILE_NAME, fileName, SHA256, sha256);
    }

    /** The job these headers carry, if they carry one. */
    public static Optional<Job> of(Map<String, Object> headers) {
        Object path = headers.get(PATH);
        Object name = headers.get(FILE_NAME);
        Object sha = headers.get(SHA256);
        if (path == null || name == null || sha == null) {
            return Optional.empty();
        }
        return Optional.of(new Job(Path.of(path.toString()), name.toString(), sha.toString()));
    }

    /** The idempotency key, as on one machine: SHA-256 of the content, "/", the file name. */
    public String key() {
        return sha256 + "/" + fileName;
    }
}
