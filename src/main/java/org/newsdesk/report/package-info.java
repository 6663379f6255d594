/**
 * The HTML reports people look at: {@code report.html} of a run ({@link org.newsdesk.report.RunReportPage}, fed by a
 * bounded {@link org.newsdesk.report.RunStatistics}), of an evaluation ({@link org.newsdesk.report.EvaluationPage})
 * and {@code training-report.html} of a trained model ({@link org.newsdesk.report.TrainingPage}).
 *
 * <p>Each page is one self-contained file: the DOM is built with jsoup (every text escaped), the charts are drawn by
 * Apache ECharts, inlined from its WebJar, from chart options that travel as JSON in a
 * {@code <script type="application/json">} element; a Content-Security-Policy allows no network and runs only the
 * page's own two scripts (by their hashes). Depends on core and the evaluation records of classify and summarize.
 */
package org.newsdesk.report;
