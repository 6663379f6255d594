package org.newsdesk.batch.cli;

import org.newsdesk.classify.TrainerSettings;
import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.classify.network.NetworkConfig;
import org.newsdesk.text.AnalysisSettings;
import picocli.CommandLine.Option;

/** Training hyperparameters, for {@code train} and cross-validation. Defaults are Newsdesk's. */
public final class TrainingMixin {
    private static final NetworkConfig N = NetworkConfig.defaults();
    private static final FeatureSettings F = FeatureSettings.defaults();
    private static final TrainerSettings T = TrainerSettings.defaults();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice (default: " + 42 + ").")
    long seed = N.seed();

    @Option(names = "--epochs", paramLabel = "N", description = "Most passes over the training data; early stopping on the validation slice usually ends sooner (default: ${DEFAULT-VALUE}).")
    int epochs = N.epochs();

    @Option(names = "--learning-rate", paramLabel = "LR", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate = N.learningRate();

    @Option(names = "--batch-size", paramLabel = "N", description = "Articles per training step (default: ${DEFAULT-VALUE}).")
    int batchSize = N.batchSize();

    @Option(names = "--l2", paramLabel = "X", description = "L2 weight penalty (default: ${DEFAULT-VALUE}).")
    double l2 = N.l2();

    @Option(names = "--hidden", paramLabel = "N", description = "Units of a hidden ReLU layer; 0 for none (default: ${DEFAULT-VALUE}).")
    int hidden = N.hiddenUnits();

    @Option(names = "--dropout", paramLabel = "P", description = "Dropout before the hidden layer (default: ${DEFAULT-VALUE}).")
    double dropout = N.dropout();

    @Option(names = "--max-features", paramLabel = "N", description = "Vocabulary size cap (default: ${DEFAULT-VALUE}).")
    int maxFeatures = F.maxFeatures();

    @Option(names = "--min-df", paramLabel = "N", description = "Minimum articles a feature must occur in (default: ${DEFAULT-VALUE}).")
    int minDf = F.minDocFreq();

    @Option(names = "--ngrams", paramLabel = "N", description = "Longest word n-gram feature (default: ${DEFAULT-VALUE}).")
    int ngrams = F.maxNgram();

    @Option(names = "--validation-folds", paramLabel = "K",
            description = "The validation slice is one stratified fold of K of the training data (8: one eighth); it drives early stopping, calibration and per-label thresholds. 0 for no slice (default: ${DEFAULT-VALUE}).")
    int validationFolds = T.validationFolds();

    @Option(names = "--patience", paramLabel = "N",
            description = "Early stopping: epochs without a lower validation loss before training stops (default: ${DEFAULT-VALUE}).")
    int patience = T.patience();

    @Option(names = "--class-weights", paramLabel = "MODE",
            description = "none or balanced: weigh articles of rare labels up, as scikit-learn's class_weight=balanced (default: none).")
    String classWeights = "none";

    @Option(names = "--refit", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "After early stopping, train again on all articles, the validation slice included, for the chosen epochs; the calibration and thresholds of the slice model carry over (default: ${DEFAULT-VALUE}: the model that was calibrated is the one saved).")
    boolean refit;

    @Option(names = "--ensemble", paramLabel = "N",
            description = "Networks trained with seeds seed, seed+1, ... on the same data and averaged into one (a linear network only); lowers the variance of the model (default: " + TrainerSettings.DEFAULT_ENSEMBLE + ", or 1 with --hidden).")
    Integer ensemble;

    @Option(names = "--max-topics", paramLabel = "N", description = "Most topics a multi-label model assigns (default: ${DEFAULT-VALUE}).")
    int maxTopics = T.maxTopics();

    @Option(names = "--lead-views",
            description = "Also train on each single-label article's headline and first sentence, in the same "
                    + "validation fold as the article, so that short news (wire briefs, alerts) gets its topic as "
                    + "surely as a full article (how models/default is trained).")
    boolean leadViews;

    /** The settings these options describe. */
    TrainerSettings settings() {
        return new TrainerSettings(AnalysisSettings.defaults(), new FeatureSettings(ngrams, minDf, maxFeatures, true),
                new NetworkConfig(hidden, epochs, batchSize, learningRate, l2, dropout, seed), validationFolds,
                maxTopics, patience, classWeights(), refit,
                ensemble != null ? ensemble : hidden > 0 ? 1 : T.ensemble(), leadViews);
    }

    private TrainerSettings.ClassWeights classWeights() {
        return switch (classWeights.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "none" -> TrainerSettings.ClassWeights.NONE;
            case "balanced" -> TrainerSettings.ClassWeights.BALANCED;
            default -> throw new IllegalArgumentException("--class-weights takes none or balanced, not '"
                    + classWeights + "'");
        };
    }
}
