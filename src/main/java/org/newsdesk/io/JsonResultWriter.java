package org.newsdesk.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Evidence;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;

/**
 * Writes {@code results.json}: pretty-printed UTF-8 JSON of the form
 * <pre>{@code
 * {
 *   "run": {"model", "model_fingerprint", "started", "finished", "counts": {"total", "ok", "error"}, "settings": {...}},
 *   "articles": [
 *     {"id", "title", "topics": [...], "scores": {label: probability, ...}, "summary": "...",
 *      "summary_sentences": [{"index", "text", "score"}, ...], "status": "ok" | "error", "error": null | "...",
 *      "notes": [...], "extra": {name: value, ...}},
 *     ...
 *   ]
 * }
 * }</pre>
 * Times are ISO-8601. An error article has empty topics, scores, summary and summary sentences. {@code extra} (the
 * input's other fields, as strings) is there only when the run passes extra fields through (run setting
 * {@value ExtraColumns#SETTING} not empty); then every article has it, with the fields its record had.
 *
 * <p>The run facts come first in the file but are known only at the end, so articles are streamed to a temporary body
 * file ({@code .<name>.<random>.tmp} beside the target), already formatted as they will appear in the target, and
 * copied as bytes after the run object when {@link #finish(RunInfo)} writes the target atomically; memory does not grow
 * with the number of articles.
 */
public final class JsonResultWriter implements ResultWriter {

    /** The usual file name. */
    public static final String FILE_NAME = "results.json";

    private final Path target;
    private final JsonFactory factory = new JsonFactory();
    private Path body;
    private JsonGenerator bodyGenerator;
    private AtomicFiles.AtomicWriter out;
    private FileDigest digest;
    private State state = State.NEW;
    /** Whether the run passes extra input fields through: then every article has an "extra" object. */
    private boolean withExtra;

    private enum State { NEW, BEGUN, FINISHED, CLOSED }

    /** A writer for the given file (e.g. {@code outDir.resolve(JsonResultWriter.FILE_NAME)}); nothing is written yet. */
    public JsonResultWriter(Path target) {
        this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
    }

    /** The file written by {@link #finish(RunInfo)}. */
    public Path target() {
        return target;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        requireState(State.NEW, "begin");
        withExtra = !ExtraColumns.ofRun(run).isEmpty();
        Path dir = target.getParent();
        body = AtomicFiles.createTempFile(dir, target.getFileName() + ".articles");
        try {
            // an encoder that replaces what UTF-8 cannot hold (a lone surrogate) rather than failing the whole run
            Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(AtomicFiles.namingFailures(
                    Files.newOutputStream(body), target + " (its temporary article file " + body.getFileName() + ")"),
                    StandardCharsets.UTF_8));
            bodyGenerator = factory.createGenerator(writer);
            // The body is the final file's "articles" member, formatted exactly as it will appear there, inside an
            // object of its own: {"articles": [...]}. finish() writes {"run": {...} and then copies the body from its
            // second byte on, so the articles are copied as bytes rather than parsed and printed again.
            bodyGenerator.setPrettyPrinter(prettyPrinter());
            bodyGenerator.writeStartObject();
            bodyGenerator.writeFieldName("articles");
            bodyGenerator.writeStartArray();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(body);
            throw e;
        }
        state = State.BEGUN;
    }

    @Override
    public void write(ArticleResult result) throws IOException {
        requireState(State.BEGUN, "write");
        writeArticle(bodyGenerator, result, withExtra);
    }

    @Override
    public void finish(RunInfo run) throws IOException {
        requireState(State.BEGUN, "finish");
        Objects.requireNonNull(run, "run");
        try {
            assemble(run);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.closeAfterFailure(this, e);
            throw e;
        }
        state = State.FINISHED;
        close();
    }

    /** Writes the target: the run object, then the articles copied from the body file; commits it. */
    private void assemble(RunInfo run) throws IOException {
        bodyGenerator.writeEndArray();
        bodyGenerator.writeEndObject();
        bodyGenerator.close();
        bodyGenerator = null;
        out = AtomicFiles.open(target);
        Writer writer = out.writer();
        try (JsonGenerator generator = factory.createGenerator(writer)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            generator.setPrettyPrinter(prettyPrinter());
            generator.writeStartObject();
            generator.writeFieldName("run");
            writeRun(generator, run);
        }
        // The next member of the object, as the pretty printer separates members: "," then the body's own newline and
        // indentation before "articles" (the body file starts with the "{" of its own object, which is skipped).
        writer.write(',');
        writer.flush();
        try (InputStream in = Files.newInputStream(body)) {
            if (in.read() != '{') {
                throw new IOException("the articles written to " + body + " do not start with '{'");
            }
            OutputStream bytes = out.outputStream();
            in.transferTo(bytes);
            bytes.write('\n');
            bytes.flush();
        }
        out.commit();
        digest = out.digest();
    }

    @Override
    public Optional<FileDigest> written() {
        return Optional.ofNullable(digest);
    }

    @Override
    public void close() throws IOException {
        if (state == State.CLOSED) {
            return;
        }
        boolean finished = state == State.FINISHED;
        state = State.CLOSED;
        try {
            if (bodyGenerator != null) {
                bodyGenerator.close();
                bodyGenerator = null;
            }
        } finally {
            try {
                if (out != null && !finished) {
                    out.close();
                }
            } finally {
                if (body != null) {
                    Files.deleteIfExists(body);
                }
            }
        }
    }

    private void requireState(State expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("cannot " + action + " " + target + ": writer is " + state);
        }
    }

    /**
     * One article as a single line of JSON (no line break at the end): the same members, in the same order and with
     * the same values, as its object in {@code results.json}'s {@code articles}, without the indentation. The line of
     * a JSON Lines output of the results.
     */
    public static String jsonLine(ArticleResult result) {
        return jsonLine(result, false);
    }

    /** As {@link #jsonLine(ArticleResult)}, with the {@code extra} object when {@code withExtra}. */
    public static String jsonLine(ArticleResult result, boolean withExtra) {
        java.io.StringWriter out = new java.io.StringWriter(1024);
        try (JsonGenerator g = LINE_FACTORY.createGenerator(out)) {
            writeArticle(g, result, withExtra);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot render the result of " + result.id() + " as JSON", e);
        }
        return out.toString();
    }

    private static final JsonFactory LINE_FACTORY = new JsonFactory();

    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }

    private static void writeRun(JsonGenerator g, RunInfo run) throws IOException {
        g.writeStartObject();
        g.writeStringField("model", run.model());
        g.writeStringField("model_fingerprint", run.modelFingerprint());
        g.writeStringField("started", iso(run.started()));
        g.writeStringField("finished", iso(run.finished()));
        g.writeObjectFieldStart("counts");
        g.writeNumberField("total", run.counts().total());
        g.writeNumberField("ok", run.counts().ok());
        g.writeNumberField("error", run.counts().error());
        g.writeEndObject();
        g.writeFieldName("settings");
        writeValue(g, run.settings());
        g.writeEndObject();
    }

    private static String iso(Instant time) {
        return time == null ? null : time.toString();
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof CharSequence || value instanceof Path) {
            g.writeString(value.toString()); // a Path is Iterable over its names: write it as one string
        } else if (value instanceof Boolean flag) {
            g.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof BigInteger big) {
            g.writeNumber(big);
        } else if (value instanceof BigDecimal decimal) {
            g.writeNumber(decimal);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                g.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(g, entry.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Object[] items) {
            writeValue(g, List.of(items));
        } else {
            g.writeString(value.toString());
        }
    }

    private static void writeArticle(JsonGenerator g, ArticleResult result, boolean withExtra) throws IOException {
        TopicPrediction prediction = result.prediction();
        Summary summary = result.summary();
        g.writeStartObject();
        g.writeStringField("id", result.id());
        g.writeStringField("title", result.title());
        g.writeArrayFieldStart("topics");
        if (prediction != null) {
            for (String topic : prediction.topics()) {
                g.writeString(topic);
            }
        }
        g.writeEndArray();
        g.writeObjectFieldStart("scores");
        if (prediction != null) {
            for (TopicScore score : prediction.scores()) {
                g.writeNumberField(score.label(), score.probability());
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("explanations");
        if (prediction != null) {
            for (var entry : prediction.explanations().entrySet()) {
                g.writeArrayFieldStart(entry.getKey());
                for (Evidence evidence : entry.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("phrase", evidence.phrase());
                    g.writeNumberField("weight", evidence.weight());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
        g.writeStringField("summary", summary == null ? "" : summary.text());
        g.writeArrayFieldStart("summary_sentences");
        if (summary != null) {
            for (SummarySentence sentence : summary.sentences()) {
                g.writeStartObject();
                g.writeNumberField("index", sentence.index());
                g.writeStringField("text", sentence.text());
                g.writeNumberField("score", sentence.score());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("keyphrases");
        if (summary != null) {
            for (String phrase : summary.keyphrases()) {
                g.writeString(phrase);
            }
        }
        g.writeEndArray();
        g.writeStringField("status", result.status());
        g.writeStringField("error", result.error());
        g.writeArrayFieldStart("notes");
        for (String note : result.notes()) {
            g.writeString(note);
        }
        g.writeEndArray();
        if (withExtra) {
            g.writeObjectFieldStart("extra");
            for (Map.Entry<String, String> field : result.extra().entrySet()) {
                g.writeStringField(field.getKey(), field.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
