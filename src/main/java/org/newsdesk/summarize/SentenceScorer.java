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
}
