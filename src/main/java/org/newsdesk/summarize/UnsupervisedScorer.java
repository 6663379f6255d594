package org.newsdesk.summarize;

/**
 * The scorer for models without reference summaries: what a news editor keeps in a short summary. News puts its key
 * facts first (the "lead" baseline is hard to beat on news; Nenkova 2005, "Automatic text summarization of newswire:
 * lessons learned from the Document Understanding Conference", AAAI), so a strong position prior leads; a sentence
 * that shares the headline's words gains; sentences a reader would reject lose whatever their position: questions and
 * exclamations (teasers), sentences that address the reader ("Guess who's ...", "Wondering what ...") and sentences
 * that cannot stand alone ("This", "They", "However", "Well," opening them).
 *
 * <p>score = {@code positionWeight} / (position + 1) + centrality / max centrality + 3 &times; headline overlap
 * &minus; 20 &times; (question or exclamation) &minus; 8 &times; teaser &minus; 5 &times; dangling opener &minus; 3
 * &times; very short. With the default weight ({@value #DEFAULT_POSITION_WEIGHT}) the first three sentences lead by 12,
 * 6 and 4 against at most 4 from centrality and the headline. The order is meant for {@value #SUMMARY_SENTENCES}
 * sentences: a longer summary fills the rest by centrality ({@link Summarizer}), so the lead prior does not decide a
 * long summary. Immutable and thread-safe.
 */
public final class UnsupervisedScorer implements SentenceScorer {

    /** The default position weight (see docs/summarizer.md for how it was chosen). */
    public static final double DEFAULT_POSITION_WEIGHT = 12.0;
    /** The summary length, in sentences, this scorer's order is meant for. */
    public static final int SUMMARY_SENTENCES = 3;
    static final double HEADLINE_WEIGHT = 3;
    static final double TEASER_MARK_PENALTY = 20;
    static final double ADDRESS_PENALTY = 8;
    static final double DANGLING_PENALTY = 5;
    static final double SHORT_PENALTY = 3;

    private static final int TITLE_OVERLAP = SentenceFeatures.NAMES.indexOf("title_overlap");
    private static final int SHORT = SentenceFeatures.NAMES.indexOf("short");
    private static final int QUESTION = SentenceFeatures.NAMES.indexOf("question");
    private static final int EXCLAMATION = SentenceFeatures.NAMES.indexOf("exclamation");
    private static final int DANGLING = SentenceFeatures.NAMES.indexOf("dangling");
    private static final int TEASER = SentenceFeatures.NAMES.indexOf("teaser");

    private final double positionWeight;

    /** The scorer with the default position weight. */
    public UnsupervisedScorer() {
        this(DEFAULT_POSITION_WEIGHT);
    }

    /** A scorer with the given position weight; 0 means no position prior. */
    public UnsupervisedScorer(double positionWeight) {
        if (!(positionWeight >= 0) || Double.isInfinite(positionWeight)) {
            throw new IllegalArgumentException("position weight must be a finite number >= 0: " + positionWeight);
        }
        this.positionWeight = positionWeight;
    }

    @Override
    public double[] score(SentenceFeatures f) {
        int n = f.size();
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            double penalty = TEASER_MARK_PENALTY * Math.max(f.feature(i, QUESTION), f.feature(i, EXCLAMATION))
                    + ADDRESS_PENALTY * f.feature(i, TEASER) + DANGLING_PENALTY * f.feature(i, DANGLING)
                    + SHORT_PENALTY * f.feature(i, SHORT);
            s[i] = f.relativeCentrality(i) + positionWeight / (i + 1)
                    + HEADLINE_WEIGHT * f.feature(i, TITLE_OVERLAP) - penalty;
        }
        return s;
    }

    @Override
    public int summarySentences() {
        return SUMMARY_SENTENCES;
    }

    @Override
    public String name() {
        return positionWeight == DEFAULT_POSITION_WEIGHT ? "editor+centrality"
                : "editor+centrality(" + positionWeight + ")";
    }
}
