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
 * @param history             the loss of every network trained, epoch by epoch, in training order (ensemble members,
 *                            then the refit on all articles); not part of the model
 */
public record TrainingResult(TopicClassifier classifier, Map<String, Integer> countsPerLabel,
                             List<Set<String>> validationGold, List<Set<String>> validationPredicted,
                             List<String> validationIds, Map<String, Object> facts, List<History> history) {

    /**
     * One network's training, epoch by epoch.
     *
     * @param network        which network ("network 1/3", "all articles", ...)
     * @param loss           the training loss after each epoch (DL4J's score of the last batch, with regularization)
     * @param validationLoss the validation slice's loss (negative log-likelihood) after each epoch; empty without a
     *                       validation slice
     * @param bestEpoch      the epoch whose weights were kept (1-based)
     */
    public record History(String network, List<Double> loss, List<Double> validationLoss, int bestEpoch) {
        public History {
            loss = List.copyOf(loss);
            validationLoss = List.copyOf(validationLoss);
        }
    }

    /** A result without epoch history. */
    public TrainingResult(TopicClassifier classifier, Map<String, Integer> countsPerLabel,
                          List<Set<String>> validationGold, List<Set<String>> validationPredicted,
                          List<String> validationIds, Map<String, Object> facts) {
        this(classifier, countsPerLabel, validationGold, validationPredicted, validationIds, facts, List.of());
    }

    public TrainingResult {
        countsPerLabel = Collections.unmodifiableMap(new LinkedHashMap<>(countsPerLabel));
        validationGold = List.copyOf(validationGold);
        validationPredicted = List.copyOf(validationPredicted);
        validationIds = List.copyOf(validationIds);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        history = List.copyOf(history);
    }
}
