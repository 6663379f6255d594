/**
 * Topic classification: a trainer that learns a DL4J network from labelled articles, and the classifier it produces.
 * Features are TF-IDF weights of word and word-pair terms over a vocabulary chosen by document frequency
 * ({@code features}); the network is built in one place ({@code network}). This package and {@code model} are the only
 * ones that import DL4J or ND4J. May import {@code core} and {@code text}; never files, the CLI or {@code summarize}.
 */
package org.newsdesk.classify;
