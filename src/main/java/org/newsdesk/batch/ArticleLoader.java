package org.newsdesk.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.IdFilter;
import org.newsdesk.io.InputOptions;

/** Reads whole labelled datasets into memory for training and evaluation, reporting records that cannot be read. */
final class ArticleLoader {

    private ArticleLoader() {
    }

    /**
     * The readable articles of the inputs, in input order; each unreadable record is passed to {@code onError}.
     */
    static List<Article> load(List<Path> inputs, InputOptions options, IdFilter filter, Consumer<ArticleError> onError) {
        List<Article> articles = new ArrayList<>();
        try (Stream<ReadOutcome> s = ArticleSource.open(inputs, options)) {
            Stream<ReadOutcome> filtered = filter == null ? s : filter.filter(s);
            filtered.forEach(o -> {
                if (o instanceof ReadOutcome.Ok ok) {
                    articles.add(ok.article());
                } else {
                    onError.accept(((ReadOutcome.Failed) o).error());
                }
            });
        }
        return articles;
    }
}
