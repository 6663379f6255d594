package org.newsdesk.core;

import java.util.Objects;

/**
 * A record of an input that could not be read as an article.
 *
 * @param id       the article id when it is known, otherwise a locator such as {@code articles.csv line 42}
 * @param source   the file or input the record came from
 * @param message  why it could not be read
 */
public record ArticleError(String id, String source, String message) {
    public ArticleError {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** A one-line description naming the source, the record and the reason (once, if the message already does). */
    public String describe() {
        return message.startsWith(source) ? message : source + " (" + id + "): " + message;
    }
}
