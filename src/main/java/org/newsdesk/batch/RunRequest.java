package org.newsdesk.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.newsdesk.io.IdFilter;
import org.newsdesk.io.InputOptions;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;

/**
 * What {@link RunJob} is asked to do.
 *
 * @param model           model directory (plain or versioned)
 * @param inputs          inputs whose articles are merged
 * @param options         how to read them
 * @param filter          only articles with these ids, or null for all
 * @param output          directory for results.json and results.csv
 * @param length          summary length
 * @param batchSize       articles classified together
 * @param incremental     reuse the earlier result of every article whose content, model and settings are unchanged
 * @param excel           start results.csv with a UTF-8 byte order mark
 * @param maxArticleChars longest article (title and text, in characters) that is processed; longer ones fail
 * @param minLabels       fewest topics per article, or null for the model's rule (at least one)
 * @param maxLabels       most topics per article, or null for the model's rule
 * @param allowNoTopic    whether an article none of whose labels reaches its threshold may get no topic
 * @param summaryMaxSimilarity near-duplicate threshold of the summarizer (cosine similarity, in (0, 1])
 * @param threads         worker threads that label and summarize (the reading and writing thread comes on top)
 * @param topics          label the articles (false: topics and scores stay empty)
 * @param summaries       summarize the articles (false: summaries and key phrases stay empty)
 * @param report          write report.html beside the results
 * @param xlsx            also write results.xlsx
 */
public record RunRequest(Path model, List<Path> inputs, InputOptions options, IdFilter filter, Path output,
                         SummaryLength length, int batchSize, boolean incremental, boolean excel,
                         int maxArticleChars, Integer minLabels, Integer maxLabels, boolean allowNoTopic,
                         double summaryMaxSimilarity, int threads, boolean topics, boolean summaries,
                         boolean report, boolean xlsx) {

    /** The default of {@code maxArticleChars}: far above any news article, far below what would stall a run. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 300_000;

    public RunRequest {
        Objects.requireNonNull(model, "model");
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input is required");
        }
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(length, "length");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        if (maxArticleChars < 1) {
            throw new IllegalArgumentException("--max-article-chars must be at least 1: " + maxArticleChars);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + threads);
        }
        if (!(summaryMaxSimilarity > 0 && summaryMaxSimilarity <= 1)) {
            throw new IllegalArgumentException("summary max similarity must be in (0, 1]: " + summaryMaxSimilarity);
        }
    }

    /**
     * A full (not incremental) run without a byte order mark, with the default article size limit, the model's
     * own topic rule, the default near-duplicate threshold, one worker thread, both stages and a report.
     */
    public RunRequest(Path model, List<Path> inputs, InputOptions options, IdFilter filter, Path output,
                      SummaryLength length, int batchSize) {
        this(model, inputs, options, filter, output, length, batchSize, false, false, DEFAULT_MAX_ARTICLE_CHARS,
                null, null, false, Summarizer.DEFAULT_MAX_SIMILARITY, 1, true, true, true, false);
    }

    /** As the canonical constructor, without report.html and results.xlsx. */
    public RunRequest(Path model, List<Path> inputs, InputOptions options, IdFilter filter, Path output,
                      SummaryLength length, int batchSize, boolean incremental, boolean excel, int maxArticleChars,
                      Integer minLabels, Integer maxLabels, boolean allowNoTopic, double summaryMaxSimilarity,
                      int threads, boolean topics, boolean summaries) {
        this(model, inputs, options, filter, output, length, batchSize, incremental, excel, maxArticleChars,
                minLabels, maxLabels, allowNoTopic, summaryMaxSimilarity, threads, topics, summaries, false, false);
    }
}
