/**
 * Features for the classifier: n-gram terms of an article, a frozen vocabulary with inverse document frequencies,
 * and the encoder that turns an article into a sparse, L2-normalised TF-IDF vector. Training builds features as
 * strings ({@code NgramExtractor}); prediction uses {@code ArticleVectorizer}, which gives the same vectors through
 * term numbers and primitive hash tables. No DL4J here except the encoder's batch method, which fills an ND4J
 * matrix.
 */
package org.newsdesk.classify.features;
