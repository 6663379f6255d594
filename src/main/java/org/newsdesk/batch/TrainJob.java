package org.newsdesk.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.newsdesk.model.DataFingerprint;
import org.newsdesk.model.ModelManifest;
import org.newsdesk.model.ModelStore;
import org.newsdesk.io.TextFiles;
import org.newsdesk.summarize.SupervisedScorer;
import org.newsdesk.summarize.SupervisedTrainer;

/**
 * Trains a topic model from labelled articles and saves it with its manifest. Records that cannot be read are
 * reported and left out; the manifest's fingerprint covers exactly the articles trained on. When reference summaries
 * are given (a folder of {@code <id>.txt} files, or the inputs' summary field), a supervised sentence scorer is fitted
 * on them as well and saved as {@link ModelStore#SUMMARIZER} in the same model directory.
 */
public final class TrainJob {

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
        List<Article> articles = ArticleLoader.load(request.data(), request.options(), request.filter(), onError);
        SupervisedScorer summarizer = fitSummarizer(request, articles);
        TrainingResult result = new TopicTrainer(request.settings()).train(articles, progress);
        TopicClassifier classifier = result.classifier();
        ModelManifest manifest = manifest(request, articles, result, summarizer != null);
        Map<String, String> extra = summarizer == null ? Map.of() : Map.of(ModelStore.SUMMARIZER, summarizer.toJson());
        store.save(request.model(), manifest, classifier, extra);
        return manifest;
    }

    /**
     * Fits the supervised summarizer on the articles that have a reference summary, or returns null when none has
     * (and no folder was given).
     *
     * @throws IllegalArgumentException if a folder of summaries was given but holds none of the articles' ids
     */
    static SupervisedScorer fitSummarizer(TrainRequest request, List<Article> articles) throws IOException {
        SupervisedTrainer trainer = new SupervisedTrainer(Components.summarizer());
        for (Article a : articles) {
            String reference = request.summaries() == null ? a.referenceSummary() : referenceFile(request.summaries(), a);
            if (reference != null && !reference.isBlank()) {
                trainer.add(a.title(), a.text(), reference);
            }
        }
        if (trainer.articles() == 0) {
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
                c.maxTopics(), c.analysisSettings(), c.featureSettings(), c.vocabulary().size(), s.network(),
                s.validationFolds(), s.network().seed(),
                new ModelManifest.TrainingData(DataFingerprint.of(articles), articles.size(),
                        request.data().stream().map(Object::toString).toList(), result.countsPerLabel()),
                validation, c.fingerprint(), BuildInfo.libraries(), files(summarizer));
    }
}
