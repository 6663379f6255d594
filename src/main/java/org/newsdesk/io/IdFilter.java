package org.newsdesk.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsdesk.core.ReadOutcome;

/**
 * A set of article ids that selects which read outcomes to keep, e.g. the test split of a data set.
 *
 * <p>An outcome is kept when its {@link ReadOutcome#id()} is in the set. A {@link ReadOutcome.Failed} whose id is
 * not known (its id is then a locator such as {@code data.csv line 7}) is therefore dropped.
 */
public final class IdFilter implements Predicate<ReadOutcome> {

    private final Set<String> ids;

    private IdFilter(Set<String> ids) {
        this.ids = Collections.unmodifiableSet(ids);
    }

    /** A filter keeping the given ids (each stripped of surrounding whitespace; blank ones ignored). */
    public static IdFilter of(Collection<String> ids) {
        Set<String> set = new LinkedHashSet<>();
        for (String id : ids) {
            if (id != null && !id.isBlank()) {
                set.add(id.strip());
            }
        }
        return new IdFilter(set);
    }

    /**
     * Loads ids from a file. A {@code .csv} file is read as CSV with a header row and an {@code id} column; any other
     * file has one id per line, surrounding whitespace stripped, blank lines and lines starting with '#' ignored.
     * UTF-8 (a byte order mark skipped), or windows-1252 if the file is not valid UTF-8.
     *
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if a CSV file has no {@code id} column or is malformed
     */
    public static IdFilter fromFile(Path file) throws IOException {
        Path name = file.getFileName();
        if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return fromCsv(file, "id", null, null);
        }
        Set<String> ids = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(Encodings.openReader(file, Encodings.charsetOf(file)))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
        }
        return new IdFilter(ids);
    }

    /**
     * Loads the ids of a CSV file's rows whose {@code column} equals {@code value} (both stripped), e.g.
     * {@code fromSplitCsv(splits, "split", "test")}. The file needs a header row with {@code id} and {@code column}.
     *
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if a column is missing (the message lists the columns present) or the file is
     *                                  malformed
     */
    public static IdFilter fromSplitCsv(Path csv, String column, String value) throws IOException {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        return fromCsv(csv, "id", column, value.strip());
    }

    private static IdFilter fromCsv(Path csv, String idColumn, String column, String value) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        try (Reader reader = Encodings.openReader(csv, Encodings.charsetOf(csv));
             @SuppressWarnings("deprecation") CSVParser parser = new CSVParser(reader, CsvArticleReader.FORMAT)) {
            var header = parser.getHeaderMap();
            for (String required : column == null ? new String[] {idColumn} : new String[] {idColumn, column}) {
                if (header == null || !header.containsKey(required)) {
                    throw new IllegalArgumentException(csv + ": missing column '" + required + "'; columns present: "
                            + String.join(", ", parser.getHeaderNames()));
                }
            }
            int idIndex = header.get(idColumn);
            int columnIndex = column == null ? -1 : header.get(column);
            for (CSVRecord record : parser) {
                if (idIndex >= record.size()) {
                    continue;
                }
                if (columnIndex >= 0 && (columnIndex >= record.size()
                        || !record.get(columnIndex).strip().equals(value))) {
                    continue;
                }
                String id = record.get(idIndex).strip();
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(csv + ": malformed CSV: " + Encodings.describe(e.getCause()), e);
        }
        return new IdFilter(ids);
    }

    /** Whether the id is in the set. */
    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** Whether the outcome's id is in the set. */
    @Override
    public boolean test(ReadOutcome outcome) {
        return ids.contains(outcome.id());
    }

    /** The outcomes whose ids are in the set, lazily. */
    public Stream<ReadOutcome> filter(Stream<ReadOutcome> outcomes) {
        return outcomes.filter(this);
    }

    /** The ids, in the order first read; unmodifiable. */
    public Set<String> ids() {
        return ids;
    }

    /** How many ids the filter holds. */
    public int size() {
        return ids.size();
    }

    @Override
    public String toString() {
        return "IdFilter[" + ids.size() + " ids]";
    }
}
