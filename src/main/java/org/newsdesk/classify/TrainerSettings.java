package org.newsdesk.classify;

import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.classify.network.NetworkConfig;
import org.newsdesk.text.AnalysisSettings;

/**
 * Everything a {@link TopicTrainer} needs besides data; saved with the model it trains.
 *
 * @param analysis           text analysis
 * @param features           feature extraction and vocabulary
 * @param network            network hyperparameters and seed
 * @param validationFolds    folds of the training-time cross-validation that measures the model and tunes
 *                           multi-label thresholds on out-of-fold predictions; 0 to skip it
 * @param maxTopics          most topics a multi-label prediction assigns
 */
public record TrainerSettings(AnalysisSettings analysis, FeatureSettings features, NetworkConfig network,
                              int validationFolds, int maxTopics) {
    public TrainerSettings {
        if (validationFolds < 0 || validationFolds == 1) {
            throw new IllegalArgumentException("validation folds must be 0 (none) or at least 2: " + validationFolds);
        }
        if (maxTopics < 1) {
            throw new IllegalArgumentException("maxTopics must be at least 1: " + maxTopics);
        }
    }

    /** Newsdesk's defaults. */
    public static TrainerSettings defaults() {
        return new TrainerSettings(AnalysisSettings.defaults(), FeatureSettings.defaults(), NetworkConfig.defaults(),
                5, 3);
    }
}
