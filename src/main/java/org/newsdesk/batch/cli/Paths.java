package org.newsdesk.batch.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Default locations: relative to the working directory, else to the Newsdesk installation ($NEWSDESK_HOME). */
final class Paths {

    private Paths() {
    }

    /**
     * Checks that every input exists.
     *
     * @throws java.nio.file.NoSuchFileException naming the first that does not
     */
    static void requireExisting(java.util.List<Path> inputs) throws java.nio.file.NoSuchFileException {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
        }
    }

    /**
     * The inputs with standard input ({@code -}) and streams such as {@code /dev/stdin} or a named pipe copied into
     * temporary files (deleted when the JVM exits), since an input is read more than once (hashed, then read).
     *
     * @throws IllegalArgumentException when such an input comes without {@code --format CSV} or {@code JSONL}
     */
    static java.util.List<Path> readStreams(java.util.List<Path> inputs, org.newsdesk.io.InputFormat format)
            throws java.io.IOException {
        java.util.List<Path> result = new java.util.ArrayList<>();
        for (Path p : inputs) {
            boolean dash = p.toString().equals("-");
            boolean stream = !dash && Files.exists(p) && !Files.isDirectory(p) && !Files.isRegularFile(p);
            if (!dash && !stream) {
                result.add(p);
                continue;
            }
            String what = dash ? "--input - (standard input)" : "--input " + p + " (not a regular file)";
            if (format == null || format == org.newsdesk.io.InputFormat.FOLDER) {
                throw new IllegalArgumentException(what + " needs --format CSV or --format JSONL");
            }
            Path copy = Files.createTempFile("newsdesk-stdin-",
                    format == org.newsdesk.io.InputFormat.CSV ? ".csv" : ".jsonl");
            copy.toFile().deleteOnExit();
            if (dash) {
                Files.copy(System.in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                try (java.io.InputStream in = Files.newInputStream(p)) {
                    Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            result.add(copy);
        }
        return result;
    }

    /** {@code relative} if it exists here, else under $NEWSDESK_HOME when that has it, else {@code relative}. */
    static Path defaultPath(String relative) {
        Path here = Path.of(relative);
        if (Files.exists(here)) {
            return here;
        }
        String home = System.getenv("NEWSDESK_HOME");
        if (home != null && Files.exists(Path.of(home, relative))) {
            return Path.of(home, relative);
        }
        return here;
    }
}
