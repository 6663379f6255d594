package org.newsdesk.classify;

/**
 * How probabilities become topics, chosen at run time. Labels are ranked by probability (ties by label); the topics
 * are the ranked labels that reach their threshold, at most {@code maxLabels}, where every topic after the first also
 * needs a probability of at least {@code secondaryThreshold} (a second or third topic needs real evidence: the
 * per-label thresholds are tuned for each label's F1, which a label's many clear cases dominate); then, while fewer
 * than {@code minLabels}, the next ranked labels are added whatever their probability. With {@code minLabels = 0} an
 * article can get no topic (only when {@code allowNoTopic}).
 *
 * @param minLabels          fewest topics per article (0 only with {@code allowNoTopic})
 * @param maxLabels          most topics per article
 * @param allowNoTopic       whether an article none of whose labels reaches its threshold may get no topic
 * @param secondaryThreshold the calibrated probability every topic after the first needs besides its own threshold
 *                           (0: none; models trained before it existed have none)
 */
public record DecisionRule(int minLabels, int maxLabels, boolean allowNoTopic, double secondaryThreshold) {
    public DecisionRule {
        if (!(secondaryThreshold >= 0 && secondaryThreshold <= 1)) {
            throw new IllegalArgumentException("the secondary-topic threshold must be in [0, 1]: "
                    + secondaryThreshold);
        }
        if (maxLabels < 1) {
            throw new IllegalArgumentException("--max-labels must be at least 1: " + maxLabels);
        }
        if (minLabels < 0 || minLabels > maxLabels) {
            throw new IllegalArgumentException("--min-labels must be between 0 and --max-labels (" + maxLabels
                    + "): " + minLabels);
        }
        if (minLabels == 0 && !allowNoTopic) {
            throw new IllegalArgumentException("--min-labels 0 needs --allow-no-topic");
        }
        if (allowNoTopic && minLabels > 0) {
            throw new IllegalArgumentException("--allow-no-topic cannot be combined with --min-labels "
                    + minLabels + " (it means --min-labels 0)");
        }
    }

    /** A rule without a secondary-topic threshold. */
    public DecisionRule(int minLabels, int maxLabels, boolean allowNoTopic) {
        this(minLabels, maxLabels, allowNoTopic, 0);
    }

    /** The model's own rule: at least the top label, at most {@code maxLabels}. */
    public static DecisionRule upTo(int maxLabels) {
        return new DecisionRule(1, maxLabels, false);
    }

    /** The model's own rule with a secondary-topic threshold. */
    public static DecisionRule upTo(int maxLabels, double secondaryThreshold) {
        return new DecisionRule(1, maxLabels, false, secondaryThreshold);
    }

    /** This rule with another secondary-topic threshold. */
    public DecisionRule withSecondaryThreshold(double threshold) {
        return new DecisionRule(minLabels, maxLabels, allowNoTopic, threshold);
    }

    /**
     * The rule as the model fingerprint has always hashed it (the secondary threshold only when set, so that models
     * saved before it existed keep their fingerprints).
     */
    String fingerprintText() {
        String base = "DecisionRule[minLabels=" + minLabels + ", maxLabels=" + maxLabels + ", allowNoTopic="
                + allowNoTopic + "]";
        return secondaryThreshold == 0 ? base : base + "secondary=" + secondaryThreshold;
    }

    /**
     * The rule from run-time options, each null when not given, over the model's default rule.
     *
     * @throws IllegalArgumentException if the options contradict each other
     */
    public static DecisionRule of(DecisionRule modelDefault, Integer minLabels, Integer maxLabels,
                                  boolean allowNoTopic) {
        int max = maxLabels != null ? maxLabels : modelDefault.maxLabels();
        int min = minLabels != null ? minLabels : allowNoTopic ? 0 : Math.min(modelDefault.minLabels(), max);
        return new DecisionRule(min, max, allowNoTopic, modelDefault.secondaryThreshold());
    }
}
