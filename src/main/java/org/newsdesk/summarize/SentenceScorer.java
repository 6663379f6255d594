package org.newsdesk.summarize;

import java.util.List;

/** Scores the sentences of one document: higher means more worth including in its summary. */
public interface SentenceScorer {

    /**
     * @param sentenceTerms each sentence's normalised terms, in document order
     * @return one score per sentence
     */
    double[] score(List<List<String>> sentenceTerms);

    /** A short name saved in run settings. */
    String name();
}
