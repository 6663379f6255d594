package org.newsdesk.classify.features;

/**
 * How articles become feature vectors; saved with a model.
 *
 * @param maxNgram     longest n-gram of terms used as a feature (1 = words, 2 = words and word pairs)
 * @param minDocFreq   a feature must occur in at least this many training articles
 * @param maxFeatures  keep at most this many features, the most frequent by document frequency
 * @param sublinearTf  use 1 + ln(tf) instead of the raw term frequency
 */
public record FeatureSettings(int maxNgram, int minDocFreq, int maxFeatures, boolean sublinearTf) {
    public FeatureSettings {
        if (maxNgram < 1 || minDocFreq < 1 || maxFeatures < 1) {
            throw new IllegalArgumentException("feature settings must be positive: maxNgram=" + maxNgram
                    + " minDocFreq=" + minDocFreq + " maxFeatures=" + maxFeatures);
        }
    }

    /** Newsdesk's defaults: words and word pairs, seen in 2+ articles, at most 20,000 features. */
    public static FeatureSettings defaults() {
        return new FeatureSettings(2, 2, 20_000, true);
    }
}
