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
