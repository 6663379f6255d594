package org.newsdesk.batch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.batch.ProgressReporter;
import org.newsdesk.batch.RunJob;
import org.newsdesk.batch.RunRequest;
import org.newsdesk.io.RunInfo;
import org.newsdesk.model.ModelStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsdesk run}: labels and summarizes every article of the inputs. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Label and summarize every article of the inputs; write results.json and results.csv.")
public final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: models/default).")
    Path model;

    @Option(names = "--input", paramLabel = "PATH",
            description = "Articles: a folder of .txt files, a CSV or a JSON Lines file. Repeat to merge (default: seeds/).")
    List<Path> inputs;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "out",
            description = "Directory for results.json and results.csv (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--classify-batch", paramLabel = "N", defaultValue = "64",
            description = "Articles classified together (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    InputMixin input;

    @Mixin
    SummaryMixin summary;

    @Override
    public Integer call() throws Exception {
        Path modelDir = model != null ? model : Paths.defaultPath("models/default");
        List<Path> in = inputs != null && !inputs.isEmpty() ? inputs : List.of(Paths.defaultPath("seeds"));
        Paths.requireExisting(in);
        RunRequest request = new RunRequest(modelDir, in, input.options(), input.filter(), output, summary.length(),
                batch, summary.maxSimilarity());
        RunInfo info;
        try (ProgressReporter progress = ProgressReporter.forConsole("Articles")) {
            info = new RunJob(new ModelStore(), Clock.systemUTC()).execute(request, progress);
        }
        var out = spec.commandLine().getOut();
        out.printf("%d articles: %d ok, %d failed -> %s, %s%n", info.counts().total(), info.counts().ok(),
                info.counts().error(), output.resolve("results.json"), output.resolve("results.csv"));
        if (info.counts().error() > 0) {
            spec.commandLine().getErr().printf("%d articles failed; see the status and error columns%n",
                    info.counts().error());
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.OK;
    }
}
