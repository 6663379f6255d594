package org.newsdesk.summarize;

/** Scores the candidate sentences of one article: higher means more worth including in its summary. */
public interface SentenceScorer {

    /**
     * @param features the article's candidate sentences, in article order
     * @return one score per sentence
     */
    double[] score(SentenceFeatures features);

    /** A short name saved in run settings. */
    String name();

    /**
     * How many sentences this scorer's order is meant for: a summary longer than that takes its first sentences by
     * score and fills the rest by centrality ({@link Summarizer}). A scorer that learned from long reference summaries
     * orders them all ({@link Integer#MAX_VALUE}, the default).
     */
    default int summarySentences() {
        return Integer.MAX_VALUE;
    }
}
