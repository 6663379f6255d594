/**
 * Extractive summarization: the body is split into sentence spans, boilerplate is set aside, each candidate gets
 * general features ({@link org.newsdesk.summarize.SentenceFeatures}: LexRank-style centrality, position, length,
 * headline overlap, ...) and a score ({@link org.newsdesk.summarize.SentenceScorer}: centrality plus a position prior,
 * or logistic regression learned from reference summaries), and a selector takes the best sentences up to the
 * requested length, skipping near duplicates, and returns them verbatim in article order with key phrases (noun phrases
 * found with Apache OpenNLP's part-of-speech tagger, {@code PosTagger}). May import
 * {@code core}, {@code text} and OpenNLP (the only package that does); never DL4J, files, the CLI or {@code classify}.
 */
package org.newsdesk.summarize;
