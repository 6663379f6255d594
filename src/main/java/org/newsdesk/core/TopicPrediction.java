package org.newsdesk.core;

import java.util.Comparator;
import java.util.List;

/**
 * A classifier's answer for one article.
 *
 * @param scores every label's probability, in the model's label order
 * @param topics the labels assigned, most probable first; never empty
 */
public record TopicPrediction(List<TopicScore> scores, List<String> topics) {
    public TopicPrediction {
        scores = List.copyOf(scores);
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("a prediction assigns at least one topic");
        }
    }

    /** The most probable label's score. */
    public TopicScore top() {
        return scores.stream().max(Comparator.comparingDouble(TopicScore::probability)).orElseThrow();
    }
}
