package org.polypress.route;

import java.nio.file.Path;

/**
 * A dropped file once read: its name as dropped, the NAME its editions are published under, where
 * it is, its size and the SHA-256 of its content (lower-case hex).
 */
record InputDocument(String fileName, String name, Path path, long size, String sha256) {

    /** Key of the persistent idempotent repository: same content under the same name is published once. */
    String idempotencyKey() {
        return sha256 + "/" + fileName;
    }
}
