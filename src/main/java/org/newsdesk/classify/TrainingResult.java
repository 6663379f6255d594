package org.newsdesk.classify;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What training produced.
 *
 * @param classifier         the model trained on all articles
 * @param countsPerLabel     training articles per label, in label order
 * @param validationGold     gold labels of the held-out articles (empty when nothing was held out)
 * @param validationPredicted topics the model trained without them assigned to the held-out articles
 * @param validationIds      ids of the held-out articles
 */
public record TrainingResult(TopicClassifier classifier, Map<String, Integer> countsPerLabel,
                             List<Set<String>> validationGold, List<Set<String>> validationPredicted,
                             List<String> validationIds) {
    public TrainingResult {
        countsPerLabel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(countsPerLabel));
        validationGold = List.copyOf(validationGold);
        validationPredicted = List.copyOf(validationPredicted);
        validationIds = List.copyOf(validationIds);
    }
}
