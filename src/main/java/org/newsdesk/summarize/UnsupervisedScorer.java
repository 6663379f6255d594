package org.newsdesk.summarize;

/**
 * The scorer for models without reference summaries: LexRank-style centrality plus a position prior, because news
 * puts its key facts first (the "lead" baseline is hard to beat on news; Nenkova 2005, "Automatic text
 * summarization of newswire: lessons learned from the Document Understanding Conference", AAAI).
 *
 * <p>score = centrality / max centrality + {@code positionWeight} / (position + 1). With the default weight
 * ({@value #DEFAULT_POSITION_WEIGHT}) the first three sentences lead by 12, 6 and 4 against at most 1 for centrality,
 * so a short summary stays close to the lead sentences (a later sentence displaces the third only when it is much
 * more central), while for long summaries centrality orders the later sentences. Chosen on training data only
 * (docs/summarizer.md). Immutable and thread-safe.
 */
public final class UnsupervisedScorer implements SentenceScorer {

    /** The default position weight (see docs/summarizer.md for how it was chosen). */
    public static final double DEFAULT_POSITION_WEIGHT = 12.0;

    private final double positionWeight;

    /** The scorer with the default position weight. */
    public UnsupervisedScorer() {
        this(DEFAULT_POSITION_WEIGHT);
    }

    /** A scorer with the given position weight; 0 means centrality alone. */
    public UnsupervisedScorer(double positionWeight) {
        if (!(positionWeight >= 0) || Double.isInfinite(positionWeight)) {
            throw new IllegalArgumentException("position weight must be a finite number >= 0: " + positionWeight);
        }
        this.positionWeight = positionWeight;
    }

    @Override
    public double[] score(SentenceFeatures f) {
        int n = f.size();
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, f.centrality(i));
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = (max > 0 ? f.centrality(i) / max : 0) + positionWeight / (i + 1);
        }
        return s;
    }

    @Override
    public String name() {
        return positionWeight == DEFAULT_POSITION_WEIGHT ? "centrality+position"
                : "centrality+position(" + positionWeight + ")";
    }
}
