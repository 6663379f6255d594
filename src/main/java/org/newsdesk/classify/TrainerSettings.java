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
 * @param validationFraction share of the articles held out (stratified by first label) to measure the model and
 *                           tune multi-label thresholds; 0 to hold out nothing
 * @param maxTopics          most topics a multi-label prediction assigns
 */
public record TrainerSettings(AnalysisSettings analysis, FeatureSettings features, NetworkConfig network,
                              double validationFraction, int maxTopics) {
    public TrainerSettings {
        if (validationFraction < 0 || validationFraction >= 0.9) {
            throw new IllegalArgumentException("validation fraction must be in [0, 0.9): " + validationFraction);
        }
        if (maxTopics < 1) {
            throw new IllegalArgumentException("maxTopics must be at least 1: " + maxTopics);
        }
    }

    /** Newsdesk's defaults. */
    public static TrainerSettings defaults() {
        return new TrainerSettings(AnalysisSettings.defaults(), FeatureSettings.defaults(), NetworkConfig.defaults(),
                0.15, 3);
    }
}
