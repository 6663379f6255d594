/**
 * Records shared by every pipeline stage: articles as read, read errors, sentence spans, topic scores, summaries and
 * per-article results. Immutable values that check their own fields; this package depends on nothing but the JDK.
 */
package org.newsdesk.core;
