package org.newsdesk.core;

import java.util.List;
import java.util.Map;
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
 * @param extra      the article's extra input fields ({@link Article#extra()}), passed through to the outputs
 */
public record ArticleResult(String id, String title, TopicPrediction prediction, Summary summary, String error,
                            List<String> notes, Map<String, String> extra) {
    public ArticleResult {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        notes = List.copyOf(notes == null ? List.of() : notes);
        extra = Article.immutableOrdered(extra);
        if ((error == null) != (prediction != null && summary != null)) {
            throw new IllegalArgumentException("result " + id + " needs either a prediction and summary, or an error");
        }
    }

    /** A result without extra fields. */
    public ArticleResult(String id, String title, TopicPrediction prediction, Summary summary, String error,
                         List<String> notes) {
        this(id, title, prediction, summary, error, notes, Map.of());
    }

    /** A successful result. */
    public static ArticleResult ok(Article article, TopicPrediction prediction, Summary summary) {
        return new ArticleResult(article.id(), article.title(), prediction, summary, null, article.notes(),
                article.extra());
    }

    /** A failed result of a read article, keeping its extra fields. */
    public static ArticleResult failed(Article article, String error) {
        return new ArticleResult(article.id(), article.title(), null, null, error, article.notes(), article.extra());
    }

    /** This result with the given extra fields (e.g. a kept earlier result with today's extra fields). */
    public ArticleResult withExtra(Map<String, String> newExtra) {
        return new ArticleResult(id, title, prediction, summary, error, notes, newExtra);
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
