package org.newsdesk.batch;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsdesk.classify.DecisionRule;
import org.newsdesk.classify.TopicClassifier;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.model.LoadedModel;
import org.newsdesk.model.ModelFormatException;
import org.newsdesk.model.ModelStore;
import org.newsdesk.model.ModelVersions;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;

/**
 * The per-article steps of {@code run}, in one place: a record that could not be read becomes its error row; an
 * article longer than the size limit gets an error row; every other article gets its notes (very short, probably
 * not English), is labelled, summarized and given key phrases. {@link RunJob} calls it, and so can any other engine
 * that distributes the articles (the Spark job): the same article and settings give the same {@link ArticleResult}
 * whatever the batch it comes in.
 *
 * <p>Built from a loaded model and {@link Settings} (a small serializable value), so an engine ships the settings and
 * the model's location, and builds one pipeline per process. Thread-safe.
 */
public final class ArticlePipeline {

    /**
     * The settings of {@code run} that change an article's result.
     *
     * @param length               summary length
     * @param maxArticleChars      longest article (title and text, in characters) that is processed
     * @param minLabels            fewest topics per article, or null for the model's rule
     * @param maxLabels            most topics per article, or null for the model's rule
     * @param allowNoTopic         whether an article may get no topic
     * @param summaryMaxSimilarity near-duplicate threshold of the summarizer
     * @param topics               label the articles (false: topics and scores stay empty)
     * @param summaries            summarize the articles (false: summaries and key phrases stay empty)
     */
    public record Settings(SummaryLength length, int maxArticleChars, Integer minLabels, Integer maxLabels,
                           boolean allowNoTopic, double summaryMaxSimilarity, boolean topics, boolean summaries)
            implements Serializable {
        public Settings {
            Objects.requireNonNull(length, "length");
            if (maxArticleChars < 1) {
                throw new IllegalArgumentException("--max-article-chars must be at least 1: " + maxArticleChars);
            }
            if (!(summaryMaxSimilarity > 0 && summaryMaxSimilarity <= 1)) {
                throw new IllegalArgumentException("summary max similarity must be in (0, 1]: "
                        + summaryMaxSimilarity);
            }
        }

        /** The settings of a {@link RunRequest}. */
        public static Settings of(RunRequest request) {
            return new Settings(request.length(), request.maxArticleChars(), request.minLabels(),
                    request.maxLabels(), request.allowNoTopic(), request.summaryMaxSimilarity(), request.topics(),
                    request.summaries());
        }
    }

    private final LoadedModel model;
    private final Path modelDir;
    private final Settings settings;
    private final Summarizer summarizer;
    private final TopicClassifier classifier;
    private final ArticleProcessor processor;

    private ArticlePipeline(LoadedModel model, Path modelDir, Settings settings, Summarizer summarizer) {
        this.model = model;
        this.modelDir = modelDir;
        this.settings = settings;
        this.summarizer = summarizer;
        this.classifier = model.classifier().withRule(DecisionRule.of(model.classifier().rule(),
                settings.minLabels(), settings.maxLabels(), settings.allowNoTopic()));
        this.processor = new ArticleProcessor(settings.topics() ? classifier : null,
                settings.summaries() ? summarizer : null, settings.length());
    }

    /**
     * Loads the model at {@code model} (a plain or versioned model folder) and builds the pipeline.
     *
     * @throws ModelFormatException if the model folder is incomplete, unreadable or fails its fingerprint check
     * @throws IOException          if the model cannot be read
     */
    public static ArticlePipeline load(ModelStore store, Path model, Settings settings) throws IOException {
        Path modelDir = ModelVersions.resolve(model);
        LoadedModel loaded;
        try {
            loaded = store.load(modelDir);
        } catch (ModelFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ModelFormatException(modelDir + " cannot be read as a model: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        return new ArticlePipeline(loaded, modelDir, settings, Components.summarizer(modelDir,
                settings.summaryMaxSimilarity()));
    }

    /** The loaded model. */
    public LoadedModel model() {
        return model;
    }

    /** The model folder actually loaded (a versioned folder's current version). */
    public Path modelDir() {
        return modelDir;
    }

    /** The settings. */
    public Settings settings() {
        return settings;
    }

    /** The summarizer (its method and near-duplicate threshold go into the run's settings). */
    public Summarizer summarizer() {
        return summarizer;
    }

    /** The classifier with the run's topic rule. */
    public TopicClassifier classifier() {
        return classifier;
    }

    /** The error row of a record that could not be read. */
    public static ArticleResult unreadable(ReadOutcome.Failed failed) {
        return ArticleResult.failed(failed.error().id(), "", failed.error().describe(), List.of());
    }

    /** The error row of an article over the size limit, or null when it is within it. */
    public ArticleResult refusal(Article article) {
        String tooLong = ArticleChecks.tooLong(article, settings.maxArticleChars());
        return tooLong == null ? null : ArticleResult.failed(article.id(), article.title(), tooLong, article.notes());
    }

    /**
     * Labels and summarizes articles already {@linkplain #refusal(Article) within the size limit}: one result per
     * article, in the same order (classification is batched for speed).
     */
    public List<ArticleResult> processChecked(List<Article> articles) {
        return processor.process(articles.stream().map(ArticleChecks::annotate).toList());
    }

    /** One read outcome's result: its error row, its size-limit error row, or the article labelled and summarized. */
    public ArticleResult process(ReadOutcome outcome) {
        return process(List.of(outcome)).get(0);
    }

    /** {@link #process(ReadOutcome)} for an article that was read. */
    public ArticleResult process(Article article) {
        return process(new ReadOutcome.Ok(article));
    }

    /** One result per outcome, in the same order; the articles to process are classified as one batch. */
    public List<ArticleResult> process(List<ReadOutcome> outcomes) {
        ArticleResult[] results = new ArticleResult[outcomes.size()];
        List<Article> toProcess = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            ReadOutcome o = outcomes.get(i);
            if (o instanceof ReadOutcome.Failed f) {
                results[i] = unreadable(f);
                continue;
            }
            Article a = ((ReadOutcome.Ok) o).article();
            ArticleResult refused = refusal(a);
            if (refused != null) {
                results[i] = refused;
                continue;
            }
            toProcess.add(a);
            slots.add(i);
        }
        List<ArticleResult> processed = processChecked(toProcess);
        for (int k = 0; k < processed.size(); k++) {
            results[slots.get(k)] = processed.get(k);
        }
        return List.of(results);
    }
}
