package org.newsdesk.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsdesk.classify.TrainerSettings;
import org.newsdesk.io.IdFilter;
import org.newsdesk.io.InputOptions;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;

/**
 * What {@link EvaluateJob} is asked to do. Predictions come from exactly one source: a model ({@code model}), the
 * outputs of an earlier run ({@code results}), or cross-validation ({@code folds} > 1, training with
 * {@code trainer}).
 *
 * @param model     model directory, or null
 * @param data      labelled inputs
 * @param options   how to read them
 * @param filter    only articles with these ids, or null for all
 * @param summaries folder of reference summaries ({@code <id>.txt}), or null to use the inputs' summary field
 * @param results   a {@code results.json} to score instead of running a model, or null
 * @param report    directory for report.json and the CSV tables
 * @param length    summary length when summaries are made here
 * @param labelMap  gold label renames applied before scoring (e.g. tech -> science-and-technology)
 * @param folds     number of cross-validation folds, or 0
 * @param trainer   trainer settings for cross-validation
 * @param summaryMaxSimilarity near-duplicate threshold of the summarizer (cosine similarity, in (0, 1])
 * @param lengthNeutralScorer with folds: each fold's sentence scorer is learned as {@code train --length-neutral-scorer} does
 */
public record EvaluateRequest(Path model, List<Path> data, InputOptions options, IdFilter filter, Path summaries,
                              Path results, Path report, SummaryLength length, Map<String, String> labelMap,
                              int folds, TrainerSettings trainer, double summaryMaxSimilarity,
                              boolean lengthNeutralScorer) {
    public EvaluateRequest {
        data = List.copyOf(data);
        if (data.isEmpty()) {
            throw new IllegalArgumentException("at least one --data input is required");
        }
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(length, "length");
        labelMap = Map.copyOf(labelMap);
        int sources = (model != null && folds < 2 ? 1 : 0) + (results != null ? 1 : 0) + (folds >= 2 ? 1 : 0);
        if (sources != 1) {
            throw new IllegalArgumentException("give exactly one of --model, --results or --folds (2 or more)");
        }
        if (!(summaryMaxSimilarity > 0 && summaryMaxSimilarity <= 1)) {
            throw new IllegalArgumentException("summary max similarity must be in (0, 1]: " + summaryMaxSimilarity);
        }
    }

    /** A request with the default near-duplicate threshold whose folds learn sentence length too. */
    public EvaluateRequest(Path model, List<Path> data, InputOptions options, IdFilter filter, Path summaries,
                           Path results, Path report, SummaryLength length, Map<String, String> labelMap,
                           int folds, TrainerSettings trainer) {
        this(model, data, options, filter, summaries, results, report, length, labelMap, folds, trainer,
                Summarizer.DEFAULT_MAX_SIMILARITY, false);
    }

    /** True for cross-validation. */
    public boolean crossValidation() {
        return folds >= 2;
    }
}
