package org.newsdesk.io;

import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;

/**
 * The derived text fields of one article's row, shared by results.csv and results.xlsx: all empty for an error row.
 *
 * @param topScore the top topic's probability, or null when there is none (no scores, or an error row)
 */
record ResultCells(String topics, String topTopic, Double topScore, String summary, String explanations,
                   String keyphrases) {

    static ResultCells of(ArticleResult result) {
        if (!result.isOk()) {
            return new ResultCells("", "", null, "", "", "");
        }
        TopicPrediction prediction = result.prediction();
        String topTopic;
        Double topScore = null;
        if (prediction.scores().isEmpty()) {
            topTopic = prediction.topics().isEmpty() ? "" : prediction.topics().get(0);
        } else {
            TopicScore top = prediction.top();
            topTopic = top.label();
            topScore = top.probability();
        }
        return new ResultCells(String.join("|", prediction.topics()), topTopic, topScore, result.summary().text(),
                CsvResultWriter.explanations(prediction), String.join("; ", result.summary().keyphrases()));
    }
}
