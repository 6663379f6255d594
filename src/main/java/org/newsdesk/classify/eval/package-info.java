/**
 * Evaluation of topic labels against gold labels: exact-match accuracy, per-label precision, recall and F1, their
 * micro and macro averages, and a confusion matrix, for single-label and multi-label data alike.
 *
 * <p>Entry points: {@link org.newsdesk.classify.eval.ClassificationReport#compute} for whole lists, or
 * {@link org.newsdesk.classify.eval.ClassificationEvaluator} to add articles one at a time. The result is an
 * immutable {@link org.newsdesk.classify.eval.ClassificationReport} that renders itself as a map (for Jackson),
 * as CSV rows and as a text table, leaving the writing to the caller.
 *
 * <p>The definitions follow Sokolova &amp; Lapalme, "A systematic analysis of performance measures for
 * classification tasks", <i>Information Processing &amp; Management</i> 45(4):427&ndash;437, 2009; micro and macro
 * averaging as in Yang, "An evaluation of statistical approaches to text categorization", <i>Information
 * Retrieval</i> 1(1&ndash;2):69&ndash;90, 1999 and Manning, Raghavan &amp; Sch&uuml;tze, <i>Introduction to
 * Information Retrieval</i>, 2008, &sect;13.6; the numbers match scikit-learn's {@code precision_recall_fscore_support}
 * and {@code accuracy_score} with {@code labels=} the label list and {@code zero_division=0}.
 *
 * <p>Dependencies: the JDK only ({@code java.lang}, {@code java.util}). Nothing from DL4J/ND4J, no file or stream I/O,
 * no command-line code, no Jackson (maps of plain values are returned instead) and no other Newsdesk package.
 * No static mutable state.
 */
package org.newsdesk.classify.eval;
