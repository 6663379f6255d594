package org.newsdesk.classify.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One label's counts over the evaluated articles, treating the label as its own yes/no decision (the per-label
 * 2&times;2 table of multi-label evaluation), and the scores derived from them.
 *
 * @param label the label
 * @param tp    articles with the label in both the gold and the predicted set
 * @param fp    articles with the label predicted but not gold
 * @param fn    articles with the label gold but not predicted
 * @param tn    articles with the label in neither set
 */
public record LabelStats(String label, int tp, int fp, int fn, int tn) {
    public LabelStats {
        Objects.requireNonNull(label, "label");
        if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
            throw new IllegalArgumentException("negative count for " + label);
        }
    }

    /** Articles whose gold set holds the label: tp + fn. */
    public int support() {
        return tp + fn;
    }

    /** Articles whose predicted set holds the label: tp + fp. */
    public int predicted() {
        return tp + fp;
    }

    /** tp / (tp + fp), 0 when the label was never predicted. */
    public double precision() {
        return scores().precision();
    }

    /** tp / (tp + fn), 0 when the label has no support. */
    public double recall() {
        return scores().recall();
    }

    /** Harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        return scores().f1();
    }

    /** Precision, recall and F1 together. */
    public PrecisionRecallF1 scores() {
        return PrecisionRecallF1.fromCounts(tp, fp, fn);
    }

    /** label, support, tp, fp, fn, tn, precision, recall, f1 in that order. */
    public Map<String, Object> toMap() {
        PrecisionRecallF1 s = scores();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", label);
        map.put("support", support());
        map.put("tp", tp);
        map.put("fp", fp);
        map.put("fn", fn);
        map.put("tn", tn);
        map.put("precision", s.precision());
        map.put("recall", s.recall());
        map.put("f1", s.f1());
        return map;
    }
}
