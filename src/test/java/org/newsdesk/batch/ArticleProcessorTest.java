package org.newsdesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.summarize.SentenceFeatures;
import org.newsdesk.summarize.SentenceScorer;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;
import org.newsdesk.text.SentenceSplitter;

/** Issue 16 #9: an article whose processing runs out of heap or stack gets an error row; the others are done. */
class ArticleProcessorTest {

    /** A scorer that fails the way a too-large article would, chosen by the article's number of sentences. */
    static final SentenceScorer FAILING = new SentenceScorer() {
        @Override
        public double[] score(SentenceFeatures features) {
            if (features.size() == 4) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (features.size() == 5) {
                throw new StackOverflowError();
            }
            return new double[features.size()];
        }

        @Override
        public String name() {
            return "failing";
        }
    };

    @Test
    void outOfMemoryAndStackOverflowInOneArticleBecomeItsErrorRow() {
        ArticleProcessor processor = new ArticleProcessor(null, new Summarizer(new SentenceSplitter(), FAILING),
                new SummaryLength.Sentences(1));
        List<ArticleResult> results = processor.process(List.of(
                Article.of("ok-1", "A", "The council met. The vote was held."),
                Article.of("oom-1", "B", "One line here. Two lines here. Three lines here. Four lines here."),
                Article.of("deep-1", "C", "One line. Two lines. Three lines. Four lines. Five lines."),
                Article.of("ok-2", "D", "The river rose. The school closed. The rain stopped.")));
        assertEquals(List.of("ok", "error", "error", "ok"), results.stream().map(ArticleResult::status).toList());
        assertTrue(results.get(1).error().contains("out of memory"), results.get(1).error());
        assertTrue(results.get(2).error().contains("stack overflow"), results.get(2).error());
    }
}
