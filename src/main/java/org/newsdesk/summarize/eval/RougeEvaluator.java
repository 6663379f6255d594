package org.newsdesk.summarize.eval;

import java.util.Objects;

/**
 * Scores candidate summaries against references one article at a time and averages the scores over articles
 * (macro average: every article weighs the same, whatever its length).
 *
 * <p>Mutable and not thread-safe (it also owns a {@link Rouge}, which is not); {@link #report()} can be called any
 * number of times and returns an immutable snapshot.
 */
public final class RougeEvaluator {
    private final Rouge rouge;
    /** Sums of precision, recall and F1 for ROUGE-1, ROUGE-2 and ROUGE-L, in that order. */
    private final double[] sums = new double[9];
    private int count;

    /** An evaluator with a stemming {@link Rouge} of its own. */
    public RougeEvaluator() {
        this(new Rouge());
    }

    /**
     * An evaluator that scores with the given {@link Rouge}.
     *
     * @param rouge the scorer; must not be used concurrently elsewhere
     */
    public RougeEvaluator(Rouge rouge) {
        this.rouge = Objects.requireNonNull(rouge, "rouge");
    }

    /**
     * Scores one article's summary and adds it to the averages.
     *
     * @param candidate the summary being evaluated
     * @param reference the reference summary
     * @return that article's scores
     */
    public RougeDetail add(String candidate, String reference) {
        RougeDetail detail = rouge.scoreDetail(candidate, reference);
        add(detail);
        return detail;
    }

    /**
     * Adds scores computed elsewhere.
     *
     * @param detail one article's scores
     * @return this evaluator
     */
    public RougeEvaluator add(RougeDetail detail) {
        Objects.requireNonNull(detail, "detail");
        int i = 0;
        for (RougeMeasure m : new RougeMeasure[] {detail.rouge1(), detail.rouge2(), detail.rougeL()}) {
            sums[i++] += m.precision();
            sums[i++] += m.recall();
            sums[i++] += m.f1();
        }
        count++;
        return this;
    }

    /** Articles added so far. */
    public int count() {
        return count;
    }

    /** The means over the articles added so far (all zero when none were added). */
    public RougeReport report() {
        if (count == 0) {
            return new RougeReport(0, RougeDetail.ZERO);
        }
        return new RougeReport(count, new RougeDetail(mean(0), mean(3), mean(6)));
    }

    private RougeMeasure mean(int offset) {
        return new RougeMeasure(average(sums[offset]), average(sums[offset + 1]), average(sums[offset + 2]));
    }

    private double average(double sum) {
        return Math.min(1.0, sum / count);
    }
}
