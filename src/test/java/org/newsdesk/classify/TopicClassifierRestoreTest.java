package org.newsdesk.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.classify.features.FeatureEncoder;
import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.classify.features.NgramExtractor;
import org.newsdesk.classify.features.SparseVector;
import org.newsdesk.classify.network.NetworkConfig;
import org.newsdesk.core.Article;
import org.newsdesk.core.Progress;
import org.newsdesk.testing.Fixtures;
import org.newsdesk.text.AnalysisSettings;
import org.newsdesk.text.TermAnalyzer;

/** A classifier read back from its network file predicts from the raw parameters, without a DL4J network. */
class TopicClassifierRestoreTest {

    private static final List<Article> UNSEEN = List.of(
            Article.of("u1", "Derby goal", "The striker scored a late goal and the goalkeeper was beaten in the match."),
            Article.of("u2", "Shares slide", "Shares fell as the bank warned that profits and sales would slow."),
            Article.of("u3", "Vote looms", "The government faces a parliament vote as the opposition party campaigns."));

    private static TopicClassifier restored(TopicClassifier c) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        c.writeNetwork(file);
        return TopicClassifier.restore(c.labels(), c.multiLabel(), c.thresholds(), c.maxTopics(), c.temperature(),
                c.analysisSettings(), c.featureSettings(), c.networkConfig(), c.vocabulary(),
                new ByteArrayInputStream(file.toByteArray()));
    }

    @Test
    void restoredClassifierEqualsTheTrainedOneAndItsRebuiltDl4jNetwork() throws Exception {
        for (int hidden : new int[] {0, 6}) {
            for (boolean multi : new boolean[] {false, true}) {
                TrainerSettings s = new TrainerSettings(AnalysisSettings.defaults(),
                        new FeatureSettings(2, 1, 5000, true), new NetworkConfig(hidden, 10, 4, 0.05, 1e-5, 0.0, 7L),
                        0, 3);
                TopicClassifier trained = new TopicTrainer(s)
                        .train(multi ? Fixtures.multiLabel() : Fixtures.singleLabel(), Progress.NONE).classifier();
                TopicClassifier back = restored(trained);
                String what = "hidden=" + hidden + " multiLabel=" + multi;
                assertEquals(trained.fingerprint(), back.fingerprint(), what);
                assertEquals(trained.parameterCount(), back.parameterCount(), what);
                ByteArrayOutputStream a = new ByteArrayOutputStream();
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                trained.writeNetwork(a);
                back.writeNetwork(b);
                assertArrayEquals(a.toByteArray(), b.toByteArray(), what);

                FeatureEncoder encoder = new FeatureEncoder(trained.vocabulary(), true);
                NgramExtractor extractor = new NgramExtractor(new TermAnalyzer(AnalysisSettings.defaults()), 2);
                List<SparseVector> x = UNSEEN.stream().map(art -> encoder.encode(extractor.features(art))).toList();
                float[][] fromNetwork = trained.probabilities(x);
                float[][] fromParams = back.probabilities(x);
                for (int i = 0; i < x.size(); i++) {
                    assertArrayEquals(fromNetwork[i], fromParams[i], what + ": the same weights, bit for bit");
                }
                float[][] dl4j = back.dl4jProbabilities(x); // rebuilds the DL4J network on demand
                for (int i = 0; i < x.size(); i++) {
                    for (int j = 0; j < dl4j[i].length; j++) {
                        assertEquals(dl4j[i][j], fromParams[i][j], 1e-5, what);
                    }
                }
                assertEquals(trained.classify(UNSEEN), back.classify(UNSEEN), what);
                assertEquals(back.fingerprint(), back.withRule(back.rule()).fingerprint(), what);
            }
        }
    }
}
