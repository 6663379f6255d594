package org.newsdesk.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.TopicScore;

/**
 * Writes {@code results.xlsx} ({@code run --xlsx}) with Apache POI's streaming workbook: only a window of
 * {@value #ROW_WINDOW} rows is in memory, the rest goes to POI's temporary files, so memory stays flat whatever the
 * number of articles.
 *
 * <p>Sheet {@code results}: a bold header row that stays in view (frozen) and carries an auto-filter, then one row per
 * article with the columns of {@code results.csv} up to {@code keyphrases}, one numeric column {@code score:<label>}
 * per label of the model (the label's probability; empty for an error row or a run without topics), the extra input
 * fields of the run (a date field named by {@code --date-column} is a real date cell when it reads as an ISO date) and
 * {@code run_id}. {@code top_score} and the score columns are numbers, never text; every other cell is a plain
 * string, never a formula, so a title starting with {@code =} stays text. Summaries, explanations and notes wrap.
 *
 * <p>Excel's limits are kept, so the file always opens: a cell longer than {@value #MAX_CELL_CHARS} characters is cut
 * to that length and the row's {@code notes} cell says which column was cut (results.json has the whole text); after
 * {@value #MAX_DATA_ROWS} article rows a sheet is full and the rows go on in {@code results (2)}, {@code results (3)},
 * ..., each with the same header. Sheet {@code run} lists the run's facts, counts and settings, one per row.
 */
public final class XlsxResultWriter implements ResultWriter {

    /** The usual file name. */
    public static final String FILE_NAME = "results.xlsx";
    /** Longest text a cell holds (Excel's limit). */
    public static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Article rows a results sheet holds: Excel's 1,048,576 rows less the header row. */
    public static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    /** Rows the streaming workbook keeps in memory. */
    static final int ROW_WINDOW = 100;

    private static final List<String> TEXT_COLUMNS = List.of("id", "title", "topics", "top_topic", "top_score",
            "summary", "status", "error", "notes", "explanations", "keyphrases");
    private static final int NOTES = TEXT_COLUMNS.indexOf("notes");

    private final Path target;
    private final int rowsPerSheet;
    private SXSSFWorkbook workbook;
    private final List<SXSSFSheet> sheets = new ArrayList<>();
    private List<String> header;
    private List<String> labels = List.of();
    private List<String> extraColumns = List.of();
    private String dateColumn;
    private String runId = "";
    private int rowInSheet;
    private CellStyle headerStyle;
    private CellStyle wrapStyle;
    private CellStyle scoreStyle;
    private CellStyle dateStyle;
    private CellStyle dateTimeStyle;
    private FileDigest digest;
    private boolean begun;
    private boolean finished;
    private boolean closed;

    /** A writer for the given file; nothing is written yet. */
    public XlsxResultWriter(Path target) {
        this(target, MAX_DATA_ROWS);
    }

    /** A writer that starts a new results sheet after {@code rowsPerSheet} article rows (tests use a small number). */
    XlsxResultWriter(Path target, int rowsPerSheet) {
        this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
        if (rowsPerSheet < 1 || rowsPerSheet > MAX_DATA_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be in [1, " + MAX_DATA_ROWS + "]: " + rowsPerSheet);
        }
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        if (begun || closed) {
            throw new IllegalStateException("cannot begin " + target + ": already begun or closed");
        }
        begun = true;
        Object id = run.settings().get("run_id");
        runId = id == null ? "" : id.toString();
        Object labelSetting = run.settings().get("labels");
        if (labelSetting instanceof List<?> list && !Boolean.FALSE.equals(run.settings().get("topics"))) {
            labels = list.stream().map(String::valueOf).toList();
        }
        extraColumns = ExtraColumns.ofRun(run);
        Object date = run.settings().get("date_column");
        dateColumn = date == null ? null : date.toString();
        header = new ArrayList<>(TEXT_COLUMNS);
        labels.forEach(label -> header.add("score:" + label));
        header.addAll(ExtraColumns.headerNames(extraColumns, header));
        header.add("run_id");

        workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        wrapStyle = workbook.createCellStyle();
        wrapStyle.setWrapText(true);
        wrapStyle.setVerticalAlignment(VerticalAlignment.TOP);
        scoreStyle = workbook.createCellStyle();
        scoreStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        newResultsSheet();
    }

    private void newResultsSheet() {
        String name = sheets.isEmpty() ? "results" : "results (" + (sheets.size() + 1) + ")";
        SXSSFSheet sheet = workbook.createSheet(name);
        sheets.add(sheet);
        Row row = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(cut(header.get(c)));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(c, width(header.get(c)) * 256);
        }
        sheet.createFreezePane(0, 1);
        rowInSheet = 0;
    }

    /** A column's width in characters: wide for prose, narrow for numbers and codes. */
    private static int width(String column) {
        return switch (column) {
            case "summary" -> 80;
            case "title", "explanations" -> 50;
            case "notes", "error", "keyphrases" -> 40;
            case "id", "run_id" -> 28;
            case "topics" -> 30;
            case "top_topic" -> 20;
            case "status" -> 8;
            case "top_score" -> 10;
            default -> column.startsWith("score:") ? Math.max(10, Math.min(column.length() + 2, 24)) : 20;
        };
    }

    @Override
    public void write(ArticleResult result) throws IOException {
        requireWriting("write");
        if (rowInSheet == rowsPerSheet) {
            newResultsSheet();
        }
        SXSSFSheet sheet = sheets.get(sheets.size() - 1);
        Row row = sheet.createRow(++rowInSheet);
        List<String> cutNotes = new ArrayList<>();
        ResultCells cells = ResultCells.of(result);
        Double topScore = cells.topScore();
        String[] texts = {result.id(), result.title(), cells.topics(), cells.topTopic(), null, cells.summary(),
            result.status(), result.error() == null ? "" : result.error(), null, cells.explanations(),
            cells.keyphrases()};
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                text(row, c, texts[c], cutNotes);
            }
        }
        if (topScore != null) {
            number(row, TEXT_COLUMNS.indexOf("top_score"), topScore);
        }
        int c = TEXT_COLUMNS.size();
        if (result.isOk() && !result.prediction().scores().isEmpty()) {
            for (TopicScore score : result.prediction().scores()) {
                int at = labels.indexOf(score.label());
                if (at >= 0) {
                    number(row, c + at, score.probability());
                }
            }
        }
        c += labels.size();
        for (String column : extraColumns) {
            String value = result.extra().get(column);
            if (value != null && !value.isEmpty()) {
                Optional<Temporal> date = column.equals(dateColumn) ? ExtraColumns.parseDate(value) : Optional.empty();
                if (date.isPresent()) {
                    Cell cell = row.createCell(c);
                    if (date.get() instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue((LocalDateTime) date.get());
                        cell.setCellStyle(dateTimeStyle);
                    }
                } else {
                    text(row, c, value, cutNotes, header.get(c));
                }
            }
            c++;
        }
        text(row, c, runId, cutNotes);
        List<String> notes = new ArrayList<>(result.notes());
        notes.addAll(cutNotes);
        text(row, NOTES, String.join("; ", notes), new ArrayList<>());
    }

    private void text(Row row, int column, String value, List<String> cutNotes) {
        text(row, column, value, cutNotes, header.get(column));
    }

    /** A plain string cell (never a formula), cut to Excel's cell limit with a note. */
    private void text(Row row, int column, String value, List<String> cutNotes, String name) {
        if (value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value.length() > MAX_CELL_CHARS) {
            cutNotes.add(String.format(Locale.ROOT, "%s cut from %,d to %,d characters (Excel's cell limit; "
                    + "results.json has it whole)", name, value.length(), MAX_CELL_CHARS));
        }
        cell.setCellValue(cut(value));
        String h = header.get(column);
        if (h.equals("summary") || h.equals("explanations") || h.equals("notes") || h.equals("title")
                || h.equals("error")) {
            cell.setCellStyle(wrapStyle);
        }
    }

    private static String cut(String value) {
        if (value.length() <= MAX_CELL_CHARS) {
            return value;
        }
        int end = MAX_CELL_CHARS;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return value.substring(0, end);
    }

    private void number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(scoreStyle);
    }

    @Override
    public void finish(RunInfo run) throws IOException {
        requireWriting("finish");
        try {
            for (SXSSFSheet sheet : sheets) {
                int last = sheet.getLastRowNum();
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(last, 0), 0, header.size() - 1));
            }
            writeRunSheet(run);
            AtomicFiles.AtomicWriter out = AtomicFiles.open(target);
            try {
                try (OutputStream stream = out.outputStream()) {
                    workbook.write(stream);
                }
                out.commit();
            } finally {
                out.close();
            }
            digest = out.digest();
        } catch (IOException | RuntimeException e) {
            AtomicFiles.closeAfterFailure(this, e);
            throw e;
        }
        finished = true;
        close();
    }

    /** Sheet {@code run}: one fact a row, name and value; numbers and booleans as such, lists joined by ", ". */
    private void writeRunSheet(RunInfo run) {
        SXSSFSheet sheet = workbook.createSheet("run");
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        int r = 0;
        Row head = sheet.createRow(r++);
        head.createCell(0).setCellValue("setting");
        head.createCell(1).setCellValue("value");
        head.getCell(0).setCellStyle(headerStyle);
        head.getCell(1).setCellStyle(headerStyle);
        sheet.createFreezePane(0, 1);
        List<Map.Entry<String, Object>> facts = new ArrayList<>();
        facts.add(Map.entry("model", String.valueOf(run.model())));
        facts.add(Map.entry("model_fingerprint", String.valueOf(run.modelFingerprint())));
        facts.add(Map.entry("started", run.started().toString()));
        facts.add(Map.entry("finished", run.finished() == null ? "" : run.finished().toString()));
        facts.add(Map.entry("articles", run.counts().total()));
        facts.add(Map.entry("ok", run.counts().ok()));
        facts.add(Map.entry("failed", run.counts().error()));
        run.settings().forEach((name, value) -> facts.add(new java.util.AbstractMap.SimpleEntry<>(name, value)));
        for (Map.Entry<String, Object> fact : facts) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(fact.getKey());
            Object value = fact.getValue();
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(1);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (value instanceof List<?> list) {
                cell.setCellValue(cut(String.join(", ", list.stream().map(String::valueOf).toList())));
                cell.setCellStyle(wrapStyle);
            } else {
                cell.setCellValue(cut(value.toString()));
            }
        }
        workbook.setSheetOrder("run", sheets.size());
    }

    @Override
    public Optional<FileDigest> written() {
        return finished ? Optional.of(digest) : Optional.empty();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (workbook != null) {
            try {
                workbook.close();
            } finally {
                workbook.dispose(); // deletes POI's temporary sheet files
            }
        }
    }

    private void requireWriting(String action) {
        if (!begun || finished || closed) {
            throw new IllegalStateException("cannot " + action + " " + target + ": writer is "
                    + (!begun ? "not begun" : finished ? "finished" : "closed"));
        }
    }
}
