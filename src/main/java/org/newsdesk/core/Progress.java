package org.newsdesk.core;

/**
 * Receives progress of long work (training epochs, articles processed). Implementations decide how to show it.
 */
@FunctionalInterface
public interface Progress {

    /** A listener that ignores every report. */
    Progress NONE = (done, total, message) -> { };

    /**
     * Reports that {@code done} of {@code total} units are complete.
     *
     * @param message a short description of the current step, may be empty
     */
    void report(long done, long total, String message);
}
