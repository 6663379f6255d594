package org.newsdesk.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsdesk.io.TextFiles;
import org.newsdesk.model.ModelFormatException;
import org.newsdesk.model.ModelStore;
import org.newsdesk.summarize.SentenceScorer;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SupervisedScorer;
import org.newsdesk.summarize.UnsupervisedScorer;
import org.newsdesk.text.SentenceSplitter;

/** Builds the pipeline parts the jobs share. */
final class Components {

    private Components() {
    }

    /** The unsupervised summarizer (centrality plus position) with the default near-duplicate threshold. */
    static Summarizer summarizer() {
        return new Summarizer(new SentenceSplitter(), new UnsupervisedScorer());
    }

    /**
     * The summarizer of a model directory: its supervised scorer ({@link ModelStore#SUMMARIZER}) when it has one,
     * otherwise the unsupervised scorer.
     *
     * @throws ModelFormatException if the model's summarizer file cannot be used
     */
    static Summarizer summarizer(Path modelDirectory, double maxSimilarity) throws IOException {
        return new Summarizer(new SentenceSplitter(), scorer(modelDirectory), maxSimilarity);
    }

    private static SentenceScorer scorer(Path modelDirectory) throws IOException {
        Path file = modelDirectory.resolve(ModelStore.SUMMARIZER);
        if (!Files.isRegularFile(file)) {
            return new UnsupervisedScorer();
        }
        try {
            return SupervisedScorer.fromJson(TextFiles.read(file).text());
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(file + ": " + e.getMessage(), e);
        }
    }
}
