package org.newsdesk.summarize.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RougeEvaluatorTest {
    private static final double EPS = 1e-12;

    @Test
    void averagesPerArticleScoresWithEqualWeight() {
        RougeEvaluator e = new RougeEvaluator();
        e.add("the cat was found under the bed", "the cat was under the bed");
        e.add("apples and pears", "stocks fell sharply");
        e.add("a long identical summary of several words", "a long identical summary of several words");
        RougeReport r = e.report();
        assertEquals(3, r.count());
        assertEquals((12.0 / 13 + 0.0 + 1.0) / 3, r.meanF1().rouge1(), EPS);
        assertEquals((8.0 / 11 + 0.0 + 1.0) / 3, r.meanF1().rouge2(), EPS);
        assertEquals((12.0 / 13 + 0.0 + 1.0) / 3, r.meanF1().rougeL(), EPS);
        assertEquals((6.0 / 7 + 0.0 + 1.0) / 3, r.mean().rouge1().precision(), EPS);
        assertEquals((1.0 + 0.0 + 1.0) / 3, r.mean().rouge1().recall(), EPS);
    }

    @Test
    void meanF1IsTheMeanOfArticleF1sNotTheF1OfMeanPrecisionAndRecall() {
        RougeEvaluator e = new RougeEvaluator();
        e.add(new RougeDetail(new RougeMeasure(1.0, 0.0, 0.0), RougeMeasure.ZERO, RougeMeasure.ZERO));
        e.add(new RougeDetail(new RougeMeasure(0.0, 1.0, 0.0), RougeMeasure.ZERO, RougeMeasure.ZERO));
        RougeMeasure mean = e.report().mean().rouge1();
        assertEquals(0.5, mean.precision(), EPS);
        assertEquals(0.5, mean.recall(), EPS);
        assertEquals(0.0, mean.f1(), EPS);
    }

    @Test
    void addReturnsTheArticleScores() {
        RougeDetail d = new RougeEvaluator().add("the cat was found under the bed", "the cat was under the bed");
        assertEquals(8.0 / 11, d.rouge2().f1(), EPS);
    }

    @Test
    void noArticlesReportsZeroCountAndZeroScores() {
        RougeReport r = new RougeEvaluator().report();
        assertEquals(0, r.count());
        assertEquals(RougeScore.ZERO, r.meanF1());
        assertEquals(0.0, (double) r.toMap().get("rouge1"));
    }

    @Test
    void toMapReportsPercentagesWhileTheRecordKeepsFractions() {
        RougeEvaluator e = new RougeEvaluator(new Rouge());
        e.add("the cat was found under the bed", "the cat was under the bed");
        RougeReport r = e.report();
        Map<String, Object> map = r.toMap();
        assertEquals(List.of("articles", "rouge1", "rouge2", "rougeL", "rouge1Precision", "rouge1Recall",
                "rouge2Precision", "rouge2Recall", "rougeLPrecision", "rougeLRecall"), List.copyOf(map.keySet()));
        assertEquals(1, map.get("articles"));
        assertEquals(100.0 * 12 / 13, (double) map.get("rouge1"), 1e-9);
        assertEquals(100.0 * 8 / 11, (double) map.get("rouge2"), 1e-9);
        assertEquals(100.0 * 4 / 6, (double) map.get("rouge2Precision"), 1e-9);
        assertEquals(12.0 / 13, r.meanF1().rouge1(), EPS);
    }

    @Test
    void reportIsASnapshot() {
        RougeEvaluator e = new RougeEvaluator();
        e.add("same words", "same words");
        RougeReport before = e.report();
        e.add("other", "words");
        assertEquals(1, before.count());
        assertEquals(1.0, before.meanF1().rouge1(), EPS);
        assertEquals(2, e.count());
    }

    @Test
    void scoresOutsideTheUnitIntervalAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RougeScore(1.5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RougeMeasure(0, Double.NaN, 0));
    }
}
