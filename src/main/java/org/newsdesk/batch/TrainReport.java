package org.newsdesk.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsdesk.core.StageTimer;
import org.newsdesk.model.ModelManifest;

/**
 * What a training did.
 *
 * @param manifest  the saved model's manifest
 * @param savedTo   the folder the model was written to (a version folder for a versioned model)
 * @param check     the training-data check
 * @param promotion for a versioned model, the comparison with the current version; null for a plain model folder
 * @param stages    where the time and memory went: reading, data check, summarizer, feature extraction, vocabulary,
 *                  vectorizing, each network's epochs, calibration, thresholds, writing (in order; a refit repeats
 *                  vocabulary, vectorizing and networks with the prefix "refit ")
 */
public record TrainReport(ModelManifest manifest, Path savedTo, TrainingDataCheck check, Promotion promotion,
                          List<StageTimer.Stage> stages) {

    public TrainReport {
        stages = List.copyOf(stages);
    }

    /** A report without stage timings. */
    public TrainReport(ModelManifest manifest, Path savedTo, TrainingDataCheck check, Promotion promotion) {
        this(manifest, savedTo, check, promotion, List.of());
    }

    /**
     * The decision whether a new version becomes current.
     *
     * @param version         the new version's name
     * @param previous        the version that was current before, or null
     * @param metric          the score compared ("micro_f1" on the held-out articles)
     * @param heldOut         held-out articles both versions were scored on
     * @param newScore        the new version's score (NaN when nothing was held out)
     * @param previousScore   the previous current version's score (NaN when there was none)
     * @param promoted        whether the new version is now current
     * @param forced          whether --force made it current regardless of the scores
     * @param reason          the decision in words
     */
    public record Promotion(String version, String previous, String metric, int heldOut, double newScore,
                            double previousScore, boolean promoted, boolean forced, String reason) {

        /** As a JSON-ready map (NaN scores as null). */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("version", version);
            m.put("previous_current", previous);
            m.put("metric", metric);
            m.put("held_out_articles", heldOut);
            m.put("new_score", Double.isNaN(newScore) ? null : newScore);
            m.put("previous_score", Double.isNaN(previousScore) ? null : previousScore);
            m.put("promoted", promoted);
            m.put("forced", forced);
            m.put("reason", reason);
            return m;
        }
    }
}
