package org.newsdesk.batch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.batch.ProgressReporter;
import org.newsdesk.batch.TrainJob;
import org.newsdesk.batch.TrainReport;
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

    @Option(names = "--model", required = true, paramLabel = "DIR",
            description = "Model folder. A plain one (or a new path) is replaced when the new model is complete; a "
                    + "versioned one gets a new version, made current only if it scores at least as well as the "
                    + "current version on the held-out slice of the new (last --data) data.")
    Path model;

    @Option(names = "--versioned",
            description = "Start a versioned model folder at the new path --model (versions v0001, v0002, ... and a "
                    + "'current' file); later trainings into it add versions.")
    boolean versioned;

    @Option(names = "--force", description = "Make the new version current even if it scores below the current one.")
    boolean force;

    @Option(names = "--holdout", paramLabel = "FRACTION", defaultValue = "0.2",
            description = "Versioned models: share of the new data held out to compare the new version with the "
                    + "current one (default: ${DEFAULT-VALUE}).")
    double holdout;

    @Option(names = "--data-report", paramLabel = "FILE",
            description = "Also write the training-data report (JSON) here, even when the check stops training. It is "
                    + "always saved as data-report.json in the model folder.")
    Path dataReport;

    @Option(names = "--summaries", paramLabel = "DIR",
            description = "Reference summaries (a folder of .txt files under the articles' ids) to learn a supervised "
                    + "summarizer, saved in the model. Default: the data's summary column or field, if any.")
    Path summaries;

    @Option(names = "--length-neutral-scorer",
            description = "The learned sentence scorer does not learn sentence length from the reference summaries (how "
                    + "models/default is trained: its references were written by the team that wrote its articles, "
                    + "whose sentence lengths follow the writers, not the news). Default: sentence length is learned too.")
    boolean lengthNeutralScorer;

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
                versioned, force, holdout, dataReport, summaries, lengthNeutralScorer);
        TrainReport report;
        try (ProgressReporter progress = ProgressReporter.forConsole("Training")) {
            report = new TrainJob(new ModelStore(), Clock.systemUTC()).train(request, progress, e -> {
                unreadable[0]++;
                err.println("skipped " + e.describe());
            });
        }
        for (String warning : report.check().warnings()) {
            err.println("data warning: " + warning);
        }
        ModelManifest m = report.manifest();
        out.printf("trained %s model on %d articles, %d labels, %d features -> %s%n",
                m.multiLabel() ? "multi-label" : "single-label", m.trainingData().articles(), m.labels().size(),
                m.vocabularySize(), report.savedTo());
        out.printf("training-data report: %s%n", report.savedTo().resolve(TrainJob.DATA_REPORT));
        TrainReport.Promotion p = report.promotion();
        if (p != null) {
            out.printf(java.util.Locale.ROOT, "version %s: %s; %s -> %s%n", p.version(),
                    p.promoted() ? "now current" : "NOT made current", p.reason(),
                    report.savedTo().resolve(TrainJob.PROMOTION));
        }
        out.printf("training data fingerprint %s%nmodel fingerprint %s%n", m.trainingData().fingerprint(),
                m.modelFingerprint());
        out.printf(java.util.Locale.ROOT, "fitted on %s articles: %s epochs, weights of epoch %s kept; "
                + "calibration temperature %.4f%n", m.training().get("fitArticles"), m.training().get("epochsRun"),
                m.training().get("bestEpoch"), m.temperature());
        if (!m.validation().isEmpty()) {
            out.printf(java.util.Locale.ROOT, "validation slice (%s articles, also used for early stopping, "
                    + "calibration and thresholds): accuracy %.4f, micro-F1 %.4f, macro-F1 %.4f, ECE %.4f%n",
                    m.validation().get("articles"), (Double) m.validation().get("accuracy"),
                    f1(m.validation().get("micro")), f1(m.validation().get("macro")),
                    m.training().get("validationEce") instanceof Number n ? n.doubleValue() : Double.NaN);
        }
        if (java.nio.file.Files.isRegularFile(model.resolve(ModelStore.SUMMARIZER))) {
            out.printf("supervised summarizer fitted on the reference summaries%s -> %s%n",
                    lengthNeutralScorer ? " (length-neutral: sentence length not learned)" : "", model.resolve(ModelStore.SUMMARIZER));
        }
        for (var stage : report.stages()) {
            out.printf(java.util.Locale.ROOT, "stage %-22s %8.2f s wall %8.2f s CPU  peak RSS %s%n", stage.name(),
                    stage.wallSeconds(), stage.cpuSeconds(), stage.peakRssBytes() < 0 ? "unknown"
                            : (stage.peakRssBytes() >> 20) + " MB");
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
