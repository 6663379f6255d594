package org.newsdesk.io;

import java.io.IOException;
import java.nio.file.Path;

/** Thrown when another run holds an output folder's {@link OutputLock}. */
public final class OutputLockedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The folder that is locked. */
    private final transient Path folder;

    /** An exception for {@code folder}, locked by {@code owner} (a description of the other run). */
    public OutputLockedException(Path folder, String owner) {
        super("output folder " + folder + " is in use by another run: " + owner + "; wait for it to finish, or use "
                + "another --output folder (a lock left by a run that was killed is taken over automatically)");
        this.folder = folder;
    }

    /** The folder that is locked. */
    public Path folder() {
        return folder;
    }
}
