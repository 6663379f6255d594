package org.newsdesk.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.classify.network.NetworkConfig;
import org.newsdesk.text.AnalysisSettings;

/**
 * The JSON manifest of a saved model: everything needed to rebuild it and to know how it was made.
 *
 * @param schemaVersion    manifest format version; loaders refuse versions they do not know
 * @param format           always {@value #FORMAT}
 * @param createdAt        ISO-8601 creation time (UTC)
 * @param labels           labels in the network's output order
 * @param multiLabel       independent probability per label (sigmoid) instead of a distribution (softmax)
 * @param thresholds       per-label thresholds on calibrated probabilities, tuned on the validation slice to maximise
 *                         each label's F1
 * @param maxTopics        most topics a prediction assigns by default (run-time {@code --max-labels} overrides it)
 * @param secondaryThreshold the calibrated probability every topic after the first needs (tuned on the validation
 *                         slice; null in models saved before it existed, which have none)
 * @param temperature      calibration temperature the logits are divided by, fitted on the validation slice
 * @param analysis         text-analysis settings
 * @param features         feature settings
 * @param vocabularySize   number of features in {@code vocabulary.tsv}
 * @param network          network hyperparameters, including the seed
 * @param validationFolds  the validation slice is one stratified fold of this many (0: no slice)
 * @param patience         early stopping: epochs without a better validation loss before training stopped
 * @param classWeights     {@code none} or {@code balanced}
 * @param seed             the seed every random choice derives from
 * @param trainingData     fingerprint, size, sources and per-label counts of the training articles
 * @param training         how training went: articles fitted and held out, epochs run, best epoch, validation losses,
 *                         temperature, validation ECE
 * @param validation       metrics of the validation slice's predictions (empty without a slice; optimistic, since
 *                         the thresholds and temperature were fitted on the same slice)
 * @param modelFingerprint SHA-256 of everything that decides predictions (equal fingerprints, equal predictions)
 * @param libraries        versions of Newsdesk, DL4J, ND4J, Java and the OS that trained the model
 * @param files            the files of the model directory
 */
@JsonPropertyOrder({"schemaVersion", "format", "createdAt", "labels", "multiLabel", "thresholds", "maxTopics", "secondaryThreshold",
        "temperature", "analysis", "features", "vocabularySize", "network", "validationFolds", "patience",
        "classWeights", "seed", "trainingData", "training", "validation", "modelFingerprint", "libraries", "files"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ModelManifest(int schemaVersion, String format, String createdAt, List<String> labels,
                            boolean multiLabel, Map<String, Double> thresholds, int maxTopics, Double secondaryThreshold,
                            double temperature,
                            AnalysisSettings analysis, FeatureSettings features, int vocabularySize,
                            NetworkConfig network, int validationFolds, int patience, String classWeights, long seed,
                            TrainingData trainingData, Map<String, Object> training, Map<String, Object> validation, String modelFingerprint, Map<String, String> libraries,
                            Map<String, String> files) {

    /** The schema version this build writes and reads. */
    public static final int CURRENT_SCHEMA_VERSION = 2;
    /** The format name written in every manifest. */
    public static final String FORMAT = "newsdesk-topic-model";

    /**
     * Facts about the training articles.
     *
     * @param fingerprint    SHA-256 over each article's id, title, text and labels, in input order
     * @param articles       number of training articles
     * @param sources        the inputs they were read from, as given
     * @param countsPerLabel training articles per label
     */
    public record TrainingData(String fingerprint, int articles, List<String> sources,
                               Map<String, Integer> countsPerLabel) {
    }
}
