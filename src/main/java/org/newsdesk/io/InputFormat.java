package org.newsdesk.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The kinds of article input the batch reads. */
public enum InputFormat {
    /** A folder of {@code .txt} files, one article per file, searched recursively. */
    FOLDER,
    /** A CSV file with a header row, one article per record. */
    CSV,
    /** A JSON Lines file: one JSON object per line. */
    JSONL;

    /**
     * The format of an input, from what it is: a directory is {@link #FOLDER}, a {@code .csv} file is {@link #CSV}, a
     * {@code .jsonl}, {@code .ndjson} or {@code .json} file is {@link #JSONL} (extensions are matched ignoring case).
     *
     * @throws IllegalArgumentException naming the path when it is none of these
     */
    public static InputFormat detect(Path path) {
        if (Files.isDirectory(path)) {
            return FOLDER;
        }
        Path name = path.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return CSV;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return JSONL;
        }
        throw new IllegalArgumentException("cannot tell the input format of " + path
                + ": expected a folder, a .csv file or a .jsonl/.ndjson/.json file");
    }
}
