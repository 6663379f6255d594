package org.newsdesk.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import org.newsdesk.batch.ArticlePipeline;
import org.newsdesk.model.ModelStore;

/**
 * The article pipeline of each executor JVM, loaded once per model and settings from the copy of the model folder
 * that {@code SparkContext.addFile} brought to the executor ({@link SparkFiles}): the model is never part of a task's
 * closure, only this small value that names it.
 *
 * @param fileName    the model folder's name as added with {@code addFile}
 * @param fingerprint the model fingerprint the driver validated; an executor that loads another one fails the task
 * @param settings    the per-article settings
 */
record Executor(String fileName, String fingerprint, ArticlePipeline.Settings settings) implements Serializable {

    private static final ConcurrentHashMap<Executor, ArticlePipeline> LOADED = new ConcurrentHashMap<>();

    /** The pipeline of this JVM for this model and settings, loaded on first use. */
    ArticlePipeline pipeline() {
        return LOADED.computeIfAbsent(this, Executor::load);
    }

    private static ArticlePipeline load(Executor e) {
        Path dir = Path.of(SparkFiles.get(e.fileName()));
        try {
            ArticlePipeline pipeline = ArticlePipeline.load(new ModelStore(), dir, e.settings());
            String loaded = pipeline.model().manifest().modelFingerprint();
            if (!String.valueOf(loaded).equals(e.fingerprint())) {
                throw new IllegalStateException("the model on this executor (" + dir + ") has fingerprint " + loaded
                        + ", not the driver's " + e.fingerprint());
            }
            return pipeline;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot load the model on this executor from " + dir + ": "
                    + ex.getMessage(), ex);
        }
    }

    /** How many pipelines this JVM has loaded (for tests: one per model and settings). */
    static int loadedCount() {
        return LOADED.size();
    }
}
