package org.newsdesk.classify.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Precision, recall and F1, each in [0, 1].
 *
 * @param precision precision
 * @param recall    recall
 * @param f1        F1 (for a single label the harmonic mean of precision and recall; for a macro average the mean
 *                  of the per-label F1s, which is not in general the harmonic mean of the two other fields)
 */
public record PrecisionRecallF1(double precision, double recall, double f1) {
    /** All zero. */
    public static final PrecisionRecallF1 ZERO = new PrecisionRecallF1(0.0, 0.0, 0.0);

    public PrecisionRecallF1 {
        check("precision", precision);
        check("recall", recall);
        check("f1", f1);
    }

    /**
     * Scores from counts: P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2PR/(P+R), each 0 when its denominator is 0
     * (scikit-learn's {@code zero_division=0}).
     *
     * @param tp true positives
     * @param fp false positives
     * @param fn false negatives
     * @return the scores
     */
    public static PrecisionRecallF1 fromCounts(long tp, long fp, long fn) {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
        double p = ratio(tp, tp + fp);
        double r = ratio(tp, tp + fn);
        return new PrecisionRecallF1(p, r, harmonicMean(p, r));
    }

    /** 2PR/(P+R), or 0 when P+R = 0. */
    static double harmonicMean(double p, double r) {
        return p + r > 0.0 ? Math.min(1.0, 2.0 * p * r / (p + r)) : 0.0;
    }

    static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    /** {@code {"precision": .., "recall": .., "f1": ..}} in that order. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("precision", precision);
        map.put("recall", recall);
        map.put("f1", f1);
        return map;
    }

    private static void check(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " out of [0,1]: " + value);
        }
    }
}
