package org.newsdesk.core;

import java.util.Objects;

/**
 * One sentence chosen for a summary, verbatim from the article body.
 *
 * @param index the sentence's position in the body, from 0
 * @param text  the sentence as it stands in the body
 * @param score the summarizer's score for it (higher is more central)
 */
public record SummarySentence(int index, String text, double score) {
    public SummarySentence {
        Objects.requireNonNull(text, "text");
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index " + index);
        }
    }
}
