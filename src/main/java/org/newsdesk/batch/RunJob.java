package org.newsdesk.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Progress;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.CsvResultWriter;
import org.newsdesk.io.JsonResultWriter;
import org.newsdesk.io.ResultWriter;
import org.newsdesk.io.RunInfo;
import org.newsdesk.model.LoadedModel;
import org.newsdesk.model.ModelStore;
import org.newsdesk.summarize.Summarizer;

/**
 * The nightly job: loads a model, streams the input articles in batches, labels and summarizes each, and writes
 * {@code results.json} and {@code results.csv}. Memory stays flat whatever the number of articles. An article that
 * cannot be read or processed gets an error row and the batch goes on. Each output file is written to a temporary
 * file and moved into place only when complete.
 */
public final class RunJob {

    private final ModelStore store;
    private final Clock clock;

    /** A job reading models with {@code store} and timing runs with {@code clock}. */
    public RunJob(ModelStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Runs the job.
     *
     * @return the run's final information, with its counts
     * @throws IOException if the model cannot be loaded or the outputs cannot be written (no result file is then
     *                     left half-written)
     */
    public RunInfo execute(RunRequest request, Progress progress) throws IOException {
        LoadedModel model = store.load(request.model());
        Files.createDirectories(request.output());
        Summarizer summarizer = Components.summarizer(request.model(), request.summaryMaxSimilarity());
        ArticleProcessor processor = new ArticleProcessor(model.classifier(), summarizer, request.length());

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("inputs", request.inputs().stream().map(Object::toString).toList());
        settings.put("format", request.options().format() == null ? "auto" : request.options().format().name());
        settings.put("ids", request.filter() == null ? null : request.filter().toString());
        settings.put("summary_length", request.length().describe());
        settings.put("summarizer", summarizer.method());
        settings.put("summary_max_similarity", summarizer.maxSimilarity());
        settings.put("labels", model.classifier().labels());
        settings.put("multi_label", model.classifier().multiLabel());
        settings.put("newsdesk_version", BuildInfo.version());
        RunInfo run = RunInfo.start(request.model().toString(), model.manifest().modelFingerprint(), clock.instant(),
                settings);
        RunInfo.Counts counts = RunInfo.Counts.ZERO;
        try (ResultWriter json = new JsonResultWriter(request.output().resolve("results.json"));
             ResultWriter csv = new CsvResultWriter(request.output().resolve("results.csv"));
             Stream<ReadOutcome> outcomes = open(request)) {
            json.begin(run);
            csv.begin(run);
            Iterator<ReadOutcome> it = outcomes.iterator();
            List<ReadOutcome> chunk = new ArrayList<>(request.batchSize());
            while (it.hasNext()) {
                chunk.add(it.next());
                if (chunk.size() == request.batchSize() || !it.hasNext()) {
                    for (ArticleResult r : processChunk(chunk, processor)) {
                        json.write(r);
                        csv.write(r);
                        counts = counts.plus(r);
                    }
                    progress.report(counts.total(), -1, counts.error() == 0 ? "" : counts.error() + " failed");
                    chunk.clear();
                }
            }
            RunInfo finished = run.finish(clock.instant(), counts);
            json.finish(finished);
            csv.finish(finished);
            return finished;
        }
    }

    private static Stream<ReadOutcome> open(RunRequest request) {
        Stream<ReadOutcome> s = ArticleSource.open(request.inputs(), request.options());
        return request.filter() == null ? s : request.filter().filter(s);
    }

    /** Results for a chunk of read outcomes, in input order. */
    private static List<ArticleResult> processChunk(List<ReadOutcome> chunk, ArticleProcessor processor) {
        List<Article> articles = new ArrayList<>();
        for (ReadOutcome o : chunk) {
            if (o instanceof ReadOutcome.Ok ok) {
                articles.add(ok.article());
            }
        }
        Iterator<ArticleResult> processed = processor.process(articles).iterator();
        List<ArticleResult> out = new ArrayList<>(chunk.size());
        for (ReadOutcome o : chunk) {
            if (o instanceof ReadOutcome.Failed f) {
                out.add(ArticleResult.failed(f.error().id(), "", f.error().describe(), List.of()));
            } else {
                out.add(processed.next());
            }
        }
        return out;
    }
}
