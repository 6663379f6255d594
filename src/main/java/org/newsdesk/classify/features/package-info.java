/**
 * Features for the classifier: n-gram terms of an article, a frozen vocabulary with inverse document frequencies,
 * and the encoder that turns an article into a sparse, L2-normalised TF-IDF vector. No DL4J here except the encoder's
 * batch method, which fills an ND4J matrix.
 */
package org.newsdesk.classify.features;
