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
        assertEquals(6, r.validationIds().size(), "one fold of three is the validation slice");
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
        boolean[][] gold = {{true, false}, {true, false}, {true, false}, {false, true}, {false, true}, {false, true}};
        float[][] probs = {{0.3f, 0.1f}, {0.35f, 0.2f}, {0.32f, 0.1f}, {0.2f, 0.9f}, {0.1f, 0.8f}, {0.05f, 0.85f}};
        double[] t = TopicTrainer.tuneThresholds(gold, probs);
        assertTrue(t[0] > 0.2 && t[0] <= 0.3, "a threshold " + t[0]);
        assertTrue(t[1] > 0.2 && t[1] <= 0.8, "b threshold " + t[1]);
    }

    @Test
    void rareLabelsShareOneThresholdInsteadOfOneTunedOnAFewExamples() {
        // label 0 has 3 validation positives (own threshold); labels 1 and 2 have one each (shared threshold)
        boolean[][] gold = {{true, false, false}, {true, false, false}, {true, false, false},
            {false, true, false}, {false, false, true}, {false, false, false}};
        float[][] probs = {{0.9f, 0.1f, 0.1f}, {0.8f, 0.1f, 0.1f}, {0.7f, 0.1f, 0.1f},
            {0.1f, 0.6f, 0.1f}, {0.1f, 0.1f, 0.3f}, {0.1f, 0.2f, 0.2f}};
        double[] t = TopicTrainer.tuneThresholds(gold, probs);
        assertEquals(t[1], t[2], "rare labels share a threshold");
        assertTrue(t[1] > 0.2 && t[1] <= 0.3, "shared threshold " + t[1]);
        assertTrue(t[0] > 0.1 && t[0] <= 0.7, "own threshold " + t[0]);
    }

    @Test
    void earlyStoppingKeepsTheBestEpochAndRecordsCalibration() {
        TrainingResult r = new TopicTrainer(small(3)).train(Fixtures.multiLabel(), Progress.NONE);
        int best = (Integer) r.facts().get("bestEpoch");
        int run = (Integer) r.facts().get("epochsRun");
        assertTrue(best >= 1 && best <= run && run <= 40, best + " of " + run);
        assertTrue(run == 40 || run - best == TrainerSettings.DEFAULT_PATIENCE, "stops after patience: " + r.facts());
        assertEquals(r.classifier().temperature(), (Double) r.facts().get("temperature"));
        assertTrue((Double) r.facts().get("validationLossCalibrated")
                <= (Double) r.facts().get("validationLossUncalibrated") + 1e-9, r.facts().toString());
    }

    @Test
    void balancedClassWeightsFollowScikitLearn() {
        TrainerSettings s = new TrainerSettings(AnalysisSettings.defaults(), new FeatureSettings(2, 1, 5000, true),
                new NetworkConfig(0, 5, 4, 0.05, 1e-5, 0.0, 7L), 0, 3, 3, TrainerSettings.ClassWeights.BALANCED,
                false);
        TopicTrainer t = new TopicTrainer(s);
        List<boolean[]> single = List.of(new boolean[] {true, false}, new boolean[] {true, false},
                new boolean[] {true, false}, new boolean[] {false, true});
        float[][] w = t.sampleWeights(single, 2, false);
        assertEquals(4.0 / (2 * 3), w[0][0], 1e-6);
        assertEquals(4.0 / (2 * 1), w[3][1], 1e-6);
        float[][] m = t.sampleWeights(single, 2, true);
        assertEquals(4.0 / (2 * 1), m[3][1], 1e-6, "positive of a label with 1 of 4 articles");
        assertEquals(4.0 / (2 * 3), m[0][1], 1e-6, "negative of that label");
        assertEquals(null, new TopicTrainer(small(0)).sampleWeights(single, 2, false), "no weights by default");
    }

    @Test
    void balancedClassWeightsChangeTheModelAndStillLearn() {
        TrainerSettings s = new TrainerSettings(AnalysisSettings.defaults(), new FeatureSettings(2, 1, 5000, true),
                new NetworkConfig(0, 40, 4, 0.05, 1e-5, 0.0, 7L), 0, 3, 3, TrainerSettings.ClassWeights.BALANCED,
                false);
        List<Article> skewed = new java.util.ArrayList<>(Fixtures.singleLabel());
        skewed.removeIf(a -> a.labels().contains("politics") && !a.id().endsWith("1") && !a.id().endsWith("2"));
        TopicClassifier weighted = new TopicTrainer(s).train(skewed, Progress.NONE).classifier();
        TopicClassifier plain = new TopicTrainer(small(0)).train(skewed, Progress.NONE).classifier();
        assertFalse(weighted.fingerprint().equals(plain.fingerprint()));
        assertEquals(List.of("sport"), weighted.classify(UNSEEN).get(0).prediction().topics());
    }

    @Test
    void explanationsNameTheArticlesOwnWordsThatPushedTowardEachAssignedTopic() {
        TopicClassifier c = new TopicTrainer(small(0)).train(Fixtures.singleLabel(), Progress.NONE).classifier();
        TopicPrediction p = c.classify(UNSEEN).get(0).prediction();
        assertEquals(List.of("sport"), p.topics());
        List<org.newsdesk.core.Evidence> why = p.explanation("sport");
        assertFalse(why.isEmpty());
        assertTrue(why.size() <= TopicClassifier.EXPLANATION_SIZE);
        String text = (UNSEEN.get(0).title() + " " + UNSEEN.get(0).text()).toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < why.size(); i++) {
            org.newsdesk.core.Evidence e = why.get(i);
            assertTrue(e.weight() > 0, e.toString());
            for (String word : e.phrase().split(" ")) {
                assertTrue(text.contains(word), "'" + word + "' reads as in the article: " + e);
            }
            if (i > 0) {
                assertTrue(why.get(i - 1).weight() >= e.weight(), "strongest first");
            }
        }
        assertEquals(p.topics().size(), p.explanations().size(), "only assigned topics are explained");
    }

    @Test
    void javaForwardPassEqualsTheDl4jNetwork() {
        for (int hidden : new int[] {0, 6}) {
            TrainerSettings s = new TrainerSettings(AnalysisSettings.defaults(), new FeatureSettings(2, 1, 5000, true),
                    new NetworkConfig(hidden, 10, 4, 0.05, 1e-5, 0.0, 7L), 0, 3);
            TopicTrainer trainer = new TopicTrainer(s);
            TopicClassifier c = trainer.train(Fixtures.multiLabel(), Progress.NONE).classifier();
            var encoder = new org.newsdesk.classify.features.FeatureEncoder(c.vocabulary(), true);
            var extractor = new org.newsdesk.classify.features.NgramExtractor(
                    new org.newsdesk.text.TermAnalyzer(AnalysisSettings.defaults()), 2);
            List<org.newsdesk.classify.features.SparseVector> x = UNSEEN.stream()
                    .map(a -> encoder.encode(extractor.features(a))).toList();
            float[][] java = c.probabilities(x);
            float[][] dl4j = c.dl4jProbabilities(x);
            for (int i = 0; i < x.size(); i++) {
                for (int j = 0; j < java[i].length; j++) {
                    assertEquals(dl4j[i][j], java[i][j], 1e-5, "hidden=" + hidden);
                }
            }
        }
    }

    private static TrainerSettings ensembleOf(int members, long seed, int hidden) {
        return new TrainerSettings(AnalysisSettings.defaults(), new FeatureSettings(2, 1, 5000, true),
                new NetworkConfig(hidden, 10, 4, 0.05, 1e-5, 0.0, seed), 0, 3, 3, TrainerSettings.ClassWeights.NONE,
                false, members);
    }

    @Test
    void anEnsembleOfLinearNetworksHasTheMeanLogitsOfItsMembers() {
        TopicClassifier both = new TopicTrainer(ensembleOf(2, 7L, 0)).train(Fixtures.multiLabel(), Progress.NONE)
                .classifier();
        TopicClassifier first = new TopicTrainer(ensembleOf(1, 7L, 0)).train(Fixtures.multiLabel(), Progress.NONE)
                .classifier();
        TopicClassifier second = new TopicTrainer(ensembleOf(1, 8L, 0)).train(Fixtures.multiLabel(), Progress.NONE)
                .classifier();
        var encoder = new org.newsdesk.classify.features.FeatureEncoder(both.vocabulary(), true);
        var extractor = new org.newsdesk.classify.features.NgramExtractor(
                new org.newsdesk.text.TermAnalyzer(AnalysisSettings.defaults()), 2);
        List<org.newsdesk.classify.features.SparseVector> x = UNSEEN.stream()
                .map(a -> encoder.encode(extractor.features(a))).toList();
        float[][] pb = both.probabilities(x);
        float[][] p1 = first.probabilities(x);
        float[][] p2 = second.probabilities(x);
        boolean differ = false;
        for (int i = 0; i < pb.length; i++) {
            for (int j = 0; j < pb[i].length; j++) {
                double mean = (logit(p1[i][j]) + logit(p2[i][j])) / 2;
                assertEquals(mean, logit(pb[i][j]), 1e-3, "article " + i + " label " + j);
                differ |= Math.abs(logit(p1[i][j]) - logit(p2[i][j])) > 1e-3;
            }
        }
        assertTrue(differ, "the two members must differ, or the test shows nothing");
        assertEquals(both.fingerprint(), new TopicTrainer(ensembleOf(2, 7L, 0))
                .train(Fixtures.multiLabel(), Progress.NONE).classifier().fingerprint(), "deterministic");
    }

    private static double logit(float p) {
        return Math.log(p / (1.0 - p));
    }

    @Test
    void anEnsembleNeedsALinearNetwork() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ensembleOf(3, 7L, 8));
        assertTrue(e.getMessage().contains("hidden"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ensembleOf(0, 7L, 0));
    }
}
