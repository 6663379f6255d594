package org.newsdesk.batch;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.classify.ClassifyOutcome;
import org.newsdesk.classify.TopicClassifier;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Summary;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;

/**
 * Labels and summarizes articles. Classification is batched for speed; if a batch fails as a whole, each article
 * is retried on its own so one bad article cannot take others down. A failure of one article becomes its error result.
 * Either stage can be switched off (a null classifier or summarizer): its part of each result is then empty.
 * Thread-safe: {@link #process} may run on several threads at once, each with its own articles.
 */
public final class ArticleProcessor {

    private final TopicClassifier classifier;
    private final Summarizer summarizer;
    private final SummaryLength length;

    /**
     * A processor.
     *
     * @param classifier the trained classifier, or null to leave topics empty
     * @param summarizer the summarizer, or null to leave summaries empty
     * @param length     the summary length
     */
    public ArticleProcessor(TopicClassifier classifier, Summarizer summarizer, SummaryLength length) {
        this.classifier = classifier;
        this.summarizer = summarizer;
        this.length = length;
    }

    /** One result per article, in the same order. */
    public List<ArticleResult> process(List<Article> articles) {
        List<ClassifyOutcome> outcomes;
        if (classifier == null) {
            outcomes = articles.stream().map(a -> new ClassifyOutcome(TopicPrediction.NOT_LABELLED, null)).toList();
        } else {
            outcomes = classify(articles);
        }
        List<ArticleResult> results = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            ClassifyOutcome o = outcomes.get(i);
            if (o.error() != null) {
                results.add(ArticleResult.failed(a, o.error()));
                continue;
            }
            try {
                Summary summary = summarizer == null ? NO_SUMMARY : summarizer.summarize(a.title(), a.text(), length);
                results.add(ArticleResult.ok(a, o.prediction(), summary));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // one article that cannot be summarized (even one too large for the heap: its partial work is
                // garbage once the error is thrown) gets an error row, and the batch goes on
                results.add(ArticleResult.failed(a, "summarization failed: " + message(e)));
            }
        }
        return results;
    }

    private static final Summary NO_SUMMARY = new Summary(List.of());

    private List<ClassifyOutcome> classify(List<Article> articles) {
        List<ClassifyOutcome> outcomes;
        try {
            outcomes = classifier.classify(articles);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError batchFailure) {
            outcomes = new ArrayList<>(articles.size());
            for (Article a : articles) {
                try {
                    outcomes.add(classifier.classify(List.of(a)).get(0));
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    outcomes.add(new ClassifyOutcome(null, "classification failed: " + message(e)));
                }
            }
        }
        return outcomes;
    }

    private static String message(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (" + e.getMessage() + "): the article is too large for this heap (NEWSDESK_JAVA_OPTS)";
        }
        if (e instanceof StackOverflowError) {
            return "stack overflow: the article is too deeply nested or too long for this thread's stack";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
