package org.newsdesk.core;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classifier's answer for one article.
 *
 * @param scores       every label's probability, in the model's label order
 * @param topics       the labels assigned, most probable first; empty only when the run allowed articles without a
 *                     topic ({@code --allow-no-topic}) and no label reached its threshold, or when topics were not
 *                     asked for ({@link #NOT_LABELLED})
 * @param explanations for assigned labels, the article's words and phrases that pushed hardest toward the label,
 *                     strongest first; a label without an entry has no explanation
 */
public record TopicPrediction(List<TopicScore> scores, List<String> topics, Map<String, List<Evidence>> explanations) {
    public TopicPrediction {
        scores = List.copyOf(scores);
        topics = List.copyOf(topics);
        if (scores.isEmpty() && !topics.isEmpty()) {
            throw new IllegalArgumentException("a prediction with topics must give the scores");
        }
        Map<String, List<Evidence>> copy = new LinkedHashMap<>();
        (explanations == null ? Map.<String, List<Evidence>>of() : explanations)
                .forEach((label, evidence) -> copy.put(label, List.copyOf(evidence)));
        explanations = Collections.unmodifiableMap(copy);
    }

    /** The prediction of an article that was not labelled ({@code run --no-topics}): no scores, no topics. */
    public static final TopicPrediction NOT_LABELLED = new TopicPrediction(List.of(), List.of(), Map.of());

    /** A prediction without explanations. */
    public TopicPrediction(List<TopicScore> scores, List<String> topics) {
        this(scores, topics, Map.of());
    }

    /** The explanation of one label; empty when there is none. */
    public List<Evidence> explanation(String label) {
        return explanations.getOrDefault(label, List.of());
    }

    /** The most probable label's score. */
    public TopicScore top() {
        return scores.stream().max(Comparator.comparingDouble(TopicScore::probability)).orElseThrow();
    }
}
