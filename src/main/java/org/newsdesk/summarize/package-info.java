/**
 * Extractive summarization: the body is split into sentence spans, boilerplate is set aside, each sentence gets a
 * score ({@link org.newsdesk.summarize.SentenceScorer}: centrality plus position, or a supervised scorer), and a selector takes the best
 * sentences up to the requested length and returns them verbatim in article order. May import {@code core} and
 * {@code text}; never DL4J, files, the CLI or {@code classify}.
 */
package org.newsdesk.summarize;
