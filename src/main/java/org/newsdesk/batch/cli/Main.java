package org.newsdesk.batch.cli;

import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(NewsdeskCommand.commandLine().execute(args));
    }
}
