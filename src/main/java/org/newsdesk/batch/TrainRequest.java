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
 * @param data            labelled inputs whose articles are merged; the last one is "the new data" whose held-out
 *                        slice decides whether a new version of a versioned model becomes current
 * @param options         how to read them
 * @param filter          only articles with these ids, or null for all
 * @param model           directory to write the model to: a plain model folder, or a versioned one (see
 *                        {@link org.newsdesk.model.ModelVersions})
 * @param settings        trainer settings
 * @param versioned       start a versioned model folder when {@code model} does not exist yet
 * @param force           make the new version current even if it scores below the current one
 * @param holdoutFraction share of the new data held out to compare a new version with the current one
 * @param dataReport      file to write the training-data report to as well (also when training stops), or null
 * @param summaries       folder of reference summaries ({@code <id>.txt}) to fit a supervised summarizer, or null to
 *                        use the inputs' summary field (no supervised summarizer when no article has one)
 * @param lengthNeutralScorer whether the learned sentence scorer leaves sentence length out of what it learns from
 *                        the references ({@link org.newsdesk.summarize.SupervisedTrainer})
 */
public record TrainRequest(List<Path> data, InputOptions options, IdFilter filter, Path model,
                           TrainerSettings settings, boolean versioned, boolean force, double holdoutFraction,
                           Path dataReport, Path summaries, boolean lengthNeutralScorer) {

    /** The default held-out share of the new data. */
    public static final double DEFAULT_HOLDOUT = 0.2;

    public TrainRequest {
        data = List.copyOf(data);
        if (data.isEmpty()) {
            throw new IllegalArgumentException("at least one --data input is required");
        }
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(settings, "settings");
        if (!(holdoutFraction > 0 && holdoutFraction < 1)) {
            throw new IllegalArgumentException("--holdout must be between 0 and 1 (exclusive): " + holdoutFraction);
        }
    }

    /** A plain training request: no versions, no extra report file, no folder of reference summaries. */
    public TrainRequest(List<Path> data, InputOptions options, IdFilter filter, Path model, TrainerSettings settings) {
        this(data, options, filter, model, settings, false, false, DEFAULT_HOLDOUT, null, null, false);
    }
}
