package org.newsdesk.classify;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What training produced.
 *
 * @param classifier         the model trained on all articles
 * @param countsPerLabel     training articles per label, in label order
 * @param validationGold     gold labels of the cross-validated articles (empty without cross-validation)
 * @param validationPredicted topics a model trained without each article's fold assigned to it
 * @param validationIds      ids of the cross-validated articles
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
