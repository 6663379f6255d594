package org.newsdesk.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.TopicPrediction;

class DecisionRuleTest {

    private static final List<String> LABELS = List.of("a", "b", "c", "d");
    private static final double[] THRESHOLDS = {0.5, 0.3, 0.3, 0.9};

    private static List<String> topics(DecisionRule rule, float... p) {
        return TopicClassifier.decide(LABELS, THRESHOLDS, rule, p).topics();
    }

    @Test
    void assignsEveryLabelAtOrAboveItsThresholdMostProbableFirst() {
        assertEquals(List.of("a", "c", "b"), topics(DecisionRule.upTo(3), 0.6f, 0.35f, 0.4f, 0.1f));
    }

    @Test
    void maxLabelsCapsTheTopics() {
        assertEquals(List.of("a", "c"), topics(DecisionRule.upTo(2), 0.6f, 0.35f, 0.4f, 0.1f));
    }

    @Test
    void alwaysTheTopLabelWhenNoneReachesItsThreshold() {
        assertEquals(List.of("d"), topics(DecisionRule.upTo(3), 0.2f, 0.1f, 0.1f, 0.5f));
    }

    @Test
    void minLabelsFillsUpWithTheNextMostProbable() {
        DecisionRule rule = new DecisionRule(2, 3, false);
        assertEquals(List.of("d", "a"), topics(rule, 0.2f, 0.1f, 0.1f, 0.5f));
        assertEquals(List.of("a", "c", "b"), topics(rule, 0.6f, 0.35f, 0.4f, 0.1f), "more than min when they pass");
    }

    @Test
    void allowNoTopicLeavesAnUncertainArticleWithoutTopicButWithScores() {
        DecisionRule rule = DecisionRule.of(DecisionRule.upTo(3), null, null, true);
        assertEquals(0, rule.minLabels());
        TopicPrediction p = TopicClassifier.decide(LABELS, THRESHOLDS, rule, new float[] {0.2f, 0.1f, 0.1f, 0.5f});
        assertEquals(List.of(), p.topics());
        assertEquals(4, p.scores().size());
        assertEquals(List.of("a"), topics(rule, 0.6f, 0.1f, 0.1f, 0.1f));
    }

    @Test
    void runTimeOptionsOverrideTheModelsRuleAndContradictionsAreRefused() {
        DecisionRule model = DecisionRule.upTo(3);
        assertEquals(new DecisionRule(1, 5, false), DecisionRule.of(model, null, 5, false));
        assertEquals(new DecisionRule(2, 3, false), DecisionRule.of(model, 2, null, false));
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.of(model, 2, null, true));
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.of(model, 4, 3, false));
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.of(model, 0, null, false));
        var e = assertThrows(IllegalArgumentException.class, () -> DecisionRule.of(model, null, 0, false));
        assertTrue(e.getMessage().contains("--max-labels"), e.getMessage());
    }
}
