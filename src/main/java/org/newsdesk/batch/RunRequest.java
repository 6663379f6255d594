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
 * @param model     model directory
 * @param inputs    inputs whose articles are merged
 * @param options   how to read them
 * @param filter    only articles with these ids, or null for all
 * @param output    directory for results.json and results.csv
 * @param length    summary length
 * @param batchSize articles classified together
 * @param summaryMaxSimilarity near-duplicate threshold of the summarizer (cosine similarity, in (0, 1])
 */
public record RunRequest(Path model, List<Path> inputs, InputOptions options, IdFilter filter, Path output,
                         SummaryLength length, int batchSize, double summaryMaxSimilarity) {
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
        if (!(summaryMaxSimilarity > 0 && summaryMaxSimilarity <= 1)) {
            throw new IllegalArgumentException("summary max similarity must be in (0, 1]: " + summaryMaxSimilarity);
        }
    }

    /** A request with the default near-duplicate threshold. */
    public RunRequest(Path model, List<Path> inputs, InputOptions options, IdFilter filter, Path output,
                      SummaryLength length, int batchSize) {
        this(model, inputs, options, filter, output, length, batchSize, Summarizer.DEFAULT_MAX_SIMILARITY);
    }
}
