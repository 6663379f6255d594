package org.newsdesk.core;

import java.util.List;
import java.util.Objects;

/**
 * What the batch produced for one article: its topics and summary, or the error that stopped it.
 *
 * @param id         article id
 * @param title      article title ("" if unknown)
 * @param prediction topics and scores; null when status is error
 * @param summary    the summary; null when status is error
 * @param error      null when ok, otherwise the reason the article failed
 * @param notes      remarks about reading the article
 */
public record ArticleResult(String id, String title, TopicPrediction prediction, Summary summary, String error,
                            List<String> notes) {
    public ArticleResult {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        notes = List.copyOf(notes == null ? List.of() : notes);
        if ((error == null) != (prediction != null && summary != null)) {
            throw new IllegalArgumentException("result " + id + " needs either a prediction and summary, or an error");
        }
    }

    /** A successful result. */
    public static ArticleResult ok(Article article, TopicPrediction prediction, Summary summary) {
        return new ArticleResult(article.id(), article.title(), prediction, summary, null, article.notes());
    }

    /** A failed result. */
    public static ArticleResult failed(String id, String title, String error, List<String> notes) {
        return new ArticleResult(id, title, null, null, error, notes);
    }

    /** True when the article was processed. */
    public boolean isOk() {
        return error == null;
    }

    /** "ok" or "error", as written in the outputs. */
    public String status() {
        return isOk() ? "ok" : "error";
    }
}
