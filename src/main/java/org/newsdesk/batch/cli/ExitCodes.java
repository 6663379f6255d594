package org.newsdesk.batch.cli;

/** Exit codes of every command. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The job finished but some articles failed (run) or some records could not be read (train, evaluate). */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The job could not run: unreadable model or input, unwritable output, unusable training data. */
    public static final int FAILED = 3;
    /** The evaluation ran but a --min-* quality bar was not met. */
    public static final int BELOW_BAR = 4;
    /** Another run is writing to the same output folder (run), or model folder (train); nothing was done. */
    public static final int LOCKED = 5;

    private ExitCodes() {
    }
}
