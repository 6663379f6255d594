package org.newsdesk.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.newsdesk.classify.DecisionRule;
import org.newsdesk.classify.TopicClassifier;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Progress;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleIndex;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.AtomicFiles;
import org.newsdesk.io.CsvResultWriter;
import org.newsdesk.io.ExtraColumns;
import org.newsdesk.io.FileDigest;
import org.newsdesk.io.InputDigest;
import org.newsdesk.io.JsonResultWriter;
import org.newsdesk.io.OutputLock;
import org.newsdesk.io.OutputSet;
import org.newsdesk.io.PreviousResults;
import org.newsdesk.io.ResultWriter;
import org.newsdesk.io.RunInfo;
import org.newsdesk.io.XlsxResultWriter;
import org.newsdesk.model.LoadedModel;
import org.newsdesk.model.ModelFormatException;
import org.newsdesk.model.ModelStore;
import org.newsdesk.model.ModelVersions;
import org.newsdesk.report.RunReportPage;
import org.newsdesk.report.RunStatistics;
import org.newsdesk.summarize.Summarizer;

/**
 * The nightly job: loads a model, streams the input articles in batches, labels and summarizes each, and writes
 * {@code results.json}, {@code results.csv} and {@value #MANIFEST}. Memory stays flat whatever the number of articles.
 * An article that cannot be read or processed gets an error row and the batch goes on.
 *
 * <p>Safe to schedule: the output folder is {@linkplain OutputLock locked} for the whole run (a second run stops at
 * once); every output file is written to a temporary file and moved into place only when complete, so a run killed
 * at any moment leaves the previous complete results; the temporary files a killed run leaves are deleted by the
 * next run. With {@link RunRequest#incremental()} an article whose id and content are unchanged since the previous
 * run into the same folder, with the same model and settings, keeps its earlier result.
 */
public final class RunJob {

    /** The run manifest's file name. */
    public static final String MANIFEST = "run-manifest.json";

    private static final List<String> OUTPUT_FILES = List.of(JsonResultWriter.FILE_NAME, CsvResultWriter.FILE_NAME,
            JsonResultWriter.FILE_NAME + ".articles", ArticleIndex.FILE_NAME, RunReportPage.FILE_NAME, MANIFEST,
            XlsxResultWriter.FILE_NAME);

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
     * @return what the run did, with its counts
     * @throws org.newsdesk.io.OutputLockedException if another run is writing to the same output folder
     * @throws IOException if the output folder cannot be written, the model cannot be loaded or the outputs cannot
     *                     be written (no result file is then left half-written)
     * @throws ModelFormatException if the model folder is incomplete or unreadable
     */
    public RunReport execute(RunRequest request, Progress progress) throws IOException {
        Instant started = clock.instant();
        Path output = request.output();
        createOutputFolder(output);
        OutputLock lock;
        try {
            lock = OutputLock.acquire(output);
        } catch (org.newsdesk.io.OutputLockedException e) {
            throw e;
        } catch (FileSystemException e) {
            throw new IOException("output folder " + output + " is not writable: " + reason(e), e);
        }
        try (lock) {
            int leftovers = AtomicFiles.deleteLeftovers(output, OUTPUT_FILES) + OutputSet.cleanUp(output);
            OutputSet.adoptPlainFiles(output, OUTPUT_FILES);
            return run(request, progress, started, lock.staleOwner().orElse(null), leftovers);
        }
    }

    private RunReport run(RunRequest request, Progress progress, Instant started, String staleLock, int leftovers)
            throws IOException {
        Path output = request.output();
        ArticlePipeline articles = ArticlePipeline.load(store, request.model(), ArticlePipeline.Settings.of(request));
        Path modelDir = articles.modelDir();
        LoadedModel model = articles.model();
        Summarizer summarizer = articles.summarizer();
        TopicClassifier classifier = articles.classifier();
        String fingerprint = model.manifest().modelFingerprint();
        String settingsKey = sha256(String.join("\0", String.valueOf(fingerprint), request.length().describe(),
                summarizer.method(), BuildInfo.version(), Integer.toString(request.maxArticleChars()),
                String.valueOf(classifier.rule()), Double.toString(request.summaryMaxSimilarity()),
                summarizerFingerprint(modelDir), "topics=" + request.topics(), "summaries=" + request.summaries()));
        String runId = OutputSet.newRunId(started);

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("inputs", request.inputs().stream().map(Object::toString).toList());
        settings.put("format", request.options().format() == null ? "auto" : request.options().format().name());
        settings.put("ids", request.filter() == null ? null : request.filter().toString());
        settings.put("summary_length", request.length().describe());
        settings.put("summarizer", summarizer.method());
        settings.put("summary_max_similarity", summarizer.maxSimilarity());
        settings.put("labels", model.classifier().labels());
        settings.put("multi_label", model.classifier().multiLabel());
        settings.put("min_labels", classifier.rule().minLabels());
        settings.put("max_labels", classifier.rule().maxLabels());
        settings.put("allow_no_topic", classifier.rule().allowNoTopic());
        settings.put("newsdesk_version", BuildInfo.version());
        settings.put("max_article_chars", request.maxArticleChars());
        settings.put("incremental", request.incremental());
        settings.put("topics", request.topics());
        settings.put("summaries", request.summaries());
        settings.put("threads", request.threads());
        settings.put(ExtraColumns.SETTING, request.options().extraColumns().names(request.inputs(), request.options()));
        settings.put("date_column", request.options().extraColumns().dateColumn());
        settings.put("run_id", runId);
        settings.put("settings_key", settingsKey);
        RunInfo run = RunInfo.start(request.model().toString(), fingerprint, started, settings);

        // the previous run's state is read from the last complete set, which this run's files replace all at once
        Previous previous = request.incremental() ? Previous.open(OutputSet.lastComplete(output), settingsKey)
                : Previous.none(null);
        try (OutputSet outputs = OutputSet.begin(output, runId);
             PreviousResults earlier = previous.results;
             ResultWriter json = new JsonResultWriter(outputs.stagedFile(JsonResultWriter.FILE_NAME));
             ResultWriter csv = new CsvResultWriter(outputs.stagedFile(CsvResultWriter.FILE_NAME), request.excel());
             ResultWriter xlsx = request.xlsx() ? new XlsxResultWriter(outputs.stagedFile(XlsxResultWriter.FILE_NAME))
                     : null;
             ArticleIndex.Writer index = new ArticleIndex.Writer(
                     outputs.stagedFile(ArticleIndex.FILE_NAME).getParent(), runId, settingsKey);
             Stream<ReadOutcome> outcomes = open(request)) {
            json.begin(run);
            csv.begin(run);
            if (xlsx != null) {
                xlsx.begin(run);
            }
            Tally tally = new Tally();
            String dateColumn = request.options().extraColumns().dateColumn();
            tally.stats = !request.report() ? null : new RunStatistics(model.classifier().labels(), dateColumn,
                    r -> dateOf(r, dateColumn));
            Iterator<ReadOutcome> it = outcomes.iterator();
            List<ReadOutcome> chunk = new ArrayList<>(request.batchSize());
            // Workers label and summarize while this thread reads the next chunk and writes finished ones; results
            // leave in input order, and at most two chunks per worker are in memory at once.
            Deque<Pending> pending = new ArrayDeque<>();
            ResultSink sink = new ResultSink(pending, json, xlsx == null ? csv : ResultWriter.all(List.of(csv, xlsx)),
                    tally, progress);
            try (OrderedPipeline<Article, ArticleResult> pipeline = new OrderedPipeline<>(request.threads(),
                    2 * request.threads(),
                    articles::processChecked)) {
                while (it.hasNext()) {
                    chunk.add(it.next());
                    if (chunk.size() == request.batchSize() || !it.hasNext()) {
                        Pending p = prepareChunk(chunk, request, articles, previous, index, tally);
                        pending.add(p);
                        if (p.toProcess.isEmpty()) {
                            sink.flush();
                        } else {
                            pipeline.submit(p.toProcess, sink);
                        }
                        chunk.clear();
                    }
                }
                pipeline.finish(sink);
                sink.flush();
            }
            long removed = previous.hashes.keySet().stream().filter(id -> !tally.seen.contains(id)).count();
            RunReport.Changes changes = new RunReport.Changes(tally.fresh, tally.changed, tally.unchanged,
                    tally.reused, removed, tally.unreadable);
            List<String> idsNotFound = request.filter() == null ? List.of() : request.filter().ids().stream()
                    .filter(id -> !tally.listed.contains(id)).toList();
            RunInfo finished = run.finish(clock.instant(), tally.counts);
            // The inputs are hashed for the manifest on a second thread while this one puts the outputs in place
            // (the workers are done, so a core is free); the outputs were hashed as they were written.
            FutureTask<List<Map<String, Object>>> inputDigests = new FutureTask<>(() -> describeInputs(request, output));
            Thread hasher = new Thread(inputDigests, "newsdesk-input-digest");
            hasher.setDaemon(true);
            hasher.start();
            OutputSet.step("write " + JsonResultWriter.FILE_NAME);
            json.finish(finished);
            OutputSet.step("write " + CsvResultWriter.FILE_NAME);
            csv.finish(finished);
            if (xlsx != null) {
                OutputSet.step("write " + XlsxResultWriter.FILE_NAME);
                xlsx.finish(finished);
            }
            OutputSet.step("write " + ArticleIndex.FILE_NAME);
            index.commit();
            Map<String, FileDigest> digests = new LinkedHashMap<>();
            digests.put(JsonResultWriter.FILE_NAME, written(json));
            digests.put(CsvResultWriter.FILE_NAME, written(csv));
            if (xlsx != null) {
                digests.put(XlsxResultWriter.FILE_NAME, written(xlsx));
            }
            if (tally.stats != null) {
                OutputSet.step("write " + RunReportPage.FILE_NAME);
                digests.put(RunReportPage.FILE_NAME, writeReport(outputs.stagedFile(RunReportPage.FILE_NAME), runId,
                        request, finished, modelDir, summarizer.method(), classifier.rule(), tally.stats));
            }
            List<Map<String, Object>> inputs = await(inputDigests);
            OutputSet.step("write " + MANIFEST);
            writeManifest(outputs.stagedFile(MANIFEST), request, finished, modelDir, changes, previous.note, staleLock,
                    inputs, digests, idsNotFound);
            // the manifest is the last file of the set: now the set replaces the previous one, at once
            outputs.publish();
            Path manifest = output.resolve(MANIFEST);
            return new RunReport(finished, modelDir, changes, request.incremental() ? previous.note : null, staleLock,
                    leftovers, manifest, idsNotFound);
        }
    }

    /** The day of an article's date field, or null when it has none or it cannot be read. */
    private static java.time.LocalDate dateOf(ArticleResult r, String dateColumn) {
        String value = r.extra().get(dateColumn);
        if (value == null) {
            return null;
        }
        return ExtraColumns.parseDate(value).map(t -> t instanceof java.time.LocalDateTime dt ? dt.toLocalDate()
                : t instanceof java.time.LocalDate d ? d : null).orElse(null);
    }

    /** Writes report.html; returns its size and hash for the manifest. */
    private static FileDigest writeReport(Path file, String runId, RunRequest request, RunInfo run, Path modelDir,
                                          String summarizer, DecisionRule rule, RunStatistics stats)
            throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("run id", runId);
        facts.put("model", request.model() + (request.model().equals(modelDir) ? "" : " (loaded " + modelDir + ")"));
        facts.put("model fingerprint", run.modelFingerprint());
        facts.put("inputs", String.join(", ", request.inputs().stream().map(Object::toString).toList())
                + (request.filter() == null ? "" : " (only the ids of " + request.filter() + ")"));
        facts.put("articles", String.format(java.util.Locale.ROOT, "%d: %d ok, %d failed", run.counts().total(),
                run.counts().ok(), run.counts().error()));
        facts.put("started", run.started().toString());
        facts.put("finished", run.finished().toString());
        facts.put("duration", String.format(java.util.Locale.ROOT, "%.1f s",
                Duration.between(run.started(), run.finished()).toMillis() / 1000.0));
        facts.put("topics", request.topics() ? String.format(java.util.Locale.ROOT, "%d to %d per article%s%s",
                rule.minLabels(), rule.maxLabels(), rule.allowNoTopic() ? ", none allowed" : "",
                rule.secondaryThreshold() > 0 ? ", a second topic from probability " + rule.secondaryThreshold() : "")
                : "not labelled (--no-topics)");
        facts.put("summaries", request.summaries() ? request.length().describe() + ", " + summarizer
                : "not summarized (--no-summaries)");
        facts.put("incremental", String.valueOf(request.incremental()));
        facts.put("Newsdesk version", BuildInfo.version());
        String page = RunReportPage.render(runId, facts, stats);
        AtomicFiles.writeString(file, page);
        byte[] html = page.getBytes(StandardCharsets.UTF_8);
        return new FileDigest(html.length, InputDigest.sha256(html));
    }

    private static void createOutputFolder(Path output) throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new IOException("output " + output + " is a file, not a folder");
        }
        try {
            Files.createDirectories(output);
        } catch (FileSystemException e) {
            throw new IOException("cannot create output folder " + output + ": " + reason(e), e);
        }
    }

    private static String reason(FileSystemException e) {
        String why = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        return e.getFile() == null ? why : why + " (" + e.getFile() + ")";
    }

    private static Stream<ReadOutcome> open(RunRequest request) {
        Stream<ReadOutcome> s = ArticleSource.open(request.inputs(), request.options());
        return request.filter() == null ? s : request.filter().filter(s);
    }

    /** Running counts of one run. */
    private static final class Tally {
        RunInfo.Counts counts = RunInfo.Counts.ZERO;
        long fresh;
        long changed;
        long unchanged;
        long reused;
        long unreadable;
        final Set<String> seen = new HashSet<>();
        /** With --ids: the ids of the input's records (read or not) that the ids file lists. */
        final Set<String> listed = new HashSet<>();
        /** What report.html shows, or null without a report. */
        RunStatistics stats;
    }

    /**
     * A chunk of read outcomes on its way through the pipeline: the results known at once (unreadable, reused or
     * refused articles) and the slots still waiting for the articles in {@code toProcess}, in order.
     */
    private static final class Pending {
        final ArticleResult[] results;
        final int[] slots;
        final List<Article> toProcess;
        int filled;

        Pending(ArticleResult[] results, int[] slots, List<Article> toProcess) {
            this.results = results;
            this.slots = slots;
            this.toProcess = toProcess;
        }

        boolean complete() {
            return filled == slots.length;
        }
    }

    /** Puts processed results into their chunks' slots, in order, and writes every chunk that is complete. */
    private static final class ResultSink implements OrderedPipeline.Sink<ArticleResult> {
        private final Deque<Pending> pending;
        private final ResultWriter json;
        private final ResultWriter csv;
        private final Tally tally;
        private final Progress progress;

        ResultSink(Deque<Pending> pending, ResultWriter json, ResultWriter csv, Tally tally, Progress progress) {
            this.pending = pending;
            this.json = json;
            this.csv = csv;
            this.tally = tally;
            this.progress = progress;
        }

        @Override
        public void accept(List<ArticleResult> processed) throws IOException {
            int k = 0;
            for (Pending p : pending) {
                while (!p.complete() && k < processed.size()) {
                    p.results[p.slots[p.filled++]] = processed.get(k++);
                }
                if (k == processed.size()) {
                    break;
                }
            }
            if (k != processed.size()) {
                throw new IllegalStateException((processed.size() - k) + " results have no article waiting for them");
            }
            flush();
        }

        /** Writes the chunks at the head of the queue that are complete. */
        void flush() throws IOException {
            while (!pending.isEmpty() && pending.peek().complete()) {
                for (ArticleResult r : pending.poll().results) {
                    json.write(r);
                    csv.write(r);
                    tally.counts = tally.counts.plus(r);
                    if (tally.stats != null) {
                        tally.stats.add(r);
                    }
                }
                progress.report(tally.counts.total(), -1,
                        tally.counts.error() == 0 ? "" : tally.counts.error() + " failed");
            }
        }
    }

    /** Sorts a chunk into results known at once and articles to process, keeping the index and counts. */
    private static Pending prepareChunk(List<ReadOutcome> chunk, RunRequest request, ArticlePipeline articles,
                                        Previous previous,
                                        ArticleIndex.Writer index, Tally tally) throws IOException {
        ArticleResult[] results = new ArticleResult[chunk.size()];
        List<Article> toProcess = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            ReadOutcome o = chunk.get(i);
            if (request.filter() != null) {
                tally.listed.add(o.id());
            }
            if (o instanceof ReadOutcome.Failed f) {
                tally.unreadable++;
                results[i] = ArticlePipeline.unreadable(f);
                continue;
            }
            Article a = ((ReadOutcome.Ok) o).article();
            String hash = contentHash(a);
            index.add(a.id(), hash);
            tally.seen.add(a.id());
            String before = previous.hashes.get(a.id());
            if (before == null) {
                tally.fresh++;
            } else if (!before.equals(hash)) {
                tally.changed++;
            } else {
                tally.unchanged++;
                if (previous.reusable()) {
                    Optional<ArticleResult> earlier = previous.results.get(a.id());
                    if (earlier.isPresent() && earlier.get().isOk()) {
                        tally.reused++;
                        results[i] = earlier.get().withExtra(a.extra());
                        continue;
                    }
                }
            }
            ArticleResult refused = articles.refusal(a);
            if (refused != null) {
                results[i] = refused;
                continue;
            }
            toProcess.add(a);
            slots.add(i);
        }
        return new Pending(results, slots.stream().mapToInt(Integer::intValue).toArray(), toProcess);
    }

    /** SHA-256 of the model's supervised summarizer file, or "none" when it summarizes without one. */
    private static String summarizerFingerprint(Path modelDir) throws IOException {
        Path file = modelDir.resolve(ModelStore.SUMMARIZER);
        return Files.isRegularFile(file) ? InputDigest.sha256(file) : "none";
    }

    /**
     * SHA-256 over what decides an article's result row: id, title, text, reading notes and, when it has any, its
     * extra fields (so an article whose url or date changed counts as changed). An article without extra fields hashes
     * as before extra fields came through, so the index of an earlier run stays valid for such inputs.
     */
    static String contentHash(Article a) {
        StringBuilder s = new StringBuilder(a.id()).append('\0').append(a.title()).append('\0').append(a.text())
                .append('\0').append(String.join("\n", a.notes()));
        if (!a.extra().isEmpty()) {
            s.append("\0extra");
            // each name and value prefixed with its length: no value can pass for another split
            a.extra().forEach((name, value) -> s.append('\0').append(name.length()).append(':').append(name)
                    .append(value.length()).append(':').append(value));
        }
        return sha256(s.toString());
    }

    private static String sha256(String s) {
        return InputDigest.sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    /** What the previous run into the output folder left for an incremental run. */
    private static final class Previous {
        final PreviousResults results;
        final Map<String, String> hashes;
        final String note;

        private Previous(PreviousResults results, Map<String, String> hashes, String note) {
            this.results = results;
            this.hashes = hashes;
            this.note = note;
        }

        static Previous none(String note) {
            return new Previous(null, Map.of(), note);
        }

        boolean reusable() {
            return results != null;
        }

        static Previous open(Path output, String settingsKey) throws IOException {
            Optional<ArticleIndex> index = ArticleIndex.read(output);
            if (index.isEmpty()) {
                return none("no earlier incremental run in " + output + ": every article is processed");
            }
            Map<String, String> hashes = index.get().hashes();
            PreviousResults results;
            try {
                results = PreviousResults.open(output.resolve(JsonResultWriter.FILE_NAME)).orElse(null);
            } catch (IOException e) {
                return new Previous(null, hashes, e.getMessage() + ": every article is processed");
            }
            String note = null;
            if (results == null) {
                note = "no earlier results.json in " + output + ": every article is processed";
            } else if (!index.get().runId().equals(results.setting("run_id"))) {
                note = "results.json and " + ArticleIndex.FILE_NAME + " come from different runs (a run was "
                        + "stopped while saving): every article is processed";
            } else if (!index.get().settingsKey().equals(settingsKey)) {
                note = "the model, the summary settings or the Newsdesk version changed since the last run: every "
                        + "article is processed";
            }
            if (note != null) {
                if (results != null) {
                    results.close();
                }
                return new Previous(null, hashes, note);
            }
            return new Previous(results, hashes, null);
        }
    }

    private static List<Map<String, Object>> describeInputs(RunRequest request, Path output) throws IOException {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Path in : request.inputs()) {
            // never the run's own output folder, should it lie inside an input folder
            inputs.add(InputDigest.describe(in, output));
        }
        return inputs;
    }

    private static <T> T await(FutureTask<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while hashing the inputs for " + MANIFEST);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The size and hash of a finished output, computed by its writer as it wrote it. */
    private static FileDigest written(ResultWriter writer) {
        return writer.written().orElseThrow(() -> new IllegalStateException(writer + " did not hash its output"));
    }

    private void writeManifest(Path file, RunRequest request, RunInfo run, Path modelDir, RunReport.Changes changes,
                               String reuseNote, String staleLock, List<Map<String, Object>> inputs,
                               Map<String, FileDigest> written, List<String> idsNotFound) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manifest_version", 1);
        m.put("run_id", run.settings().get("run_id"));
        m.put("newsdesk_version", BuildInfo.version());
        m.put("started", run.started().toString());
        m.put("finished", run.finished().toString());
        m.put("duration_seconds", Duration.between(run.started(), run.finished()).toMillis() / 1000.0);
        m.put("status", run.counts().error() == 0 ? "ok" : "some_failed");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("path", request.model().toString());
        model.put("loaded", modelDir.toString());
        model.put("fingerprint", run.modelFingerprint());
        m.put("model", model);
        m.put("settings_key", run.settings().get("settings_key"));
        m.put("settings", run.settings());
        m.put("inputs", inputs);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total", run.counts().total());
        counts.put("ok", run.counts().ok());
        counts.put("error", run.counts().error());
        m.put("counts", counts);
        Map<String, Object> incremental = new LinkedHashMap<>();
        incremental.put("enabled", request.incremental());
        incremental.put("new", changes.newArticles());
        incremental.put("changed", changes.changed());
        incremental.put("unchanged", changes.unchanged());
        incremental.put("reused", changes.reused());
        incremental.put("removed", changes.removed());
        incremental.put("unreadable", changes.unreadable());
        incremental.put("note", reuseNote);
        m.put("incremental", incremental);
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, FileDigest> output : written.entrySet()) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("bytes", output.getValue().bytes());
            facts.put("sha256", output.getValue().sha256());
            outputs.put(output.getKey(), facts);
        }
        m.put("outputs", outputs);
        m.put("stale_lock_taken_over", staleLock);
        if (request.filter() != null) {
            Map<String, Object> notFound = new LinkedHashMap<>();
            notFound.put("count", idsNotFound.size());
            notFound.put("first", idsNotFound.subList(0, Math.min(idsNotFound.size(), RunReport.IDS_SHOWN)));
            m.put("ids_not_found", notFound);
        }
        AtomicFiles.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(m) + "\n");
    }
}
