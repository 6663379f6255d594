package org.newsdesk.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.classify.network.NetworkConfig;
import org.newsdesk.core.Article;
import org.newsdesk.core.Progress;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;
import org.newsdesk.testing.Fixtures;
import org.newsdesk.text.AnalysisSettings;

class TopicTrainerTest {

    static TrainerSettings small(int validationFolds) {
        return new TrainerSettings(AnalysisSettings.defaults(), new FeatureSettings(2, 1, 5000, true),
                new NetworkConfig(0, 40, 4, 0.05, 1e-5, 0.0, 7L), validationFolds, 3);
    }

    private static final List<Article> UNSEEN = List.of(
            Article.of("u1", "Derby goal", "The striker scored a late goal and the goalkeeper was beaten in the match."),
            Article.of("u2", "Shares slide", "Shares fell as the bank warned that profits and sales would slow."),
            Article.of("u3", "Vote looms", "The government faces a parliament vote as the opposition party campaigns."));

    @Test
    void singleLabelModelPicksTheRightTopicAndProbabilitiesSumToOne() {
        TrainingResult r = new TopicTrainer(small(0)).train(Fixtures.singleLabel(), Progress.NONE);
        TopicClassifier c = r.classifier();
        assertFalse(c.multiLabel());
        assertEquals(List.of("business", "politics", "sport"), c.labels());
        List<ClassifyOutcome> out = c.classify(UNSEEN);
        assertEquals(List.of("sport"), out.get(0).prediction().topics());
        assertEquals(List.of("business"), out.get(1).prediction().topics());
        assertEquals(List.of("politics"), out.get(2).prediction().topics());
        for (ClassifyOutcome o : out) {
            double sum = o.prediction().scores().stream().mapToDouble(TopicScore::probability).sum();
            assertEquals(1.0, sum, 1e-4);
            assertEquals(3, o.prediction().scores().size());
        }
        assertEquals(6, r.countsPerLabel().get("sport"));
    }

    @Test
    void sameDataAndSeedGiveTheSameModel() {
        TopicClassifier a = new TopicTrainer(small(0)).train(Fixtures.singleLabel(), Progress.NONE).classifier();
        TopicClassifier b = new TopicTrainer(small(0)).train(Fixtures.singleLabel(), Progress.NONE).classifier();
        assertEquals(a.fingerprint(), b.fingerprint());
        TopicPrediction pa = a.classify(UNSEEN).get(1).prediction();
        TopicPrediction pb = b.classify(UNSEEN).get(1).prediction();
        assertEquals(pa, pb);
    }

    @Test
    void anotherSeedGivesAnotherModel() {
        TopicClassifier a = new TopicTrainer(small(0)).train(Fixtures.singleLabel(), Progress.NONE).classifier();
        TrainerSettings other = new TrainerSettings(AnalysisSettings.defaults(), new FeatureSettings(2, 1, 5000, true),
                new NetworkConfig(0, 40, 4, 0.05, 1e-5, 0.0, 8L), 0, 3);
        TopicClassifier b = new TopicTrainer(other).train(Fixtures.singleLabel(), Progress.NONE).classifier();
        assertFalse(a.fingerprint().equals(b.fingerprint()));
    }

    @Test
    void multiLabelDataGivesIndependentProbabilitiesAndValidationResults() {
        TrainingResult r = new TopicTrainer(small(3)).train(Fixtures.multiLabel(), Progress.NONE);
        TopicClassifier c = r.classifier();
        assertTrue(c.multiLabel());
        assertEquals(18, r.validationIds().size(), "every article is predicted once out of fold");
        assertEquals(r.validationIds().size(), r.validationGold().size());
        TopicPrediction p = c.classify(UNSEEN).get(0).prediction();
        assertEquals("sport", p.topics().get(0));
        assertTrue(p.topics().size() <= 3);
        for (double t : c.thresholds()) {
            assertTrue(t >= 0.05 && t <= 0.95, "threshold " + t);
        }
    }

    @Test
    void articleWithNoKnownWordGetsAnErrorNotAGuess() {
        TopicClassifier c = new TopicTrainer(small(0)).train(Fixtures.singleLabel(), Progress.NONE).classifier();
        ClassifyOutcome o = c.classify(List.of(Article.of("x", "", "zzyzx qwxq"))).get(0);
        assertNotNull(o.error());
        assertTrue(o.error().contains("vocabulary"), o.error());
    }

    @Test
    void refusesArticlesWithoutLabelsOrWithOneLabelOnly() {
        TopicTrainer t = new TopicTrainer(small(0));
        var e = assertThrows(InsufficientTrainingDataException.class,
                () -> t.train(List.of(Article.of("a", "t", "some text here")), Progress.NONE));
        assertTrue(e.getMessage().contains("a"), e.getMessage());
        var one = Fixtures.singleLabel().stream().filter(a -> a.labels().contains("sport")).toList();
        assertThrows(InsufficientTrainingDataException.class, () -> t.train(one, Progress.NONE));
    }

    @Test
    void thresholdTuningMaximisesF1OnHeldOutArticles() {
        List<String> labels = List.of("a", "b");
        List<Article> validation = List.of(
                new Article("1", "", "x", List.of("a"), null, List.of()),
                new Article("2", "", "x", List.of("a"), null, List.of()),
                new Article("3", "", "x", List.of("b"), null, List.of()));
        float[][] probs = {{0.3f, 0.1f}, {0.35f, 0.2f}, {0.2f, 0.9f}};
        double[] t = TopicTrainer.tuneThresholds(labels, validation, probs);
        assertTrue(t[0] > 0.2 && t[0] <= 0.3, "a threshold " + t[0]);
        assertTrue(t[1] > 0.2 && t[1] <= 0.9, "b threshold " + t[1]);
    }
}
