package org.newsdesk.io;

import java.util.Objects;

/**
 * The size and SHA-256 (lower-case hex) of a file's bytes, as recorded in {@code run-manifest.json}.
 *
 * @param bytes  the file's length in bytes
 * @param sha256 the SHA-256 of its bytes, 64 hex digits
 */
public record FileDigest(long bytes, String sha256) {

    /** Checks the fields. */
    public FileDigest {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size " + bytes);
        }
        Objects.requireNonNull(sha256, "sha256");
    }
}
