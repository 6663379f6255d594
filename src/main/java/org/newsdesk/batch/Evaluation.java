package org.newsdesk.batch;

import java.util.Map;
import org.newsdesk.classify.eval.CalibrationReport;
import org.newsdesk.classify.eval.ClassificationReport;
import org.newsdesk.summarize.eval.RougeReport;

/**
 * What an evaluation measured.
 *
 * @param classification  topic metrics, or null when the data has no labels
 * @param topAccuracy     share of labelled articles whose most probable topic is one of their gold labels
 * @param goldInTopics    share of labelled articles all of whose gold labels are among the assigned topics
 * @param topicsPerArticle mean number of topics assigned to a labelled article
 * @param topicsCorrect   share of the topics assigned to labelled articles that are among their gold labels
 * @param rouge           summary metrics, or null when there are no reference summaries
 * @param summary         the whole report as written to report.json
 * @param calibration     reliability of the top label's probability, or null when no prediction had scores
 * @param lead            summary metrics of the lead baseline (the first sentences under the same length rule), or
 *                        null when there are no reference summaries
 */
public record Evaluation(ClassificationReport classification, double topAccuracy, double goldInTopics,
                         double topicsPerArticle, double topicsCorrect, RougeReport rouge, Map<String, Object> summary, CalibrationReport calibration,
                         RougeReport lead) {

    /** An evaluation without calibration figures or a lead baseline. */
    public Evaluation(ClassificationReport classification, double topAccuracy, double goldInTopics,
                      RougeReport rouge, Map<String, Object> summary) {
        this(classification, topAccuracy, goldInTopics, 0, 0, rouge, summary, null, null);
    }
}
