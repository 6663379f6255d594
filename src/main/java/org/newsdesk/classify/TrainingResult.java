package org.newsdesk.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What training produced.
 *
 * @param classifier          the trained model
 * @param countsPerLabel      training articles per label, in label order
 * @param validationGold      gold labels of the validation slice (empty without one)
 * @param validationPredicted topics the trained model assigned to them (its thresholds and temperature were fitted
 *                            on the same slice, so scores on it are somewhat optimistic)
 * @param validationIds       ids of the validation articles
 * @param facts               how training went: fitArticles, validationArticles, epochsRun, bestEpoch, temperature,
 *                            validation losses before and after calibration, validationEce
 */
public record TrainingResult(TopicClassifier classifier, Map<String, Integer> countsPerLabel,
                             List<Set<String>> validationGold, List<Set<String>> validationPredicted,
                             List<String> validationIds, Map<String, Object> facts) {
    public TrainingResult {
        countsPerLabel = Collections.unmodifiableMap(new LinkedHashMap<>(countsPerLabel));
        validationGold = List.copyOf(validationGold);
        validationPredicted = List.copyOf(validationPredicted);
        validationIds = List.copyOf(validationIds);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
