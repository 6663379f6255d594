package org.newsdesk.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.classify.ClassifyOutcome;
import org.newsdesk.classify.InsufficientTrainingDataException;
import org.newsdesk.io.AtomicFiles;
import org.newsdesk.io.OutputLock;
import org.newsdesk.model.ModelVersions;
import org.newsdesk.report.TrainingPage;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsdesk.classify.TopicClassifier;
import org.newsdesk.classify.TopicTrainer;
import org.newsdesk.classify.TrainingResult;
import org.newsdesk.classify.eval.ClassificationReport;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.Progress;
import org.newsdesk.core.StageTimer;
import org.newsdesk.model.DataFingerprint;
import org.newsdesk.model.ModelManifest;
import org.newsdesk.model.ModelStore;
import org.newsdesk.io.TextFiles;
import org.newsdesk.summarize.SupervisedScorer;
import org.newsdesk.summarize.SupervisedTrainer;

/**
 * Trains a topic model from labelled articles and saves it with its manifest. Records that cannot be read are
 * reported and left out; the data is {@linkplain TrainingDataCheck checked} first (problems stop training, warnings
 * are reported; unlabelled articles are left out) and the check is saved as {@value #DATA_REPORT} in the model
 * folder; the manifest's fingerprint covers exactly the articles trained on. A versioned model folder gets a new
 * version, made current only if it scores at least as well as the current one (see {@link #train}). When
 * reference summaries are given (a folder of {@code <id>.txt} files, or the inputs' summary field), a supervised
 * sentence scorer is fitted on them as well and saved as {@link ModelStore#SUMMARIZER} in the same model directory.
 */
public final class TrainJob {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ModelStore store;
    private final Clock clock;

    /** A job saving models with {@code store}, stamping them with {@code clock}. */
    public TrainJob(ModelStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Runs the job.
     *
     * @param onError receives each record that could not be read
     * @return the saved model's manifest
     * @throws IOException if the model cannot be written (an existing model is then left as it was)
     * @throws org.newsdesk.classify.InsufficientTrainingDataException if the articles cannot train a model
     */
    public ModelManifest execute(TrainRequest request, Progress progress, Consumer<ArticleError> onError)
            throws IOException {
        return train(request, progress, onError).manifest();
    }

    /**
     * Checks the data, trains, and saves the model: into the folder itself for a plain model folder, or as a new
     * version of a versioned one, which becomes current only if it scores at least as well as the current version on
     * the held-out slice of the new data (or with {@link TrainRequest#force()}).
     *
     * @param onError receives each record that could not be read
     * @throws IOException if the model cannot be written (an existing model is then left as it was)
     * @throws org.newsdesk.classify.InsufficientTrainingDataException if the data check finds a problem that makes
     *         training meaningless, or the articles cannot train a model
     * @throws IllegalArgumentException if {@code versioned} is asked for a plain model folder
     * @throws org.newsdesk.io.OutputLockedException if another training is adding a version to the same folder
     */
    public TrainReport train(TrainRequest request, Progress progress, Consumer<ArticleError> onError)
            throws IOException {
        Path target = request.model();
        boolean versioned = ModelVersions.isVersioned(target) || (request.versioned() && !ModelVersions.isPlain(target));
        if (request.versioned() && ModelVersions.isPlain(target)) {
            throw new IllegalArgumentException(target + " is a plain model folder (manifest.json at its root); give "
                    + "--versioned a new folder, e.g. " + target.resolveSibling(target.getFileName() + "-versions"));
        }
        if (versioned && Files.isDirectory(target) && !ModelVersions.isVersioned(target)) {
            try (var children = Files.list(target)) {
                if (children.anyMatch(c -> !c.getFileName().toString().equals(OutputLock.FILE_NAME))) {
                    throw new IllegalArgumentException(target + " is neither empty nor a model folder; give "
                            + "--versioned a new or empty folder");
                }
            }
        }
        StageTimer timer = new StageTimer();
        timer.start("reading");
        List<Article> loaded = ArticleLoader.load(request.data(), request.options(), request.filter(), onError);
        timer.start("data check");
        List<String> currentLabels = currentLabels(target);
        TrainingDataCheck check = TrainingDataCheck.of(loaded, currentLabels);
        if (request.dataReport() != null) {
            writeJson(request.dataReport(), check.toMap());
        }
        if (!check.problems().isEmpty()) {
            throw new InsufficientTrainingDataException("the training data cannot train a meaningful model: "
                    + String.join("; ", check.problems()));
        }
        List<Article> articles = check.usable();
        if (!versioned) {
            timer.start("summarizer");
            SupervisedScorer summarizer = fitSummarizer(request, articles);
            TrainingResult result = new TopicTrainer(request.settings()).train(articles, progress, timer);
            timer.start("writing");
            ModelManifest manifest = manifest(request, articles, result, summarizer != null);
            store.save(target, manifest, result.classifier(), extraFiles(summarizer));
            writeJson(target.resolve(DATA_REPORT), check.toMap());
            writeReport(target, manifest, result, check);
            timer.stop();
            return new TrainReport(manifest, target, check, null, timer.stages());
        }
        Files.createDirectories(target);
        try (OutputLock lock = OutputLock.acquire(target)) {
            return trainVersion(request, articles, check, progress, timer);
        }
    }

    /** The file name of the training-data report inside a saved model folder. */
    public static final String DATA_REPORT = "data-report.json";
    /** The file name of the promotion decision inside a version folder. */
    public static final String PROMOTION = "promotion.json";

    private TrainReport trainVersion(TrainRequest request, List<Article> articles, TrainingDataCheck check,
                                     Progress progress, StageTimer timer) throws IOException {
        Path target = request.model();
        Set<String> newIds = idsOf(request.data().get(request.data().size() - 1), request);
        List<Article> train = new ArrayList<>();
        List<Article> heldOut = new ArrayList<>();
        for (Article a : articles) {
            (newIds.contains(a.id()) && heldOut(a.id(), request.holdoutFraction()) ? heldOut : train).add(a);
        }
        timer.start("summarizer");
        SupervisedScorer summarizer = fitSummarizer(request, train);
        TrainingResult result = new TopicTrainer(request.settings()).train(train, progress, timer);
        timer.start("promotion check");
        ModelManifest manifest = manifest(request, train, result, summarizer != null);
        String previous = ModelVersions.current(target).orElse(null);
        double newScore = heldOut.isEmpty() ? Double.NaN : score(result.classifier(), heldOut);
        double previousScore = Double.NaN;
        if (previous != null && !heldOut.isEmpty()) {
            previousScore = score(store.load(target.resolve(previous)).classifier(), heldOut);
        }
        String version = ModelVersions.nextVersion(target);
        boolean promoted;
        String reason;
        if (previous == null) {
            promoted = true;
            reason = "first version";
        } else if (heldOut.isEmpty()) {
            promoted = request.force();
            reason = "no held-out articles in the new data, so the versions cannot be compared"
                    + (promoted ? "; made current because of --force" : "; use --force to make it current anyway");
        } else if (newScore >= previousScore) {
            promoted = true;
            reason = String.format(Locale.ROOT, "scores at least as well as %s on %d held-out articles (%.4f >= %.4f)",
                    previous, heldOut.size(), newScore, previousScore);
        } else {
            promoted = request.force();
            reason = String.format(Locale.ROOT, "scores below %s on %d held-out articles (%.4f < %.4f)%s", previous,
                    heldOut.size(), newScore, previousScore, promoted ? "; made current because of --force"
                            : "; " + previous + " stays current (use --force to override)");
        }
        TrainReport.Promotion promotion = new TrainReport.Promotion(version, previous, "micro_f1", heldOut.size(),
                newScore, previousScore, promoted, request.force() && promoted && previous != null
                        && !(newScore >= previousScore), reason);
        timer.start("writing");
        Path folder = target.resolve(version);
        store.save(folder, manifest, result.classifier(), extraFiles(summarizer));
        writeJson(folder.resolve(DATA_REPORT), check.toMap());
        writeReport(folder, manifest, result, check);
        Map<String, Object> record = new LinkedHashMap<>(promotion.toMap());
        record.put("decided_at", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        record.put("held_out_ids", heldOut.stream().map(Article::id).toList());
        writeJson(folder.resolve(PROMOTION), record);
        if (promoted) {
            ModelVersions.setCurrent(target, version);
        }
        timer.stop();
        return new TrainReport(manifest, folder, check, promotion, timer.stages());
    }

    /**
     * Writes training-report.html into the saved model folder. Like data-report.json it is not a model file: the
     * manifest does not list it and the fingerprint does not cover it.
     */
    private static void writeReport(Path folder, ModelManifest manifest, TrainingResult result,
                                    TrainingDataCheck check) throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("model", folder.toString());
        facts.put("model fingerprint", manifest.modelFingerprint());
        facts.put("created", manifest.createdAt());
        facts.put("labels", manifest.labels().size() + (manifest.multiLabel() ? " (multi-label)" : " (single-label)"));
        facts.put("training articles", manifest.trainingData().articles() + " from "
                + String.join(", ", manifest.trainingData().sources()));
        facts.put("data fingerprint", manifest.trainingData().fingerprint());
        facts.put("vocabulary", manifest.vocabularySize() + " features");
        var n = manifest.network();
        facts.put("network", String.format(Locale.ROOT, "%s, up to %d epochs, batches of %d, learning rate %s, "
                + "L2 %s, dropout %s, seed %d", n.hiddenUnits() == 0 ? "linear (no hidden layer)"
                : n.hiddenUnits() + " hidden units", n.epochs(), n.batchSize(), n.learningRate(), n.l2(), n.dropout(),
                n.seed()));
        facts.put("Newsdesk version", BuildInfo.version());
        var validation = result.validationIds().isEmpty() ? null : ClassificationReport.compute(
                result.classifier().labels(), result.validationGold(), result.validationPredicted());
        AtomicFiles.writeString(folder.resolve(TrainingPage.FILE_NAME), TrainingPage.render(new TrainingPage.Data(
                facts, result.countsPerLabel(), check.warnings(), result.history(), manifest.thresholds(), validation,
                result.facts())));
    }

    /** The model files besides manifest, vocabulary and network: the supervised summarizer, if any. */
    private static Map<String, String> extraFiles(SupervisedScorer summarizer) {
        return summarizer == null ? Map.of() : Map.of(ModelStore.SUMMARIZER, summarizer.toJson());
    }

    /** Whether an article of the new data is held out: a stable choice by the hash of its id. */
    static boolean heldOut(String id, double fraction) {
        byte[] h;
        try {
            h = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long v = ((h[0] & 0xffL) << 16) | ((h[1] & 0xffL) << 8) | (h[2] & 0xffL);
        return v < fraction * (1 << 24);
    }

    private static Set<String> idsOf(Path source, TrainRequest request) {
        Set<String> ids = new HashSet<>();
        for (Article a : ArticleLoader.load(List.of(source), request.options(), request.filter(), e -> { })) {
            ids.add(a.id());
        }
        return ids;
    }

    /** Micro-averaged F1 of a classifier on labelled articles (an article it cannot classify counts as no topics). */
    static double score(TopicClassifier classifier, List<Article> articles) {
        List<Set<String>> gold = new ArrayList<>();
        List<Set<String>> predicted = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += 64) {
            List<Article> batch = articles.subList(from, Math.min(articles.size(), from + 64));
            List<ClassifyOutcome> outcomes = classifier.classify(batch);
            for (int i = 0; i < batch.size(); i++) {
                gold.add(new LinkedHashSet<>(batch.get(i).labels()));
                ClassifyOutcome o = outcomes.get(i);
                predicted.add(o.prediction() == null ? Set.of() : new LinkedHashSet<>(o.prediction().topics()));
            }
        }
        return ClassificationReport.compute(classifier.labels(), gold, predicted).micro().f1();
    }

    /** The labels of the model now at {@code target} (its current version), or null when there is none. */
    private static List<String> currentLabels(Path target) {
        try {
            Path dir = ModelVersions.resolve(target);
            Path manifest = dir.resolve(ModelStore.MANIFEST);
            if (!Files.isRegularFile(manifest)) {
                return null;
            }
            List<String> labels = new ArrayList<>();
            JSON.readTree(manifest.toFile()).path("labels").forEach(l -> labels.add(l.asText()));
            return labels;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void writeJson(Path file, Object value) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.writeString(file, JSON.writeValueAsString(value) + "\n");
    }

    /**
     * Fits the supervised summarizer on the articles that have a reference summary, or returns null when none has
     * (and no folder was given).
     *
     * @throws IllegalArgumentException if a folder of summaries was given but holds none of the articles' ids
     */
    static SupervisedScorer fitSummarizer(TrainRequest request, List<Article> articles) throws IOException {
        List<String[]> examples = new ArrayList<>();
        for (Article a : articles) {
            String reference = request.summaries() == null ? a.referenceSummary() : referenceFile(request.summaries(), a);
            if (reference != null && !reference.isBlank()) {
                examples.add(new String[] {a.title(), a.text(), reference});
            }
        }
        // the summarizer's components (sentence splitter, POS tagger) load only when there is something to learn
        SupervisedTrainer trainer = examples.isEmpty() ? null : new SupervisedTrainer(Components.summarizer(),
                request.lengthNeutralScorer());
        for (String[] e : examples) {
            trainer.add(e[0], e[1], e[2]);
        }
        if (trainer == null) {
            if (request.summaries() != null) {
                throw new IllegalArgumentException("--summaries " + request.summaries() + " holds no reference summary "
                        + "for the training articles (expected <id>.txt files, e.g. " + request.summaries()
                        .resolve((articles.isEmpty() ? "ID" : articles.get(0).id()) + ".txt") + ")");
            }
            return null;
        }
        try {
            return trainer.fit();
        } catch (IllegalStateException e) {
            if (request.summaries() == null) {
                return null; // the inputs' summary field cannot teach a scorer: keep the unsupervised one
            }
            throw new IllegalArgumentException("--summaries " + request.summaries() + ": " + e.getMessage(), e);
        }
    }

    private static String referenceFile(Path folder, Article a) throws IOException {
        Path file = folder.resolve(a.id() + ".txt");
        return Files.isRegularFile(file) ? TextFiles.read(file).text() : null;
    }

    private static Map<String, String> files(boolean summarizer) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("manifest", ModelStore.MANIFEST);
        files.put("vocabulary", ModelStore.VOCABULARY);
        files.put("network", ModelStore.NETWORK);
        if (summarizer) {
            files.put("summarizer", ModelStore.SUMMARIZER);
        }
        return files;
    }

    private ModelManifest manifest(TrainRequest request, List<Article> articles, TrainingResult result,
                                   boolean summarizer) {
        TopicClassifier c = result.classifier();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        double[] t = c.thresholds();
        for (int i = 0; i < t.length; i++) {
            thresholds.put(c.labels().get(i), t[i]);
        }
        Map<String, Object> validation = new LinkedHashMap<>();
        if (!result.validationIds().isEmpty()) {
            validation.putAll(ClassificationReport.compute(c.labels(), result.validationGold(),
                    result.validationPredicted()).toMap());
        }
        var s = request.settings();
        return new ModelManifest(ModelManifest.CURRENT_SCHEMA_VERSION, ModelManifest.FORMAT,
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), c.labels(), c.multiLabel(), thresholds,
                c.maxTopics(), c.rule().secondaryThreshold() > 0 ? c.rule().secondaryThreshold() : null,
                c.temperature(), c.analysisSettings(), c.featureSettings(), c.vocabulary().size(),
                s.network(), s.validationFolds(), s.patience(),
                s.classWeights().name().toLowerCase(java.util.Locale.ROOT), s.network().seed(),
                new ModelManifest.TrainingData(DataFingerprint.of(articles), articles.size(),
                        request.data().stream().map(Object::toString).toList(), result.countsPerLabel()),
                result.facts(), validation, c.fingerprint(), BuildInfo.libraries(), files(summarizer));
    }
}
