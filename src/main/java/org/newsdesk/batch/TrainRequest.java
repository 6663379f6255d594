package org.newsdesk.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.newsdesk.classify.TrainerSettings;
import org.newsdesk.io.IdFilter;
import org.newsdesk.io.InputOptions;

/**
 * What {@link TrainJob} is asked to do.
 *
 * @param data     labelled inputs whose articles are merged
 * @param options  how to read them
 * @param filter   only articles with these ids, or null for all
 * @param model    directory to write the model to
 * @param settings trainer settings
 * @param summaries folder of reference summaries ({@code <id>.txt}) to fit a supervised summarizer, or null to use
 *                  the inputs' summary field (no supervised summarizer when no article has one)
 */
public record TrainRequest(List<Path> data, InputOptions options, IdFilter filter, Path model,
                           TrainerSettings settings, Path summaries) {
    public TrainRequest {
        data = List.copyOf(data);
        if (data.isEmpty()) {
            throw new IllegalArgumentException("at least one --data input is required");
        }
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(settings, "settings");
    }

    /** A request without a folder of reference summaries. */
    public TrainRequest(List<Path> data, InputOptions options, IdFilter filter, Path model, TrainerSettings settings) {
        this(data, options, filter, model, settings, null);
    }
}
