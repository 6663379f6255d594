package org.newsdesk.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads whole small text files (e.g. reference summaries) with the same encoding rules as article input. */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * A file's text and whether it needed the fallback charset.
     *
     * @param text     the decoded text
     * @param fallback true when the bytes were not valid UTF-8 and were decoded as windows-1252
     */
    public record Text(String text, boolean fallback) {
    }

    /**
     * Reads {@code file} as UTF-8 (a byte-order mark skipped), or as windows-1252 when it is not valid UTF-8.
     *
     * @throws IOException if the file cannot be read
     */
    public static Text read(Path file) throws IOException {
        Encodings.Decoded d;
        try {
            d = Encodings.decode(Files.readAllBytes(file));
        } catch (java.io.CharConversionException e) {
            throw new java.io.CharConversionException(file + ": " + e.getMessage());
        }
        return new Text(d.text(), d.fallback());
    }
}
