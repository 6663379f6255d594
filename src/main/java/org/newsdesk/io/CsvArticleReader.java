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
    /** Positions of the extra columns that pass through, in header order. */
    private int[] extraIndexes = new int[0];
    /** Physical lines skipped before the current parser started (after a malformed record). */
    private long lineOffset;

    CsvArticleReader(Path file, InputOptions options) {
        this(file, file.toString(), options);
    }

    /** A reader of {@code file} that names it {@code name} in locators and messages (e.g. the URI it was copied from). */
    CsvArticleReader(Path file, String name, InputOptions options) {
        this.file = file;
        this.name = name;
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
                return malformed(line, cause);
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
        Map<String, String> extra = Map.of();
        List<String> articleNotes = ArticleNotes.withHeadlineOnly(notes, text);
        if (extraIndexes.length > 0) {
            extra = new java.util.LinkedHashMap<>();
            for (int k = 0; k < extraIndexes.length; k++) {
                extra.put(headerNames.get(extraIndexes[k]), record.get(extraIndexes[k]));
            }
            List<String> dateNotes = options.extraColumns().dateNotes(extra);
            if (!dateNotes.isEmpty()) {
                articleNotes = new ArrayList<>(articleNotes);
                articleNotes.addAll(dateNotes);
            }
        }
        try {
            Article article = new Article(id, title, text, labels, summary.isEmpty() ? null : summary,
                    articleNotes, extra);
            return new Located(new ReadOutcome.Ok(article), name + " line " + line);
        } catch (IllegalArgumentException e) {
            return failed(errorId, line, locator + ": " + e.getMessage());
        }
    }

    /**
     * The failure for a malformed record starting at physical line {@code badLine} (an unclosed or stray quote), named
     * by its id when the id can be read on that line. Reading goes on at the next physical line that starts a record
     * ({@link #looksLikeRecordStart}), so that the records after it are not lost; the lines in between are the bad
     * record's. When its quoted field runs on to the end of the file, the lines after it can only be records if every
     * one of them is a whole record (no quote closed the field, so none has a quote); otherwise, and when no later
     * line starts a record, the last record was cut off inside a quoted field (a file copied while still being
     * written, say): it runs to the end of the file and nothing after it is invented from its text.
     */
    private Located malformed(long badLine, String cause) {
        closeParser();
        String reason;
        boolean toEnd = cause != null && cause.contains("EOF reached before encapsulated token finished");
        if (toEnd) {
            reason = "unclosed quote: no later quote in the file closes it";
        } else if (cause != null && cause.contains("Invalid character between encapsulated token and delimiter")) {
            reason = "a closing quote is followed by other characters (an unclosed or stray quote)";
        } else {
            // commons-csv counts lines from where it started; its position would contradict this record's line
            reason = cause == null ? "unreadable" : cause.replaceAll("\\s*\\(?startline [0-9,]+\\)\\s*", " ")
                    .replaceAll("\\s*at line: [0-9,]+, position: [0-9,]+", "").strip();
        }
        String id = null;
        long resumeAt = -1;
        long lastLine = badLine;
        try (java.io.BufferedReader lines = new java.io.BufferedReader(Encodings.openReader(file, charset), 65536)) {
            String text;
            long number = 0;
            boolean allRecords = true;
            while ((text = lines.readLine()) != null) {
                number++;
                if (number == badLine) {
                    id = leadingId(text);
                } else if (number > badLine && resumeAt < 0 && looksLikeRecordStart(text)) {
                    resumeAt = number;
                    if (!toEnd) {
                        break;
                    }
                } else if (resumeAt > 0 && !text.isEmpty() && !looksLikeRecordStart(text)) {
                    // no quote closed the field, so no later line has a quote: each must be a whole record
                    allRecords = false;
                }
                if (resumeAt < 0) {
                    lastLine = number;
                }
            }
            if (toEnd && !allRecords) {
                resumeAt = -1;
                lastLine = number;
            }
        } catch (IOException | UncheckedIOException e) {
            done = true;
            return failed(badLine, id, reason + "; could not read on after it (" + e.getMessage() + ")");
        }
        if (resumeAt < 0) {
            done = true;
            String span = lastLine > badLine ? " (lines " + badLine + "-" + lastLine + ")" : "";
            return failed(badLine, id, reason + "; it was the last record" + span
                    + (lastLine > badLine ? ": no later line starts a record, so the file may have been cut off "
                    + "or still being written" : ""));
        }
        String skipped = resumeAt > badLine + 1 ? " (lines " + badLine + "-" + (resumeAt - 1) + ")" : "";
        String resumed = resumeFrom(resumeAt);
        return failed(badLine, id, reason + "; skipped it" + skipped + " and " + resumed);
    }

    private Located failed(long line, String id, String reason) {
        String locator = name + " line " + line + (id == null ? "" : " (id=" + id + ")");
        return failed(id == null ? name + " line " + line : id, line, locator + ": malformed CSV record: " + reason);
    }

    /** Starts a new parser at physical line {@code line}; returns what happened, for the error message. */
    private String resumeFrom(long line) {
        Reader reader = null;
        try {
            reader = Encodings.openReader(file, charset);
            java.io.BufferedReader lines = new java.io.BufferedReader(reader, 65536);
            for (long i = 1; i < line; i++) {
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
            lineOffset = line - 1;
            return "went on reading at line " + line;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            closeQuietly(reader);
            done = true;
            return "could not read on after it";
        }
    }

    /** The id field of a record's first physical line, or null when it cannot be read there. */
    private String leadingId(String line) {
        List<String> fields = new ArrayList<>();
        lineFields(line, fields);
        if (idIndex < 0 || fields.size() <= idIndex) {
            return null;
        }
        String id = fields.get(idIndex).strip();
        return id.isEmpty() ? null : id;
    }

    /**
     * Whether a physical line, read on its own after a malformed record, starts a record rather than continuing the
     * bad record's text: its fields up to the id are complete, the id is not blank and has no white space, the field
     * after it does not start with white space (prose has ", " where a CSV row has ","), and the line has the header's
     * number of fields (or fewer, when it ends inside a quoted field that goes on on the next lines).
     */
    private boolean looksLikeRecordStart(String line) {
        List<String> fields = new ArrayList<>();
        Boolean open = lineFields(line, fields);
        if (open == null || idIndex < 0 || fields.size() <= idIndex) {
            return false;
        }
        if (open ? fields.size() >= headerSize : fields.size() != headerSize) {
            return false;
        }
        String id = fields.get(idIndex);
        if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        return idIndex + 1 >= fields.size() || fields.get(idIndex + 1).isEmpty()
                || !Character.isWhitespace(fields.get(idIndex + 1).charAt(0));
    }

    /**
     * Splits one physical line into its complete fields (unquoted, quotes of a quoted field removed, not stripped)
     * and returns whether the line ends inside a quoted field (its part is not added), or null when the line cannot
     * be CSV (a closing quote followed by other characters).
     */
    static Boolean lineFields(String line, List<String> fields) {
        int i = 0;
        int n = line.length();
        while (true) {
            StringBuilder field = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return Boolean.TRUE;
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    return null;
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return Boolean.FALSE;
            }
            i++; // the comma
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
        Set<String> core = ExtraColumns.coreFields(options);
        List<Integer> extras = new ArrayList<>();
        Set<String> seenNames = new java.util.HashSet<>();
        for (int i = 0; i < present.size(); i++) {
            String column = present.get(i);
            if (column != null && !core.contains(column) && options.extraColumns().keeps(column)
                    && seenNames.add(column)) {
                extras.add(i);
            }
        }
        extraIndexes = extras.stream().mapToInt(Integer::intValue).toArray();
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
