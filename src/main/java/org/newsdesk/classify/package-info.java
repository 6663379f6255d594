/**
 * Topic classification: a trainer that learns a DL4J network from labelled articles, and the classifier it produces.
 * Features are TF-IDF weights of word and word-pair terms over a vocabulary chosen by document frequency
 * ({@code features}); the network is built in one place ({@code network}). By default three seeded linear networks
 * are trained and their parameters averaged into one (an ensemble with the members' mean logits). Training holds out one stratified
 * validation slice for early stopping, temperature calibration ({@link org.newsdesk.classify.Calibration}) and
 * per-label thresholds; {@link org.newsdesk.classify.DecisionRule} turns calibrated probabilities into topics at run
 * time; prediction runs the network's forward pass on sparse vectors in plain Java
 * ({@link org.newsdesk.classify.SparseNetwork}, straight from the saved parameters for a model read from disk, so
 * {@code run} never starts ND4J) and explains each topic by the article's strongest features. This
 * package and {@code model} are the only ones that import DL4J or ND4J. May import {@code core} and {@code text};
 * never files, the CLI or {@code summarize}. Design and figures: {@code docs/classifier.md}.
 */
package org.newsdesk.classify;
