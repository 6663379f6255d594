package org.newsdesk.core;

import java.util.Objects;

/**
 * The probability a classifier gives one topic label for one article.
 *
 * @param label       topic label
 * @param probability probability in [0, 1]
 */
public record TopicScore(String label, double probability) {
    public TopicScore {
        Objects.requireNonNull(label, "label");
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability of " + label + " out of [0,1]: " + probability);
        }
    }
}
