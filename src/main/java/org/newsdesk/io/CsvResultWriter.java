package org.newsdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Evidence;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;

/**
 * Writes {@code results.csv}: plain UTF-8 (no byte order mark), RFC 4180 quoting, CRLF line ends, with the header
 * {@value #HEADER_LINE}. Topics are joined by {@code |}, {@code top_score} has 4 decimals, notes are joined by
 * {@code "; "}. {@code explanations} gives, for each assigned topic, its strongest words or phrases, as
 * {@code "politics: minister, election | sport: match"}; {@code keyphrases} are joined by {@code "; "}. Error rows
 * have empty topics, top_topic, top_score, summary, explanations and keyphrases. Rows go straight to the atomic
 * temporary file, which {@link #finish(RunInfo)} puts in place. The run facts are not part of this file.
 */
public final class CsvResultWriter implements ResultWriter {

    /** The usual file name. */
    public static final String FILE_NAME = "results.csv";

    /** The header row, as written. */
    public static final String HEADER_LINE = "id,title,topics,top_topic,top_score,summary,status,error,notes,explanations,keyphrases";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER_LINE.split(","))
            .setRecordSeparator("\r\n")
            .get();

    private final Path target;
    private AtomicFiles.AtomicWriter out;
    private CSVPrinter printer;
    private boolean begun;
    private boolean finished;
    private boolean closed;

    /** A writer for the given file (e.g. {@code outDir.resolve(CsvResultWriter.FILE_NAME)}); nothing is written yet. */
    public CsvResultWriter(Path target) {
        this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
    }

    /** The file written by {@link #finish(RunInfo)}. */
    public Path target() {
        return target;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        if (begun || closed) {
            throw new IllegalStateException("cannot begin " + target + ": already begun or closed");
        }
        begun = true;
        out = AtomicFiles.open(target);
        printer = new CSVPrinter(out.writer(), FORMAT);
    }

    @Override
    public void write(ArticleResult result) throws IOException {
        requireWriting("write");
        TopicPrediction prediction = result.prediction();
        String topics = "";
        String topTopic = "";
        String topScore = "";
        String summary = "";
        String explanations = "";
        String keyphrases = "";
        if (result.isOk()) {
            topics = String.join("|", prediction.topics());
            if (prediction.scores().isEmpty()) {
                topTopic = prediction.topics().get(0);
            } else {
                TopicScore top = prediction.top();
                topTopic = top.label();
                topScore = String.format(Locale.ROOT, "%.4f", top.probability());
            }
            summary = result.summary().text();
            explanations = explanations(prediction);
            keyphrases = String.join("; ", result.summary().keyphrases());
        }
        printer.printRecord(result.id(), result.title(), topics, topTopic, topScore, summary, result.status(),
                result.error() == null ? "" : result.error(), String.join("; ", result.notes()), explanations,
                keyphrases);
    }

    /** {@code "label: phrase, phrase | label: phrase"} over the assigned topics that have an explanation. */
    static String explanations(TopicPrediction prediction) {
        List<String> parts = new ArrayList<>();
        for (String topic : prediction.topics()) {
            List<Evidence> evidence = prediction.explanation(topic);
            if (!evidence.isEmpty()) {
                parts.add(topic + ": " + evidence.stream().map(Evidence::phrase).collect(Collectors.joining(", ")));
            }
        }
        return String.join(" | ", parts);
    }

    @Override
    public void finish(RunInfo run) throws IOException {
        requireWriting("finish");
        try {
            printer.flush();
            out.commit();
        } catch (IOException | RuntimeException e) {
            AtomicFiles.closeAfterFailure(this, e);
            throw e;
        }
        finished = true;
        close();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (out != null && !finished) {
            out.close();
        }
    }

    private void requireWriting(String action) {
        if (!begun || finished || closed) {
            throw new IllegalStateException("cannot " + action + " " + target + ": writer is "
                    + (!begun ? "not begun" : finished ? "finished" : "closed"));
        }
    }
}
