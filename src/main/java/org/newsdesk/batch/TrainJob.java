package org.newsdesk.batch;

import java.io.IOException;
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

/**
 * Trains a topic model from labelled articles and saves it with its manifest. Records that cannot be read are
 * reported and left out; the manifest's fingerprint covers exactly the articles trained on.
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
        TrainingResult result = new TopicTrainer(request.settings()).train(articles, progress);
        TopicClassifier classifier = result.classifier();
        ModelManifest manifest = manifest(request, articles, result);
        store.save(request.model(), manifest, classifier);
        return manifest;
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("manifest", ModelStore.MANIFEST);
        files.put("vocabulary", ModelStore.VOCABULARY);
        files.put("network", ModelStore.NETWORK);
        return files;
    }

    private ModelManifest manifest(TrainRequest request, List<Article> articles, TrainingResult result) {
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
                c.maxTopics(), c.temperature(), c.analysisSettings(), c.featureSettings(), c.vocabulary().size(),
                s.network(), s.validationFolds(), s.patience(),
                s.classWeights().name().toLowerCase(java.util.Locale.ROOT), s.network().seed(),
                new ModelManifest.TrainingData(DataFingerprint.of(articles), articles.size(),
                        request.data().stream().map(Object::toString).toList(), result.countsPerLabel()),
                result.facts(), validation, c.fingerprint(), BuildInfo.libraries(), files());
    }
}
