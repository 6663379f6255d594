package org.newsdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Evidence;
import org.newsdesk.core.TopicPrediction;

/**
 * Writes {@code results.csv}: UTF-8 (a byte order mark only when asked for, for Excel), RFC 4180 quoting, CRLF line ends, with the header
 * {@value #HEADER_LINE}. Topics are joined by {@code |}, {@code top_score} has 4 decimals, notes are joined by
 * {@code "; "}. {@code explanations} gives, for each assigned topic, its strongest words or phrases, as
 * {@code "politics: minister, election | sport: match"}; {@code keyphrases} are joined by {@code "; "}. Error rows
 * have empty topics, top_topic, top_score, summary, explanations and keyphrases. The last column, {@code run_id}, is the
 * same on every row: the run that wrote the file, equal to {@code results.json}'s {@code run.settings.run_id} and
 * {@code run-manifest.json}'s {@code run_id}, so a reader can check that the files belong together. Rows go straight to the atomic
 * temporary file, which {@link #finish(RunInfo)} puts in place. A cell that a spreadsheet would take for a formula is
 * {@linkplain #neutralize(String) prefixed with a single quote}; line breaks inside a cell are
 * written as LF (a spreadsheet cell cannot keep a CR). The other run facts are not part of this file. When the run
 * passes extra input fields through (run setting {@value ExtraColumns#SETTING}), their columns come after
 * {@code keyphrases} and before {@code run_id}, in that setting's order (a name the table already has gets the prefix
 * {@code input_}); a record without a field has an empty cell.
 */
public final class CsvResultWriter implements ResultWriter {

    /** The usual file name. */
    public static final String FILE_NAME = "results.csv";

    /** The header row, as written. */
    public static final String HEADER_LINE = "id,title,topics,top_topic,top_score,summary,status,error,notes,explanations,keyphrases,run_id";

    private static final List<String> COLUMNS = List.of(HEADER_LINE.split(","));

    private final Path target;
    private final boolean byteOrderMark;
    private AtomicFiles.AtomicWriter out;
    private CSVPrinter printer;
    private String runId = "";
    private List<String> extraColumns = List.of();
    private boolean begun;
    private boolean finished;
    private boolean closed;

    /** A writer for the given file (e.g. {@code outDir.resolve(CsvResultWriter.FILE_NAME)}); nothing is written yet. */
    public CsvResultWriter(Path target) {
        this(target, false);
    }

    /**
     * A writer for the given file; with {@code byteOrderMark} the file starts with a UTF-8 byte order mark, which
     * makes Excel read it as UTF-8 instead of the Windows code page.
     */
    public CsvResultWriter(Path target, boolean byteOrderMark) {
        this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * A cell value that a spreadsheet will not run as a formula (OWASP "CSV injection"): a value starting with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote, which
     * spreadsheets show as text. CRLF and CR line breaks become LF, the only line break a spreadsheet cell keeps.
     */
    public static String neutralize(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        String safe = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
        return safe.indexOf('\r') < 0 ? safe : safe.replace("\r\n", "\n").replace('\r', '\n');
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
        Object id = run.settings().get("run_id");
        runId = id == null ? "" : id.toString();
        extraColumns = ExtraColumns.ofRun(run);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(header(extraColumns).toArray(String[]::new))
                .setRecordSeparator("\r\n")
                .get();
        out = AtomicFiles.open(target);
        if (byteOrderMark) {
            out.writer().write('\uFEFF');
        }
        printer = new CSVPrinter(out.writer(), format);
    }

    @Override
    public void write(ArticleResult result) throws IOException {
        requireWriting("write");
        printer.printRecord(row(result, runId, extraColumns));
    }

    /**
     * The cells of one article's row of {@code results.csv}, in the order of {@link #HEADER_LINE}, already
     * {@linkplain #neutralize(String) made spreadsheet-safe}: what {@link #write(ArticleResult)} prints.
     *
     * @param runId the run id of the last column
     */
    public static List<String> row(ArticleResult result, String runId) {
        return row(result, runId, List.of());
    }

    /**
     * As {@link #row(ArticleResult, String)}, with the values of the inputs' extra columns (in this order) before
     * the run id, as a run whose inputs have them writes it.
     */
    public static List<String> row(ArticleResult result, String runId, List<String> extraColumns) {
        ResultCells c = ResultCells.of(result);
        String topScore = c.topScore() == null ? "" : String.format(Locale.ROOT, "%.4f", c.topScore());
        List<String> row = new ArrayList<>(COLUMNS.size() + extraColumns.size());
        Collections.addAll(row, neutralize(result.id()), neutralize(result.title()), neutralize(c.topics()),
                neutralize(c.topTopic()), topScore, neutralize(c.summary()), result.status(),
                neutralize(result.error() == null ? "" : result.error()), neutralize(String.join("; ", result.notes())),
                neutralize(c.explanations()), neutralize(c.keyphrases()));
        for (String column : extraColumns) {
            row.add(neutralize(result.extra().getOrDefault(column, "")));
        }
        row.add(neutralize(runId == null ? "" : runId));
        return row;
    }

    /**
     * One article's record exactly as {@code results.csv} holds it: the {@linkplain #row cells} quoted as RFC 4180
     * asks, ending in CRLF.
     */
    public static String record(ArticleResult result, String runId) {
        StringBuilder out = new StringBuilder(512);
        try (CSVPrinter p = new CSVPrinter(out, RECORD_FORMAT)) {
            p.printRecord(row(result, runId));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot render the result of " + result.id() + " as CSV", e);
        }
        return out.toString();
    }

    /** The header row as {@code results.csv} holds it, ending in CRLF. */
    public static String headerRecord() {
        return HEADER_LINE + "\r\n";
    }

    /**
     * As {@link #record(ArticleResult, String)}, with the values of the inputs' extra columns (in this order) before
     * the run id, as a run whose results carry them ({@value ExtraColumns#SETTING}) writes the record.
     */
    public static String record(ArticleResult result, String runId, List<String> extraColumns) {
        return print(row(result, runId, extraColumns), result.id());
    }

    /**
     * The header row of a {@code results.csv} whose results carry these extra columns, as written, ending in CRLF
     * ({@link #headerRecord()} when there are none).
     */
    public static String headerRecord(List<String> extraColumns) {
        return extraColumns.isEmpty() ? headerRecord() : print(header(extraColumns), "the header");
    }

    /** The header cells: the own columns, the extra ones (renamed where taken) before {@code run_id}. */
    private static List<String> header(List<String> extraColumns) {
        List<String> header = new ArrayList<>(COLUMNS.subList(0, COLUMNS.size() - 1));
        header.addAll(ExtraColumns.headerNames(extraColumns, COLUMNS));
        header.add(COLUMNS.get(COLUMNS.size() - 1));
        return header.stream().map(CsvResultWriter::neutralize).toList();
    }

    private static String print(List<String> cells, String what) {
        StringBuilder out = new StringBuilder(512);
        try (CSVPrinter p = new CSVPrinter(out, RECORD_FORMAT)) {
            p.printRecord(cells);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot render " + what + " as CSV", e);
        }
        return out.toString();
    }

    /** {@link #FORMAT} without the header (a record on its own). */
    private static final CSVFormat RECORD_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

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
    public java.util.Optional<FileDigest> written() {
        return finished ? java.util.Optional.of(out.digest()) : java.util.Optional.empty();
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
