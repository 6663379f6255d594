package org.newsdesk.io;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.newsdesk.core.ArticleResult;

/**
 * Facts about one batch run, written as the {@code "run"} object of {@code results.json}.
 *
 * @param model            the model used (its path, as given); may be null
 * @param modelFingerprint a fingerprint identifying the model's content; may be null
 * @param started          when the run started
 * @param finished         when it finished; null until the end
 * @param counts           how many articles were processed, and how many succeeded and failed
 * @param settings         settings of the run, in insertion order; values are strings, numbers, booleans, lists or
 *                         maps of those (anything else is written with {@code toString()}); null values allowed
 */
public record RunInfo(String model, String modelFingerprint, Instant started, Instant finished, Counts counts,
                      Map<String, Object> settings) {

    /** Copies the settings keeping their order; null counts become zero counts, null settings an empty map. */
    public RunInfo {
        Objects.requireNonNull(started, "started");
        counts = counts == null ? Counts.ZERO : counts;
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** A run that has just started: not finished, zero counts. */
    public static RunInfo start(String model, String modelFingerprint, Instant started, Map<String, Object> settings) {
        return new RunInfo(model, modelFingerprint, started, null, Counts.ZERO, settings);
    }

    /** This run, finished at the given time with the given counts. */
    public RunInfo finish(Instant finishedAt, Counts finalCounts) {
        return new RunInfo(model, modelFingerprint, started, Objects.requireNonNull(finishedAt, "finishedAt"),
                finalCounts, settings);
    }

    /**
     * Article counts of a run.
     *
     * @param total articles processed (ok + error)
     * @param ok    articles with topics and a summary
     * @param error articles that failed
     */
    public record Counts(long total, long ok, long error) {

        /** No articles. */
        public static final Counts ZERO = new Counts(0, 0, 0);

        /** @throws IllegalArgumentException if a count is negative or total is not ok + error */
        public Counts {
            if (total < 0 || ok < 0 || error < 0 || total != ok + error) {
                throw new IllegalArgumentException("bad counts: total=" + total + " ok=" + ok + " error=" + error);
            }
        }

        /** These counts with one more result. */
        public Counts plus(ArticleResult result) {
            return result.isOk() ? new Counts(total + 1, ok + 1, error) : new Counts(total + 1, ok, error + 1);
        }
    }
}
