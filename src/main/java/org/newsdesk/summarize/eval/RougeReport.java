package org.newsdesk.summarize.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * ROUGE averaged over articles: each of precision, recall and F1 is the plain (macro) mean of the per-article values,
 * so the mean F1 is not recomputed from the mean precision and recall.
 *
 * @param count articles averaged
 * @param mean  the mean measures, in [0, 1]; all zero when {@code count} is 0
 */
public record RougeReport(int count, RougeDetail mean) {
    public RougeReport {
        Objects.requireNonNull(mean, "mean");
        if (count < 0) {
            throw new IllegalArgumentException("negative count: " + count);
        }
    }

    /** Mean ROUGE-1, ROUGE-2 and ROUGE-L F1, in [0, 1]. */
    public RougeScore meanF1() {
        return mean.f1();
    }

    /**
     * The report for JSON, scores as percentages (&times;100) in a fixed key order: {@code articles, rouge1, rouge2,
     * rougeL} (mean F1s), then {@code rouge1Precision, rouge1Recall, rouge2Precision, rouge2Recall, rougeLPrecision,
     * rougeLRecall}.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("articles", count);
        map.put("rouge1", percent(mean.rouge1().f1()));
        map.put("rouge2", percent(mean.rouge2().f1()));
        map.put("rougeL", percent(mean.rougeL().f1()));
        map.put("rouge1Precision", percent(mean.rouge1().precision()));
        map.put("rouge1Recall", percent(mean.rouge1().recall()));
        map.put("rouge2Precision", percent(mean.rouge2().precision()));
        map.put("rouge2Recall", percent(mean.rouge2().recall()));
        map.put("rougeLPrecision", percent(mean.rougeL().precision()));
        map.put("rougeLRecall", percent(mean.rougeL().recall()));
        return map;
    }

    private static double percent(double fraction) {
        return 100.0 * fraction;
    }
}
