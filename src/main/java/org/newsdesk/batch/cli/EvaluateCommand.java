package org.newsdesk.batch.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdesk.batch.EvaluateJob;
import org.newsdesk.batch.EvaluateRequest;
import org.newsdesk.batch.Evaluation;
import org.newsdesk.batch.ProgressReporter;
import org.newsdesk.model.ModelStore;
import org.newsdesk.io.PreviousResults;
import org.newsdesk.summarize.SummaryLength;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsdesk evaluate}: measures a model and the summarizer against labelled data and reference summaries. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure topics (accuracy, micro/macro and per-label P/R/F1, confusion) and summaries "
            + "(ROUGE-1/2/L F1) against labelled data.",
            "Predictions come from --model, from an earlier run's --results file, or from --folds K cross-validation."})
public final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: models/default, unless --results or --folds).")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "Labelled articles. Repeat to merge.")
    List<Path> data;

    @Option(names = "--summaries", paramLabel = "DIR",
            description = "Reference summaries: a folder of .txt files under the articles' ids. Default: the data's summary column or field.")
    Path summaries;

    @Option(names = "--results", paramLabel = "FILE", description = "Score this results.json instead of running a model.")
    Path results;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
            description = "K-fold cross-validation on --data with the training options.")
    int folds;

    @Option(names = "--length-neutral-scorer",
            description = "With --folds: learn each fold's sentence scorer as train --length-neutral-scorer does.")
    boolean lengthNeutralScorer;

    @Option(names = "--report", required = true, paramLabel = "DIR", description = "Directory for report.json and the CSV tables.")
    Path report;

    @Option(names = "--label-map", paramLabel = "GOLD=LABEL", split = ",",
            description = "Rename gold labels before scoring, e.g. tech=science-and-technology.")
    List<String> labelMap;

    @Option(names = "--min-accuracy", paramLabel = "X", description = "Exit 4 if accuracy is below X.")
    Double minAccuracy;

    @Option(names = "--min-gold-in-topics", paramLabel = "X", description = "Exit 4 if the share of articles whose gold labels are all among the topics is below X.")
    Double minGoldInTopics;

    @Option(names = "--min-top-topic", paramLabel = "X", description = "Exit 4 if the share of articles whose most probable topic is a gold label is below X.")
    Double minTopTopic;

    @Option(names = "--max-topics-per-article", paramLabel = "X", description = "Exit 4 if the mean number of topics per article is above X.")
    Double maxTopicsPerArticle;

    @Option(names = "--min-rouge1", paramLabel = "X", description = "Exit 4 if mean ROUGE-1 F1 (0-100) is below X.")
    Double minRouge1;

    @Option(names = "--min-rouge2", paramLabel = "X", description = "Exit 4 if mean ROUGE-2 F1 (0-100) is below X.")
    Double minRouge2;

    @Option(names = "--min-micro-f1", paramLabel = "X", description = "Exit 4 if micro-averaged F1 is below X.")
    Double minMicroF1;

    @Option(names = "--min-macro-f1", paramLabel = "X", description = "Exit 4 if macro-averaged F1 is below X.")
    Double minMacroF1;

    @Option(names = "--max-ece", paramLabel = "X", description = "Exit 4 if the expected calibration error (15 bins) is above X.")
    Double maxEce;

    @Mixin
    InputMixin input;

    @Mixin
    SummaryMixin summary;

    @Mixin
    TrainingMixin training;

    /**
     * The summary length of the lead baseline: with --results, the length the run used (its results.json's
     * {@code summary_length} setting), and a different --summary-* option is refused; otherwise the options' length.
     */
    private SummaryLength summaryLength() throws java.io.IOException {
        if (results == null || !java.nio.file.Files.isRegularFile(results)) {
            return summary.length();
        }
        Optional<String> used = PreviousResults.runSetting(results, "summary_length");
        if (used.isEmpty()) {
            return summary.length();
        }
        SummaryLength runLength;
        try {
            runLength = SummaryLength.parse(used.get());
        } catch (IllegalArgumentException e) {
            return summary.length();
        }
        if (summary.lengthGiven() && !summary.length().equals(runLength)) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s does not match the run: %s was written with summaries of %s (%s), and the lead baseline "
                            + "must have the same length; leave out %s, or give %s", summary.length().asOption(),
                    results, used.get(), runLength.asOption(), summary.length().asOption(), runLength.asOption()));
        }
        return runLength;
    }

    @Override
    public Integer call() throws Exception {
        Path modelDir = model;
        if (modelDir == null && results == null && folds < 2) {
            modelDir = Paths.defaultPath("models/default");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : labelMap == null ? List.<String>of() : labelMap) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("--label-map takes GOLD=LABEL pairs, got '" + pair + "'");
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        var err = spec.commandLine().getErr();
        int[] unreadable = {0};
        Paths.requireExisting(data);
        EvaluateRequest request = new EvaluateRequest(modelDir, data, input.options(), input.filter(), summaries,
                results, report, summaryLength(), map, folds, training.settings(), summary.maxSimilarity(),
                lengthNeutralScorer);
        Evaluation e;
        try (ProgressReporter progress = ProgressReporter.forConsole("Evaluating")) {
            e = new EvaluateJob(new ModelStore()).execute(request, progress, x -> {
                unreadable[0]++;
                err.println("skipped " + x.describe());
            });
        }
        Object missing = e.summary() == null ? null : e.summary().get("missingPredictions");
        if (missing instanceof Number n && n.intValue() > 0) {
            Object first = e.summary().get("missingPredictionIds");
            err.printf(Locale.ROOT, "warning: %d of the data's articles have no result in %s (first: %s); they are "
                    + "scored as predicted with no topic and no summary%n", n.intValue(), results,
                    first instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : "");
        }
        var out = spec.commandLine().getOut();
        if (e.classification() != null) {
            out.print(e.classification().formatTable());
            out.printf(Locale.ROOT, "top topic among gold labels: %.4f%ngold labels all among topics: %.4f%n",
                    e.topAccuracy(), e.goldInTopics());
            out.printf(Locale.ROOT, "topics per article: %.3f  assigned topics that are gold: %.4f%n",
                    e.topicsPerArticle(), e.topicsCorrect());
            Object mis = e.summary().get("misclassifiedCount");
            out.printf("misclassified articles (topics differ from gold): %s (see misclassified.csv)%n", mis);
        }
        if (e.calibration() != null) {
            out.print(e.calibration().formatTable());
        }
        if (e.rouge() != null) {
            var f = e.rouge().meanF1();
            out.printf(Locale.ROOT, "ROUGE F1 over %d articles: ROUGE-1 %.2f  ROUGE-2 %.2f  ROUGE-L %.2f%n",
                    e.rouge().count(), f.rouge1() * 100, f.rouge2() * 100, f.rougeL() * 100);
        }
        if (e.lead() != null) {
            var f = e.lead().meanF1();
            out.printf(Locale.ROOT, "lead baseline (first sentences, same length): ROUGE-1 %.2f  ROUGE-2 %.2f  "
                    + "ROUGE-L %.2f%n", f.rouge1() * 100, f.rouge2() * 100, f.rougeL() * 100);
        }
        out.printf("report: %s%n", report.resolve("report.json"));
        boolean below = false;
        if (minAccuracy != null && (e.classification() == null || e.classification().accuracy() < minAccuracy)) {
            err.printf(Locale.ROOT, "accuracy below the bar of %.4f%n", minAccuracy);
            below = true;
        }
        if (minTopTopic != null && (e.classification() == null || e.topAccuracy() < minTopTopic)) {
            err.printf(Locale.ROOT, "top-topic share below the bar of %.4f%n", minTopTopic);
            below = true;
        }
        if (maxTopicsPerArticle != null && (e.classification() == null || e.topicsPerArticle() > maxTopicsPerArticle)) {
            err.printf(Locale.ROOT, "topics per article above the bar of %.3f%n", maxTopicsPerArticle);
            below = true;
        }
        if (minGoldInTopics != null && (e.classification() == null || e.goldInTopics() < minGoldInTopics)) {
            err.printf(Locale.ROOT, "gold-in-topics share below the bar of %.4f%n", minGoldInTopics);
            below = true;
        }
        if (minRouge1 != null && (e.rouge() == null || e.rouge().meanF1().rouge1() * 100 < minRouge1)) {
            err.printf(Locale.ROOT, "ROUGE-1 below the bar of %.2f%n", minRouge1);
            below = true;
        }
        if (minRouge2 != null && (e.rouge() == null || e.rouge().meanF1().rouge2() * 100 < minRouge2)) {
            err.printf(Locale.ROOT, "ROUGE-2 below the bar of %.2f%n", minRouge2);
            below = true;
        }
        if (minMicroF1 != null && (e.classification() == null || e.classification().micro().f1() < minMicroF1)) {
            err.printf(Locale.ROOT, "micro-F1 below the bar of %.4f%n", minMicroF1);
            below = true;
        }
        if (minMacroF1 != null && (e.classification() == null || e.classification().macro().f1() < minMacroF1)) {
            err.printf(Locale.ROOT, "macro-F1 below the bar of %.4f%n", minMacroF1);
            below = true;
        }
        if (maxEce != null && (e.calibration() == null || e.calibration().ece() > maxEce)) {
            err.printf(Locale.ROOT, "expected calibration error above the bar of %.4f%n", maxEce);
            below = true;
        }
        if (below) {
            return ExitCodes.BELOW_BAR;
        }
        return unreadable[0] > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
