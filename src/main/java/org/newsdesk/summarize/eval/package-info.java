/**
 * Evaluation of extractive summaries against reference summaries with ROUGE-1, ROUGE-2 and ROUGE-L (Lin, "ROUGE: A
 * Package for Automatic Evaluation of Summaries", <i>Text Summarization Branches Out</i>, ACL 2004 workshop,
 * pp. 74&ndash;81), computed the way Google's {@code rouge-score} Python package does with {@code use_stemmer=True}.
 *
 * <p>Entry points: {@link org.newsdesk.summarize.eval.Rouge} scores one candidate against one reference;
 * {@link org.newsdesk.summarize.eval.RougeEvaluator} averages those scores over articles into an immutable
 * {@link org.newsdesk.summarize.eval.RougeReport}.
 *
 * <p>Dependencies: the JDK ({@code java.lang}, {@code java.util}) and, from lucene-analysis-common, only the Snowball
 * Porter stemmer {@code org.tartarus.snowball.ext.PorterStemmer} (Porter, "An algorithm for suffix stripping",
 * <i>Program</i> 14(3):130&ndash;137, 1980). Nothing from DL4J/ND4J, no file or stream I/O, no command-line code, no
 * Jackson (maps of plain values are returned instead) and no other Newsdesk package. No static mutable state.
 */
package org.newsdesk.summarize.eval;
