package org.newsdesk.batch.cli;

import org.newsdesk.classify.Backend;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    /** Environment variable with the number of ND4J threads (default 1). */
    static final String THREADS_VARIABLE = "NEWSDESK_ND4J_THREADS";

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        String threads = System.getenv(THREADS_VARIABLE);
        try {
            Backend.useThreads(threads == null || threads.isBlank() ? 1 : Integer.parseInt(threads.trim()));
        } catch (IllegalArgumentException e) {
            System.err.println("newsdesk: " + THREADS_VARIABLE + " must be a whole number of at least 1, not '"
                    + threads + "'");
            System.exit(ExitCodes.USAGE);
        }
        System.exit(NewsdeskCommand.commandLine().execute(args));
    }
}
