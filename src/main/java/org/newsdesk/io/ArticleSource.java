package org.newsdesk.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;

/**
 * Reads articles from one or more inputs as a lazy stream of {@link ReadOutcome}s.
 *
 * <p>Inputs are read one after the other in the given order, and each input one record at a time: a CSV or JSON Lines
 * file is never loaded whole (it is read twice: a first streaming pass decides whether it is UTF-8 or windows-1252),
 * and a folder is listed by path only, each file read when its turn comes. Only the ids already seen are kept, to turn
 * a repeated id into a {@link ReadOutcome.Failed} ("duplicate id, first seen in ...") for the later record.
 *
 * <p>Nothing in a bad input stops the stream: an unreadable file, a malformed record or a missing CSV column becomes a
 * {@code Failed} outcome naming the file (and line), and reading goes on with the next record or input.
 *
 * <p>Formats:
 * <ul>
 *   <li>{@link InputFormat#FOLDER}: every {@code *.txt} file under the folder, recursively, sorted by relative path
 *       (names starting with '.' are skipped). The id is the relative path with '/' separators and without
 *       {@code .txt}; the first non-blank line is the title, the rest (leading blank lines dropped, trailing
 *       whitespace trimmed) the body. With {@link InputOptions#labelsFromDirs()} the label is the name of the file's
 *       parent folder.</li>
 *   <li>{@link InputFormat#CSV}: RFC 4180 with a header row; columns named by {@link InputOptions}; id and text
 *       required, title, labels and summary optional; labels split on the separator.</li>
 *   <li>{@link InputFormat#JSONL}: one JSON object per line with fields {@code id}, {@code title}, {@code text},
 *       {@code labels} (array of strings, or one string) and {@code summary}; blank lines skipped.</li>
 * </ul>
 * Bytes are decoded as UTF-8 (a byte order mark skipped); input that is not valid UTF-8 is decoded as windows-1252 and
 * its articles carry the note "not valid UTF-8; decoded as windows-1252"; input that starts with a UTF-16 byte order
 * mark is decoded as UTF-16 (with a note); a file whose first 8 KB are mostly not text (see
 * {@link Encodings#binaryReason(byte[], int)}) is refused as binary. HTML markup in a title or text is removed (see
 * {@link Html}) and the article carries the note "HTML markup removed"; control characters are removed from every
 * record with a note (see {@link ControlChars}), the same rule for every format.
 */
public final class ArticleSource {

    private ArticleSource() {
    }

    /**
     * Opens the inputs as a lazy, ordered stream of outcomes. Close the stream (try-with-resources) to release the file
     * being read; a stream read to its end has already released everything.
     *
     * @param paths   folders or files, read in this order
     * @param options how to read them
     * @return the outcomes, one per record (or one per input that could not be read at all)
     * @throws IllegalArgumentException if an input does not exist, its format cannot be detected, or it does not fit
     *                                  the format override (a file given as a folder or the reverse)
     */
    public static Stream<ReadOutcome> open(List<Path> paths, InputOptions options) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(options, "options");
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            Objects.requireNonNull(path, "path");
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("input not found: " + path);
            }
            InputFormat format = options.format() != null ? options.format() : InputFormat.detect(path);
            boolean directory = Files.isDirectory(path);
            if (format == InputFormat.FOLDER && !directory) {
                throw new IllegalArgumentException("input " + path + " is not a folder");
            }
            if (format != InputFormat.FOLDER && directory) {
                throw new IllegalArgumentException("input " + path + " is a folder, not a " + format + " file");
            }
            inputs.add(new Input(path, format));
        }
        Outcomes outcomes = new Outcomes(inputs, options);
        Spliterator<ReadOutcome> spliterator = Spliterators.spliteratorUnknownSize(outcomes,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(outcomes::close);
    }

    /** {@link #open(List, InputOptions)} for one input. */
    public static Stream<ReadOutcome> open(Path path, InputOptions options) {
        return open(List.of(path), options);
    }

    /**
     * Reads every outcome into a list; for training-size data only.
     *
     * @throws IllegalArgumentException as {@link #open(List, InputOptions)}
     */
    public static List<ReadOutcome> readAll(List<Path> paths, InputOptions options) {
        try (Stream<ReadOutcome> outcomes = open(paths, options)) {
            return outcomes.toList();
        }
    }

    /** {@link #readAll(List, InputOptions)} for one input. */
    public static List<ReadOutcome> readAll(Path path, InputOptions options) {
        return readAll(List.of(path), options);
    }

    /**
     * One record of one input file as {@code run} reads it (HTML markup and control characters removed, with notes),
     * before the check for repeated ids, which needs every input: for engines that read the files of an input in
     * separate tasks and find repeated ids themselves ({@link #duplicate}).
     *
     * @param outcome the article, or why the record could not be read
     * @param where   where it came from (a file, or a file and line), for the duplicate-id message
     */
    public record SourceRecord(ReadOutcome outcome, String where) {
    }

    /**
     * Reads every record of one CSV or JSON Lines file, as {@link #open} would, naming the file {@code name} in
     * locators and messages (e.g. the URI a local copy was made from), without the duplicate-id check.
     *
     * @throws IllegalArgumentException if the format is {@link InputFormat#FOLDER}
     */
    public static List<SourceRecord> readFile(Path file, String name, InputFormat format, InputOptions options) {
        RecordReader reader = switch (format) {
            case CSV -> new CsvArticleReader(file, name, options);
            case JSONL -> new JsonLinesReader(file, name, options.extraColumns());
            case FOLDER -> throw new IllegalArgumentException("readFile reads a CSV or JSON Lines file, not a folder");
        };
        List<SourceRecord> out = new ArrayList<>();
        try {
            RecordReader.Located located;
            while ((located = reader.next()) != null) {
                out.add(clean(located));
            }
        } finally {
            reader.close();
        }
        return out;
    }

    /**
     * Reads one {@code .txt} file of a folder input, as {@link #open} would.
     *
     * @param file     the file (a local copy will do)
     * @param where    how messages name it ({@code run} names it by the folder input's path and the relative path)
     * @param segments its path relative to the folder input, one name per segment
     */
    public static SourceRecord readTextFile(Path file, String where, List<String> segments, InputOptions options) {
        String joined = String.join("/", segments);
        String id = joined.substring(0, joined.length() - ".txt".length());
        ReadOutcome outcome = FolderReader.read(file, segments, options.labelsFromDirs(), id, where);
        return clean(new RecordReader.Located(outcome, where));
    }

    /** Whether a folder input reads a file of this name as an article ({@code .txt}, not hidden). */
    public static boolean isFolderArticle(String fileName) {
        return !FolderReader.isHiddenName(fileName) && FolderReader.isArticleName(fileName);
    }

    /**
     * Whether a folder input skips a subfolder: its name starts with '.', or it holds {@value OutputLock#FILE_NAME}
     * (a run's output folder).
     */
    public static boolean skipsFolder(String folderName, boolean holdsOutputLock) {
        return FolderReader.isHiddenName(folderName) || holdsOutputLock;
    }

    /** The order in which a folder input reads its files: by relative path, segment by segment. */
    public static int compareRelativePaths(List<String> a, List<String> b) {
        return FolderReader.compareSegments(a, b);
    }

    /** The outcome {@link #open} gives a record whose id an earlier record (at {@code firstWhere}) already had. */
    public static ReadOutcome.Failed duplicate(String id, String where, String firstWhere) {
        return new ReadOutcome.Failed(new ArticleError(id, where, "duplicate id, first seen in " + firstWhere));
    }

    /** Removes HTML markup and control characters, as every record read gets (with notes). */
    private static SourceRecord clean(RecordReader.Located located) {
        if (located.outcome() instanceof ReadOutcome.Failed failed) {
            ArticleError cleaned = ControlChars.clean(failed.error());
            return new SourceRecord(cleaned == failed.error() ? failed : new ReadOutcome.Failed(cleaned),
                    located.where());
        }
        ReadOutcome.Ok ok = (ReadOutcome.Ok) located.outcome();
        try {
            Article article = ControlChars.clean(Html.clean(ok.article()));
            return new SourceRecord(article == ok.article() ? ok : new ReadOutcome.Ok(article), located.where());
        } catch (IllegalArgumentException e) {
            String id = ControlChars.strip(ok.article().id()).strip();
            String where = ControlChars.strip(located.where());
            return new SourceRecord(new ReadOutcome.Failed(new ArticleError(id.isEmpty() ? where : id, where,
                    e.getMessage())), located.where());
        }
    }

    /**
     * An article built from the columns of a table (e.g. a Parquet file), cleaned as every record read is (HTML
     * markup and control characters removed, a headline-only record noted), or why it cannot be one.
     *
     * @param where how messages name the record, e.g. {@code part-0.parquet row 7}
     */
    public static SourceRecord fromColumns(String id, String title, String text, List<String> labels, String where) {
        // the rules of a JSON Lines record: id required and not blank, text required, title and text stripped
        if (id == null) {
            return failedRecord(where, where, where, "missing id");
        }
        String cleanId = id.strip();
        if (cleanId.isEmpty()) {
            return failedRecord(where, where, where, "blank id");
        }
        String locator = where + " (id=" + cleanId + ")";
        if (text == null) {
            return failedRecord(cleanId, locator, where, "missing text");
        }
        String body = text.strip();
        String head = title == null ? "" : title.strip();
        if (body.isEmpty() && head.isEmpty()) {
            return failedRecord(cleanId, locator, where, "blank text and no title");
        }
        java.util.Set<String> cleanLabels = new java.util.LinkedHashSet<>();
        if (labels != null) {
            for (String label : labels) {
                if (label != null && !label.isBlank()) {
                    cleanLabels.add(label.strip());
                }
            }
        }
        try {
            Article a = new Article(cleanId, head, body, List.copyOf(cleanLabels), null,
                    ArticleNotes.withHeadlineOnly(List.of(), body));
            return clean(new RecordReader.Located(new ReadOutcome.Ok(a), where));
        } catch (IllegalArgumentException e) {
            return failedRecord(cleanId, locator, where, e.getMessage());
        }
    }

    private static SourceRecord failedRecord(String id, String source, String where, String message) {
        return clean(new RecordReader.Located(new ReadOutcome.Failed(new ArticleError(id, source, message)), where));
    }

    private record Input(Path path, InputFormat format) {
        RecordReader reader(InputOptions options) {
            return switch (format) {
                case FOLDER -> new FolderReader(path, options);
                case CSV -> new CsvArticleReader(path, options);
                case JSONL -> new JsonLinesReader(path, options.extraColumns());
            };
        }
    }

    /** Chains the inputs' readers and turns repeated ids into failures. */
    private static final class Outcomes implements Iterator<ReadOutcome> {
        private final List<Input> inputs;
        private final InputOptions options;
        private final Map<String, String> firstSeen = new HashMap<>();
        private int nextInput;
        private RecordReader current;
        private ReadOutcome pending;

        Outcomes(List<Input> inputs, InputOptions options) {
            this.inputs = inputs;
            this.options = options;
        }

        @Override
        public boolean hasNext() {
            while (pending == null) {
                if (current == null) {
                    if (nextInput >= inputs.size()) {
                        return false;
                    }
                    current = inputs.get(nextInput++).reader(options);
                }
                RecordReader.Located located = current.next();
                if (located == null) {
                    current.close();
                    current = null;
                } else {
                    pending = checkDuplicate(located);
                }
            }
            return true;
        }

        @Override
        public ReadOutcome next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReadOutcome outcome = pending;
            pending = null;
            return outcome;
        }

        private ReadOutcome checkDuplicate(RecordReader.Located located) {
            SourceRecord record = clean(located);
            if (!(record.outcome() instanceof ReadOutcome.Ok ok)) {
                return record.outcome();
            }
            String id = ok.article().id();
            String first = firstSeen.putIfAbsent(id, located.where());
            return first == null ? ok : duplicate(id, located.where(), first);
        }

        void close() {
            if (current != null) {
                current.close();
                current = null;
            }
            nextInput = inputs.size();
            pending = null;
        }
    }
}
