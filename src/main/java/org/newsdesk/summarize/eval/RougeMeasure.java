package org.newsdesk.summarize.eval;

/**
 * Precision, recall and F1 of one ROUGE variant, each in [0, 1].
 *
 * @param precision overlap / candidate size
 * @param recall    overlap / reference size
 * @param f1        2PR/(P+R), 0 when P+R = 0
 */
public record RougeMeasure(double precision, double recall, double f1) {
    /** All zero. */
    public static final RougeMeasure ZERO = new RougeMeasure(0.0, 0.0, 0.0);

    public RougeMeasure {
        RougeScore.check("precision", precision);
        RougeScore.check("recall", recall);
        RougeScore.check("f1", f1);
    }

    /**
     * The measure from an overlap count, as rouge-score computes it: P = overlap / max(candidate, 1),
     * R = overlap / max(reference, 1), F1 = 2PR/(P+R) or 0.
     *
     * @param overlap   matched units (clipped n-grams, or LCS length)
     * @param candidate units in the candidate
     * @param reference units in the reference
     * @return the measure
     */
    public static RougeMeasure of(long overlap, long candidate, long reference) {
        if (overlap < 0 || overlap > candidate || overlap > reference) {
            throw new IllegalArgumentException(
                    "overlap " + overlap + " impossible with sizes " + candidate + " and " + reference);
        }
        double p = (double) overlap / Math.max(candidate, 1);
        double r = (double) overlap / Math.max(reference, 1);
        return new RougeMeasure(p, r, harmonicMean(p, r));
    }

    static double harmonicMean(double p, double r) {
        return p + r > 0.0 ? Math.min(1.0, 2.0 * p * r / (p + r)) : 0.0;
    }
}
