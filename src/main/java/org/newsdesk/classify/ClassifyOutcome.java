package org.newsdesk.classify;

import org.newsdesk.core.TopicPrediction;

/**
 * The classifier's answer for one article: a prediction, or the reason there is none.
 *
 * @param prediction the topics and scores, or null
 * @param error      why the article could not be classified, or null
 */
public record ClassifyOutcome(TopicPrediction prediction, String error) {
    public ClassifyOutcome {
        if ((prediction == null) == (error == null)) {
            throw new IllegalArgumentException("an outcome has either a prediction or an error");
        }
    }
}
