package org.newsdesk.batch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.batch.ProgressReporter;
import org.newsdesk.batch.TrainJob;
import org.newsdesk.batch.TrainRequest;
import org.newsdesk.model.ModelManifest;
import org.newsdesk.model.ModelStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsdesk train}: learns a topic model from labelled articles. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Train a topic classifier from labelled articles and save it as a model directory.")
public final class TrainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "Labelled articles: a folder of .txt files (with --labels-from-dirs), a CSV or a JSON Lines file. Repeat to merge.")
    List<Path> data;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Directory to write the model to (replaced when complete).")
    Path model;

    @Option(names = "--summaries", paramLabel = "DIR",
            description = "Reference summaries (a folder of .txt files under the articles' ids) to learn a supervised "
                    + "summarizer, saved in the model. Default: the data's summary column or field, if any.")
    Path summaries;

    @Mixin
    InputMixin input;

    @Mixin
    TrainingMixin training;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int[] unreadable = {0};
        Paths.requireExisting(data);
        if (summaries != null) {
            Paths.requireExisting(List.of(summaries));
        }
        TrainRequest request = new TrainRequest(data, input.options(), input.filter(), model, training.settings(),
                summaries);
        ModelManifest m;
        try (ProgressReporter progress = ProgressReporter.forConsole("Training")) {
            m = new TrainJob(new ModelStore(), Clock.systemUTC()).execute(request, progress, e -> {
                unreadable[0]++;
                err.println("skipped " + e.describe());
            });
        }
        out.printf("trained %s model on %d articles, %d labels, %d features -> %s%n",
                m.multiLabel() ? "multi-label" : "single-label", m.trainingData().articles(), m.labels().size(),
                m.vocabularySize(), model);
        out.printf("training data fingerprint %s%nmodel fingerprint %s%n", m.trainingData().fingerprint(),
                m.modelFingerprint());
        if (!m.validation().isEmpty()) {
            out.printf(java.util.Locale.ROOT, "%d-fold cross-validation (out-of-fold predictions for %s articles): "
                    + "accuracy %.4f, micro-F1 %.4f, macro-F1 %.4f%n", m.validationFolds(),
                    m.validation().get("articles"), (Double) m.validation().get("accuracy"),
                    f1(m.validation().get("micro")), f1(m.validation().get("macro")));
        }
        if (java.nio.file.Files.isRegularFile(model.resolve(ModelStore.SUMMARIZER))) {
            out.printf("supervised summarizer fitted on the reference summaries -> %s%n",
                    model.resolve(ModelStore.SUMMARIZER));
        }
        if (unreadable[0] > 0) {
            err.printf("%d records could not be read and were left out%n", unreadable[0]);
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.OK;
    }

    private static double f1(Object prf) {
        return prf instanceof java.util.Map<?, ?> map && map.get("f1") instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
