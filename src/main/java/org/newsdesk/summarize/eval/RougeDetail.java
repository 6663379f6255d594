package org.newsdesk.summarize.eval;

import java.util.Objects;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L with precision and recall as well as F1.
 *
 * @param rouge1 unigram measure
 * @param rouge2 bigram measure
 * @param rougeL longest-common-subsequence measure
 */
public record RougeDetail(RougeMeasure rouge1, RougeMeasure rouge2, RougeMeasure rougeL) {
    /** All zero. */
    public static final RougeDetail ZERO = new RougeDetail(RougeMeasure.ZERO, RougeMeasure.ZERO, RougeMeasure.ZERO);

    public RougeDetail {
        Objects.requireNonNull(rouge1, "rouge1");
        Objects.requireNonNull(rouge2, "rouge2");
        Objects.requireNonNull(rougeL, "rougeL");
    }

    /** The three F1s. */
    public RougeScore f1() {
        return new RougeScore(rouge1.f1(), rouge2.f1(), rougeL.f1());
    }
}
