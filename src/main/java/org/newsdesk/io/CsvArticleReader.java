package org.newsdesk.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;

/**
 * Reads articles from a CSV file with a header row, one record at a time. The encoding is decided for the whole file
 * by a first streaming pass that checks whether it is valid UTF-8.
 */
final class CsvArticleReader implements RecordReader {

    /** RFC 4180 with a header row read from the file; blank lines are skipped by the reader itself. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .get();

    private final Path file;
    private final String name;
    private final InputOptions options;
    private final Pattern labelSplit;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> notes = List.of();
    private int headerSize;
    private int idIndex;
    private int textIndex;
    private int titleIndex;
    private int labelsIndex;
    private int summaryIndex;
    private boolean started;
    private boolean done;
    private Charset charset;
    private List<String> headerNames;
    /** Physical lines skipped before the current parser started (after a malformed record). */
    private long lineOffset;

    CsvArticleReader(Path file, InputOptions options) {
        this.file = file;
        this.name = file.toString();
        this.options = options;
        this.labelSplit = Pattern.compile(Pattern.quote(options.labelSeparator()));
    }

    @Override
    public Located next() {
        if (done) {
            return null;
        }
        if (!started) {
            started = true;
            Located problem = start();
            if (problem != null) {
                close();
                return problem;
            }
        }
        while (true) {
            long lineBefore = parser.getCurrentLineNumber();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    close();
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                long line = lineOffset + lineBefore + 1;
                String cause = e instanceof UncheckedIOException u ? Encodings.describe(u.getCause()) : e.getMessage();
                String resumed = resumeAfter(line);
                return failed(name + " line " + line, line, name + " line " + line + ": malformed CSV record "
                        + "(" + cause + "); " + resumed);
            }
            long line = lineOffset + lineBefore + 1;
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue; // a blank line
            }
            return toOutcome(record, line);
        }
    }

    private Located toOutcome(CSVRecord record, long line) {
        String id = idIndex < record.size() ? record.get(idIndex).strip() : "";
        String locator = name + " line " + line + (id.isEmpty() ? "" : " (id=" + id + ")");
        String errorId = id.isEmpty() ? name + " line " + line : id;
        if (record.size() != headerSize) {
            return failed(errorId, line, locator + ": wrong column count: expected " + headerSize + ", found "
                    + record.size());
        }
        if (id.isEmpty()) {
            return failed(errorId, line, locator + ": blank id");
        }
        String text = record.get(textIndex).strip();
        String title = titleIndex >= 0 ? record.get(titleIndex).strip() : "";
        if (text.isEmpty() && title.isEmpty()) {
            return failed(errorId, line, locator + ": blank text and no title");
        }
        List<String> labels = labelsIndex >= 0 ? splitLabels(record.get(labelsIndex)) : List.of();
        String summary = summaryIndex >= 0 ? record.get(summaryIndex).strip() : "";
        try {
            Article article = new Article(id, title, text, labels, summary.isEmpty() ? null : summary,
                    ArticleNotes.withHeadlineOnly(notes, text));
            return new Located(new ReadOutcome.Ok(article), name + " line " + line);
        } catch (IllegalArgumentException e) {
            return failed(errorId, line, locator + ": " + e.getMessage());
        }
    }

    /**
     * After a malformed record starting at physical line {@code badLine} (e.g. an unclosed quote, which makes the
     * parser read to the end of the file), starts parsing again at the next physical line, so that the records after
     * it are not lost. Returns what happened, for the error message.
     */
    private String resumeAfter(long badLine) {
        closeParser();
        Reader reader = null;
        try {
            reader = Encodings.openReader(file, charset);
            java.io.BufferedReader lines = new java.io.BufferedReader(reader, 65536);
            for (long i = 0; i < badLine; i++) {
                if (lines.readLine() == null) {
                    done = true;
                    lines.close();
                    return "it was the last record";
                }
            }
            @SuppressWarnings("deprecation")
            CSVParser reopened = new CSVParser(lines, FORMAT.builder().setHeader(headerNames.toArray(String[]::new))
                    .setSkipHeaderRecord(false).get());
            parser = reopened;
            records = parser.iterator();
            lineOffset = badLine;
            return "skipped it and went on reading at line " + (badLine + 1);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            closeQuietly(reader);
            done = true;
            return "could not read on after it";
        }
    }

    private List<String> splitLabels(String value) {
        Set<String> labels = new LinkedHashSet<>();
        for (String part : labelSplit.split(value, -1)) {
            String label = part.strip();
            if (!label.isEmpty()) {
                labels.add(label);
            }
        }
        return List.copyOf(labels);
    }

    /** Opens the file and checks the header; returns the one failure for the file, or null. */
    private Located start() {
        Reader reader = null;
        try {
            Charset charset = Encodings.charsetOf(file);
            String note = Encodings.noteFor(charset);
            notes = note == null ? List.of() : List.of(note);
            this.charset = charset;
            reader = Encodings.openReader(file, charset);
            @SuppressWarnings("deprecation") // CSVParser.builder() is the replacement; this form is simplest
            CSVParser opened = new CSVParser(reader, FORMAT);
            parser = opened;
            records = parser.iterator();
        } catch (IOException e) {
            closeQuietly(reader);
            return fileFailure(Encodings.describe(e));
        } catch (UncheckedIOException e) {
            closeQuietly(reader);
            return fileFailure(Encodings.describe(e.getCause()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            closeQuietly(reader);
            return fileFailure("bad header row: " + e.getMessage());
        }
        Map<String, Integer> header = parser.getHeaderMap();
        List<String> present = parser.getHeaderNames();
        if (header == null || header.isEmpty()) {
            return fileFailure("no header row");
        }
        headerSize = present.size();
        headerNames = List.copyOf(present);
        List<String> missing = new ArrayList<>();
        idIndex = index(header, options.idColumn(), missing);
        textIndex = index(header, options.textColumn(), missing);
        if (!missing.isEmpty()) {
            return fileFailure("missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(c -> "'" + c + "'").toList())
                    + "; columns present: " + String.join(", ", present));
        }
        titleIndex = header.getOrDefault(options.titleColumn(), -1);
        labelsIndex = header.getOrDefault(options.labelsColumn(), -1);
        summaryIndex = header.getOrDefault(options.summaryColumn(), -1);
        return null;
    }

    private static int index(Map<String, Integer> header, String column, List<String> missing) {
        Integer index = header.get(column);
        if (index == null) {
            missing.add(column);
            return -1;
        }
        return index;
    }

    private Located fileFailure(String reason) {
        done = true;
        return new Located(new ReadOutcome.Failed(new ArticleError(name, name, name + ": " + reason)), name);
    }

    private Located failed(String errorId, long line, String message) {
        String where = name + " line " + line;
        return new Located(new ReadOutcome.Failed(new ArticleError(errorId, name, message)), where);
    }

    @Override
    public void close() {
        done = true;
        closeParser();
    }

    private void closeParser() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException | UncheckedIOException e) {
                // closing a reader we only read from; nothing to recover
            }
            parser = null;
        }
    }

    private static void closeQuietly(Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing to recover
            }
        }
    }
}
