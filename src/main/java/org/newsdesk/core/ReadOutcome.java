package org.newsdesk.core;

import java.util.Objects;

/** What reading one record gives: an article, or an error that names the record. */
public sealed interface ReadOutcome {

    /** The id (or locator) of the record. */
    String id();

    /** A record read successfully. */
    record Ok(Article article) implements ReadOutcome {
        public Ok {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String id() {
            return article.id();
        }
    }

    /** A record that could not be read. */
    record Failed(ArticleError error) implements ReadOutcome {
        public Failed {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public String id() {
            return error.id();
        }
    }
}
