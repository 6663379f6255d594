package org.newsdesk.core;

import java.util.Objects;

/**
 * A word or phrase of an article and how strongly it pushed the classifier toward a label.
 *
 * @param phrase the feature as it reads in the article (a word or a word pair)
 * @param weight its contribution toward the label (larger is stronger)
 */
public record Evidence(String phrase, double weight) {
    public Evidence {
        Objects.requireNonNull(phrase, "phrase");
    }
}
