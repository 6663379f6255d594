package org.newsdesk.classify;

/**
 * How probabilities become topics, chosen at run time. Labels are ranked by probability (ties by label); the topics
 * are the ranked labels that reach their threshold, at most {@code maxLabels}; then, while fewer than
 * {@code minLabels}, the next ranked labels are added whatever their probability. With {@code minLabels = 0} an
 * article can get no topic (only when {@code allowNoTopic}).
 *
 * @param minLabels    fewest topics per article (0 only with {@code allowNoTopic})
 * @param maxLabels    most topics per article
 * @param allowNoTopic whether an article none of whose labels reaches its threshold may get no topic
 */
public record DecisionRule(int minLabels, int maxLabels, boolean allowNoTopic) {
    public DecisionRule {
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

    /** The model's own rule: at least the top label, at most {@code maxLabels}. */
    public static DecisionRule upTo(int maxLabels) {
        return new DecisionRule(1, maxLabels, false);
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
        return new DecisionRule(min, max, allowNoTopic);
    }
}
