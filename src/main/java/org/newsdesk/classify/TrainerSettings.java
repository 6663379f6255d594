package org.newsdesk.classify;

import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.classify.network.NetworkConfig;
import org.newsdesk.text.AnalysisSettings;

/**
 * Everything a {@link TopicTrainer} needs besides data; saved with the model it trains.
 *
 * @param analysis        text analysis
 * @param features        feature extraction and vocabulary
 * @param network         network hyperparameters and seed; {@code epochs} is the most epochs early stopping allows
 * @param validationFolds the validation slice is one of this many stratified, seeded folds of the training articles
 *                        (8: one eighth); it drives early stopping, calibration and the thresholds. 0 for no slice:
 *                        then every epoch is run, the temperature is 1 and thresholds 0.5
 * @param maxTopics       most topics a multi-label prediction assigns by default
 * @param patience        early stopping: epochs without a better validation loss before training stops
 * @param classWeights    how training articles are weighted by their labels
 * @param refit           after early stopping, train again on all articles (the slice included) for the chosen
 *                        number of epochs
 * @param ensemble        networks trained with seeds {@code seed, seed + 1, ...} on the same articles and vocabulary,
 *                        each stopped early on its own; their parameters are averaged into one network, which for a
 *                        linear network (no hidden layer) is exactly averaging their logits. More than 1 needs
 *                        {@code hiddenUnits == 0}
 * @param leadViews       also train on each single-label article's headline and first sentence ({@link LeadViews}),
 *                        in the same validation fold as the article
 */
public record TrainerSettings(AnalysisSettings analysis, FeatureSettings features, NetworkConfig network,
                              int validationFolds, int maxTopics, int patience, ClassWeights classWeights,
                              boolean refit, int ensemble, boolean leadViews) {
    public TrainerSettings {
        if (ensemble < 1) {
            throw new IllegalArgumentException("ensemble must be at least 1: " + ensemble);
        }
        if (ensemble > 1 && network.hiddenUnits() > 0) {
            throw new IllegalArgumentException("an ensemble of " + ensemble + " networks is averaged into one linear"
                    + " layer, so it needs no hidden layer (hidden units: " + network.hiddenUnits()
                    + "); use an ensemble of 1");
        }
        if (validationFolds < 0 || validationFolds == 1) {
            throw new IllegalArgumentException("validation folds must be 0 (none) or at least 2: " + validationFolds);
        }
        if (maxTopics < 1) {
            throw new IllegalArgumentException("maxTopics must be at least 1: " + maxTopics);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1: " + patience);
        }
        java.util.Objects.requireNonNull(classWeights, "classWeights");
    }

    /** Settings with default patience and no class weights. */
    public TrainerSettings(AnalysisSettings analysis, FeatureSettings features, NetworkConfig network,
                           int validationFolds, int maxTopics) {
        this(analysis, features, network, validationFolds, maxTopics, DEFAULT_PATIENCE, ClassWeights.NONE, false);
    }

    /** Settings with one network (no ensemble). */
    public TrainerSettings(AnalysisSettings analysis, FeatureSettings features, NetworkConfig network,
                           int validationFolds, int maxTopics, int patience, ClassWeights classWeights,
                           boolean refit) {
        this(analysis, features, network, validationFolds, maxTopics, patience, classWeights, refit, 1);
    }

    /** Settings without lead views. */
    public TrainerSettings(AnalysisSettings analysis, FeatureSettings features, NetworkConfig network,
                           int validationFolds, int maxTopics, int patience, ClassWeights classWeights,
                           boolean refit, int ensemble) {
        this(analysis, features, network, validationFolds, maxTopics, patience, classWeights, refit, ensemble, false);
    }

    /** Default early-stopping patience. */
    public static final int DEFAULT_PATIENCE = 3;

    /** Default number of averaged networks. */
    public static final int DEFAULT_ENSEMBLE = 3;

    /** Newsdesk's defaults. */
    public static TrainerSettings defaults() {
        return new TrainerSettings(AnalysisSettings.defaults(), FeatureSettings.defaults(), NetworkConfig.defaults(),
                8, 3, DEFAULT_PATIENCE, ClassWeights.NONE, false, DEFAULT_ENSEMBLE);
    }

    /** How training articles are weighted by their labels. */
    public enum ClassWeights {
        /** Every article counts once. */
        NONE,
        /**
         * Rare labels count more, as scikit-learn's {@code class_weight="balanced"}: single-label, an article of
         * label l weighs N / (L * n_l); multi-label, each label is its own yes/no problem whose positives weigh
         * N / (2 n_l) and negatives N / (2 (N - n_l)).
         */
        BALANCED
    }
}
