package org.newsdesk.classify.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {
    private static final double EPS = 1e-12;

    /**
     * Six single-label articles over sport, politics, tech (gold -> predicted):
     * sport->sport, sport->politics, politics->politics, tech->sport, tech->tech, sport->sport.
     */
    private static ClassificationReport singleLabel(List<String> labels) {
        ClassificationEvaluator e = new ClassificationEvaluator(labels);
        e.add("sport", "sport");
        e.add("sport", "politics");
        e.add("politics", "politics");
        e.add("tech", "sport");
        e.add("tech", "tech");
        e.add("sport", "sport");
        return e.report();
    }

    /** Four multi-label articles over a, b, c: {a,b}->{a}, {c}->{c}, {a}->{a,c}, {b}->{b}. */
    private static ClassificationReport multiLabel() {
        return ClassificationReport.compute(List.of("a", "b", "c"),
                List.of(Set.of("a", "b"), Set.of("c"), Set.of("a"), Set.of("b")),
                List.of(Set.of("a"), Set.of("c"), Set.of("a", "c"), Set.of("b")));
    }

    @Test
    void singleLabelAccuracyIsTheFractionOfArticlesPredictedCorrectly() {
        ClassificationReport r = singleLabel(List.of("sport", "politics", "tech"));
        assertFalse(r.multiLabel());
        assertEquals(6, r.articles());
        assertEquals(4, r.exactMatches());
        assertEquals(4.0 / 6, r.accuracy(), EPS);
    }

    @Test
    void perLabelCountsAndScoresMatchHandComputation() {
        ClassificationReport r = singleLabel(List.of("sport", "politics", "tech"));
        LabelStats sport = r.stats("sport");
        assertEquals(new LabelStats("sport", 2, 1, 1, 2), sport);
        assertEquals(3, sport.support());
        assertEquals(2.0 / 3, sport.precision(), EPS);
        assertEquals(2.0 / 3, sport.recall(), EPS);
        assertEquals(2.0 / 3, sport.f1(), EPS);

        LabelStats politics = r.stats("politics");
        assertEquals(new LabelStats("politics", 1, 1, 0, 4), politics);
        assertEquals(0.5, politics.precision(), EPS);
        assertEquals(1.0, politics.recall(), EPS);
        assertEquals(2.0 / 3, politics.f1(), EPS);

        LabelStats tech = r.stats("tech");
        assertEquals(new LabelStats("tech", 1, 0, 1, 4), tech);
        assertEquals(1.0, tech.precision(), EPS);
        assertEquals(0.5, tech.recall(), EPS);
        assertEquals(2.0 / 3, tech.f1(), EPS);
    }

    @Test
    void microAveragePoolsCountsAndEqualsAccuracyForSingleLabelData() {
        ClassificationReport r = singleLabel(List.of("sport", "politics", "tech"));
        // pooled tp = 4, fp = 2, fn = 2
        assertEquals(new PrecisionRecallF1(4.0 / 6, 4.0 / 6, 4.0 / 6).precision(), r.micro().precision(), EPS);
        assertEquals(r.accuracy(), r.micro().precision(), EPS);
        assertEquals(r.accuracy(), r.micro().recall(), EPS);
        assertEquals(r.accuracy(), r.micro().f1(), EPS);
    }

    @Test
    void macroAverageIsTheUnweightedMeanOfPerLabelScores() {
        ClassificationReport r = singleLabel(List.of("sport", "politics", "tech"));
        assertEquals((2.0 / 3 + 0.5 + 1.0) / 3, r.macro().precision(), EPS);
        assertEquals((2.0 / 3 + 1.0 + 0.5) / 3, r.macro().recall(), EPS);
        assertEquals(2.0 / 3, r.macro().f1(), EPS);
    }

    @Test
    void macroAveragesOverEveryLabelInTheList() {
        // "weather" has no support and is never predicted: it scores 0 and still counts in the macro mean.
        ClassificationReport r = singleLabel(List.of("sport", "politics", "tech", "weather"));
        assertEquals(new LabelStats("weather", 0, 0, 0, 6), r.stats("weather"));
        assertEquals(0.0, r.stats("weather").f1(), EPS);
        assertEquals((2.0 / 3 + 0.5 + 1.0) / 4, r.macro().precision(), EPS);
        assertEquals((2.0 / 3 + 1.0 + 0.5) / 4, r.macro().recall(), EPS);
        assertEquals(0.5, r.macro().f1(), EPS);
        // micro is unaffected by a label nobody used
        assertEquals(4.0 / 6, r.micro().f1(), EPS);
    }

    @Test
    void undefinedRatiosAreZero() {
        ClassificationReport r = ClassificationReport.compute(List.of("x", "y"),
                List.of(Set.of("x"), Set.of("x")), List.of(Set.of("y"), Set.of("y")));
        LabelStats x = r.stats("x"); // never predicted: precision 0/0
        assertEquals(0.0, x.precision());
        assertEquals(0.0, x.recall());
        assertEquals(0.0, x.f1());
        LabelStats y = r.stats("y"); // no support: recall 0/0
        assertEquals(0.0, y.precision());
        assertEquals(0.0, y.recall());
        assertEquals(0.0, y.f1());
        assertEquals(0.0, r.accuracy());
    }

    @Test
    void confusionMatrixRowsAreGoldAndColumnsArePredictedInLabelOrder() {
        ClassificationReport r = singleLabel(List.of("sport", "politics", "tech"));
        assertEquals(List.of(List.of(2, 1, 0), List.of(0, 1, 0), List.of(1, 0, 1)), r.confusion());
        assertEquals(1, r.confusionCount("tech", "sport"));
        assertEquals(0, r.confusionCount("sport", "tech"));
        assertEquals(List.of(
                List.of("gold \\ predicted", "sport", "politics", "tech"),
                List.of("sport", "2", "1", "0"),
                List.of("politics", "0", "1", "0"),
                List.of("tech", "1", "0", "1")), r.confusionCsvRows());
    }

    @Test
    void labelsMissingFromTheListAreAppendedInOrderOfFirstAppearance() {
        ClassificationReport r = ClassificationReport.compute(List.of("sport"),
                List.of(Set.of("tech"), Set.of("sport"), Set.of("arts")),
                List.of(Set.of("sport"), Set.of("weather"), Set.of("arts")));
        assertEquals(List.of("sport", "tech", "weather", "arts"), r.labels());
        assertEquals(new LabelStats("tech", 0, 0, 1, 2), r.stats("tech"));
        assertEquals(new LabelStats("weather", 0, 1, 0, 2), r.stats("weather"));
        assertEquals(new LabelStats("arts", 1, 0, 0, 2), r.stats("arts"));
        assertEquals(1, r.confusionCount("tech", "sport"));
        assertEquals(1, r.confusionCount("sport", "weather"));
        assertEquals(1, r.confusionCount("arts", "arts"));
        assertEquals(1.0 / 3, r.accuracy(), EPS);
    }

    @Test
    void newLabelsWithinOneSetAreAppendedGoldFirstThenAlphabetically() {
        Set<String> gold = new LinkedHashSet<>(List.of("zeta", "alpha"));
        ClassificationReport r = new ClassificationEvaluator(List.of()).add(gold, Set.of("beta", "alpha")).report();
        assertEquals(List.of("alpha", "zeta", "beta"), r.labels());
    }

    @Test
    void multiLabelAccuracyRequiresTheExactLabelSet() {
        ClassificationReport r = multiLabel();
        assertTrue(r.multiLabel());
        assertEquals(2, r.exactMatches());
        assertEquals(0.5, r.accuracy(), EPS);
    }

    @Test
    void multiLabelPerLabelTwoByTwoCountsAndAverages() {
        ClassificationReport r = multiLabel();
        assertEquals(new LabelStats("a", 2, 0, 0, 2), r.stats("a"));
        assertEquals(new LabelStats("b", 1, 0, 1, 2), r.stats("b"));
        assertEquals(new LabelStats("c", 1, 1, 0, 2), r.stats("c"));
        assertEquals(0.8, r.micro().precision(), EPS);
        assertEquals(0.8, r.micro().recall(), EPS);
        assertEquals(0.8, r.micro().f1(), EPS);
        assertEquals(5.0 / 6, r.macro().precision(), EPS);
        assertEquals(5.0 / 6, r.macro().recall(), EPS);
        assertEquals(7.0 / 9, r.macro().f1(), EPS);
        assertEquals(5, r.totalSupport()); // gold labels: a, b, c, a, b
    }

    @Test
    void multiLabelReportHasNoConfusionMatrixButPerLabelRows() {
        ClassificationReport r = multiLabel();
        assertTrue(r.confusion().isEmpty());
        assertThrows(IllegalStateException.class, () -> r.confusionCount("a", "a"));
        assertEquals(List.of(
                List.of("label", "tp", "fp", "fn", "tn"),
                List.of("a", "2", "0", "0", "2"),
                List.of("b", "1", "0", "1", "2"),
                List.of("c", "1", "1", "0", "2")), r.confusionCsvRows());
        assertFalse(r.toMap().containsKey("confusion"));
    }

    @Test
    void oneArticleWithTwoLabelsMakesTheDataMultiLabel() {
        ClassificationEvaluator e = new ClassificationEvaluator(List.of("a", "b"));
        e.add("a", "a");
        assertFalse(e.report().multiLabel());
        e.add(Set.of("a"), Set.of("a", "b"));
        assertTrue(e.report().multiLabel());
    }

    @Test
    void emptyPredictionCountsAsMultiLabelAndAsMisses() {
        ClassificationReport r = ClassificationReport.compute(List.of("a"), List.of(Set.of("a")), List.of(Set.of()));
        assertTrue(r.multiLabel());
        assertEquals(new LabelStats("a", 0, 0, 1, 0), r.stats("a"));
        assertEquals(0.0, r.accuracy());
    }

    @Test
    void noArticlesGivesZerosWithoutExceptions() {
        ClassificationReport r = new ClassificationEvaluator(List.of("a", "b")).report();
        assertEquals(0, r.articles());
        assertEquals(0.0, r.accuracy());
        assertEquals(PrecisionRecallF1.ZERO, r.micro());
        assertEquals(PrecisionRecallF1.ZERO, r.macro());
        assertEquals(List.of(List.of(0, 0), List.of(0, 0)), r.confusion());
        assertEquals(PrecisionRecallF1.ZERO, new ClassificationEvaluator(List.of()).report().macro());
        r.formatTable();
    }

    @Test
    void computeAgreesWithTheEvaluator() {
        List<String> labels = List.of("sport", "politics", "tech");
        ClassificationReport computed = ClassificationReport.compute(labels,
                List.of(Set.of("sport"), Set.of("sport"), Set.of("politics"), Set.of("tech"), Set.of("tech"),
                        Set.of("sport")),
                List.of(Set.of("sport"), Set.of("politics"), Set.of("politics"), Set.of("sport"), Set.of("tech"),
                        Set.of("sport")));
        assertEquals(singleLabel(labels), computed);
    }

    @Test
    void rejectsGoldAndPredictedListsOfDifferentLength() {
        assertThrows(IllegalArgumentException.class, () -> ClassificationReport.compute(List.of("a"),
                List.of(Set.of("a")), List.of()));
    }

    @Test
    void rejectsDuplicateLabels() {
        assertThrows(IllegalArgumentException.class, () -> new ClassificationEvaluator(List.of("a", "b", "a")));
    }

    @Test
    void reportIsASnapshotThatLaterAddsDoNotChange() {
        ClassificationEvaluator e = new ClassificationEvaluator(List.of("a"));
        e.add("a", "a");
        ClassificationReport before = e.report();
        e.add("a", "b");
        assertEquals(1, before.articles());
        assertEquals(List.of("a"), before.labels());
        assertThrows(UnsupportedOperationException.class, () -> before.labels().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> before.confusion().get(0).set(0, 9));
        assertEquals(2, e.report().articles());
    }

    @Test
    void toMapListsScoresInAFixedKeyOrder() {
        Map<String, Object> map = singleLabel(List.of("sport", "politics", "tech")).toMap();
        assertEquals(List.of("articles", "multiLabel", "exactMatches", "accuracy", "micro", "macro", "subsetAccuracy",
                "hammingLoss", "bySupport", "labels", "perLabel", "confusion"), List.copyOf(map.keySet()));
        assertEquals(6, map.get("articles"));
        assertEquals(List.of("sport", "politics", "tech"), map.get("labels"));
        @SuppressWarnings("unchecked")
        Map<String, Object> macro = (Map<String, Object>) map.get("macro");
        assertEquals(List.of("precision", "recall", "f1"), List.copyOf(macro.keySet()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> perLabel = (List<Map<String, Object>>) map.get("perLabel");
        assertEquals(List.of("label", "support", "tp", "fp", "fn", "tn", "precision", "recall", "f1"),
                List.copyOf(perLabel.get(0).keySet()));
        assertEquals("politics", perLabel.get(1).get("label"));
        assertEquals(0.5, (double) perLabel.get(1).get("precision"), EPS);
    }

    @Test
    void perLabelCsvRowsStartWithAHeaderAndUseFourDecimals() {
        List<List<String>> rows = singleLabel(List.of("sport", "politics", "tech")).perLabelCsvRows();
        assertEquals(4, rows.size());
        assertEquals(List.of("label", "support", "tp", "fp", "fn", "tn", "precision", "recall", "f1"), rows.get(0));
        assertEquals(List.of("politics", "1", "1", "1", "0", "4", "0.5000", "1.0000", "0.6667"), rows.get(2));
    }

    @Test
    void formatTableShowsAccuracyAveragesAndOneLinePerLabel() {
        String table = singleLabel(List.of("sport", "politics", "tech")).formatTable();
        List<String> lines = table.lines().toList();
        assertEquals("articles  6 (single-label)", lines.get(0));
        assertEquals("accuracy  0.6667", lines.get(1));
        assertEquals("micro-F1  0.6667  macro-F1  0.6667  Hamming loss  0.2222", lines.get(2));
        assertEquals("", lines.get(3));
        assertEquals("label     precision     recall         f1    support", lines.get(4));
        assertEquals("micro        0.6667     0.6667     0.6667          6", lines.get(5));
        assertEquals("macro        0.7222     0.7222     0.6667          6", lines.get(6));
        assertTrue(lines.get(7).matches("-+"));
        assertEquals("politics     0.5000     1.0000     0.6667          1", lines.get(9));
        assertEquals(11, lines.size());
        assertTrue(table.endsWith("\n"));
    }

    @Test
    void multiLabelReportsSubsetAccuracyHammingLossAndLabelsBySupport() {
        ClassificationReport r = multiLabel();
        assertEquals(0.5, r.subsetAccuracy(), EPS);
        assertEquals(2.0 / 12, r.hammingLoss(), EPS);
        var groups = r.bySupport();
        assertEquals(1, groups.size());
        assertEquals("1-4", groups.get(0).get("support"));
        assertEquals(3, groups.get(0).get("labels"));
        assertEquals(r.macro().f1(), (Double) groups.get(0).get("macroF1"), EPS);
        assertEquals(2.0 / 12, (Double) r.toMap().get("hammingLoss"), EPS);
        assertEquals(4.0 / 18, singleLabel(List.of("sport", "politics", "tech")).hammingLoss(), EPS);
    }
}
