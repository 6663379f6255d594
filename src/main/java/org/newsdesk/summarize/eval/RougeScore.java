package org.newsdesk.summarize.eval;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 of one candidate against one reference (or their means), each in [0, 1].
 *
 * @param rouge1 ROUGE-1 F1 (unigram overlap)
 * @param rouge2 ROUGE-2 F1 (bigram overlap)
 * @param rougeL ROUGE-L F1 (longest common subsequence)
 */
public record RougeScore(double rouge1, double rouge2, double rougeL) {
    /** All zero. */
    public static final RougeScore ZERO = new RougeScore(0.0, 0.0, 0.0);

    public RougeScore {
        check("rouge1", rouge1);
        check("rouge2", rouge2);
        check("rougeL", rougeL);
    }

    static void check(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " out of [0,1]: " + value);
        }
    }
}
