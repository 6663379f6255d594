package org.newsdesk.batch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.newsdesk.classify.InsufficientTrainingDataException;
import org.newsdesk.model.ModelFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code newsdesk train | run | evaluate | models}. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Labels news articles with topics and writes extractive summaries.",
        subcommands = {TrainCommand.class, RunCommand.class, EvaluateCommand.class, ModelsCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:finished, but some articles or records failed",
            "2:invalid command line", "3:the job could not run (model, input, output or training data)",
            "4:evaluation below a --min-* bar",
            "5:another run is using the same output folder; nothing was done"})
public final class NewsdeskCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: train, run, evaluate or models");
    }

    /** The configured command line: one-line errors and exit codes instead of stack traces. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new NewsdeskCommand());
        cmd.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FAILED);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            java.io.PrintWriter err = c.getErr();
            err.println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException && !(e instanceof NumberFormatException)) {
                commandLine.getErr().println("newsdesk " + commandLine.getCommandName() + ": " + e.getMessage());
                commandLine.getErr().println("Try 'newsdesk " + commandLine.getCommandName() + " --help' for more information.");
                return ExitCodes.USAGE;
            }
            if (e instanceof org.newsdesk.io.OutputLockedException) {
                commandLine.getErr().println("newsdesk " + commandLine.getCommandName() + ": " + e.getMessage());
                return ExitCodes.LOCKED;
            }
            commandLine.getErr().println("newsdesk " + commandLine.getCommandName() + ": " + describe(e));
            if (!(e instanceof IOException || e instanceof UncheckedIOException || e instanceof ModelFormatException
                    || e instanceof InsufficientTrainingDataException)) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.FAILED;
        });
        return cmd;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + m;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + m;
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
