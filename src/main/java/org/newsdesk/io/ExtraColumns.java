package org.newsdesk.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;

/**
 * Which of an input's other fields (url, date, section, author, ...: every CSV column or JSON Lines field besides id,
 * title, text, labels and summary) pass through to the results, and which of them holds the article's date.
 *
 * @param mode       all extra fields, none, or only those of {@code keep}
 * @param keep       with {@link Mode#ONLY}: the fields kept, in this order; empty otherwise
 * @param dateColumn the field holding the article's date (always kept), or null
 */
public record ExtraColumns(Mode mode, List<String> keep, String dateColumn) implements java.io.Serializable {

    /** Which extra fields are kept. */
    public enum Mode {
        /** Every extra field (the default). */
        ALL,
        /** None ({@code --drop-extra-columns}). */
        NONE,
        /** Only the listed ones ({@code --keep-columns a,b}). */
        ONLY
    }

    /** @throws IllegalArgumentException if a kept name is blank or kept names come without {@link Mode#ONLY} */
    public ExtraColumns {
        Objects.requireNonNull(mode, "mode");
        keep = List.copyOf(new LinkedHashSet<>(keep == null ? List.of() : keep));
        for (String name : keep) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("a kept column name is blank");
            }
        }
        if (mode == Mode.ONLY && keep.isEmpty()) {
            throw new IllegalArgumentException("--keep-columns needs at least one column name");
        }
        if (mode != Mode.ONLY && !keep.isEmpty()) {
            throw new IllegalArgumentException("kept columns are only given with mode ONLY");
        }
        if (dateColumn != null && dateColumn.isBlank()) {
            throw new IllegalArgumentException("--date-column is blank");
        }
    }

    /** Every extra field, no date field. */
    public static ExtraColumns all() {
        return new ExtraColumns(Mode.ALL, List.of(), null);
    }

    /** No extra field. */
    public static ExtraColumns none() {
        return new ExtraColumns(Mode.NONE, List.of(), null);
    }

    /** Only the named fields, in this order. */
    public static ExtraColumns only(List<String> names) {
        return new ExtraColumns(Mode.ONLY, names, null);
    }

    /** These rules with {@code name} as the date field (null for none). */
    public ExtraColumns withDateColumn(String name) {
        return new ExtraColumns(mode, keep, name);
    }

    /** Whether the extra field {@code name} passes through. */
    public boolean keeps(String name) {
        if (name.equals(dateColumn)) {
            return true;
        }
        return switch (mode) {
            case ALL -> !name.isBlank();
            case NONE -> false;
            case ONLY -> keep.contains(name);
        };
    }

    /**
     * The extra column names of the results for these inputs, in first-seen order: with {@link Mode#ONLY} the kept
     * names (and the date field); otherwise the union of the inputs' extra fields that pass through (CSV: the header
     * row; JSON Lines: each field that is not null in at least one line, read once more for this: a field null in
     * every line would be an empty column). Folder inputs have none. An input that cannot be read adds none: reading
     * it proper reports the problem.
     */
    public List<String> names(List<Path> inputs, InputOptions options) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> core = coreFields(options);
        if (mode == Mode.ONLY) {
            // a kept name that is one of the article's own fields (id, title, ...) is no extra field
            keep.stream().filter(n -> !core.contains(n) && !JSON_CORE.contains(n)).forEach(names::add);
        }
        if (mode == Mode.ALL) {
            for (Path input : inputs) {
                if (!Files.exists(input)) {
                    continue;
                }
                InputFormat format = options.format() != null ? options.format() : detect(input);
                if (format == InputFormat.CSV) {
                    csvHeader(input).stream().filter(n -> !core.contains(n) && keeps(n)).forEach(names::add);
                } else if (format == InputFormat.JSONL) {
                    jsonFields(input).stream().filter(n -> !JSON_CORE.contains(n) && keeps(n)).forEach(names::add);
                }
            }
        }
        if (dateColumn != null) {
            names.add(dateColumn);
        }
        return List.copyOf(names);
    }

    /** The run setting ({@link RunInfo#settings()}) listing the extra columns of the results, in order. */
    public static final String SETTING = "extra_columns";

    /** The extra columns a run's results carry: its {@value #SETTING} setting; empty when it has none. */
    public static List<String> ofRun(RunInfo run) {
        Object value = run.settings().get(SETTING);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /**
     * The header names of the extra columns in a table whose own columns are {@code taken}: each extra name as it is,
     * or prefixed with {@code input_} (again, until free) when the table already has a column of that name.
     */
    public static List<String> headerNames(List<String> extras, List<String> taken) {
        Set<String> used = new LinkedHashSet<>(taken);
        List<String> names = new ArrayList<>();
        for (String extra : extras) {
            String name = extra;
            while (used.contains(name)) {
                name = "input_" + name;
            }
            used.add(name);
            names.add(name);
        }
        return names;
    }

    /** The JSON Lines fields that are not extra. */
    static final Set<String> JSON_CORE = Set.of("id", "title", "text", "labels", "summary");

    /** The CSV columns that are not extra, by the given options. */
    static Set<String> coreFields(InputOptions options) {
        return Set.of(options.idColumn(), options.titleColumn(), options.textColumn(), options.labelsColumn(),
                options.summaryColumn()).stream().collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The notes for an article's date field: one when {@code value} is not blank and cannot be read as an ISO date
     * or date-time ({@link #parseDate(String)}); none otherwise.
     */
    public List<String> dateNotes(Map<String, String> extra) {
        if (dateColumn == null) {
            return List.of();
        }
        String value = extra.get(dateColumn);
        if (value == null || value.isBlank() || parseDate(value).isPresent()) {
            return List.of();
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return List.of("date column '" + dateColumn + "': '" + shown + "' is not an ISO date or date-time "
                + "(e.g. 2026-12-05 or 2026-12-05T14:30:00Z); kept as text");
    }

    /**
     * Reads a date leniently: an ISO date ({@code 2026-12-05}), a local date-time with {@code T} or a space
     * ({@code 2026-12-05T14:30}, {@code 2026-12-05 14:30:00}), or one with an offset or zone
     * ({@code 2026-12-05T14:30:00Z}, {@code ...+01:00}, {@code ...+01:00[Europe/Paris]}). A date-time with an offset
     * keeps its local time as written. Surrounding white space is ignored.
     *
     * @return a {@link LocalDate} or {@link LocalDateTime}; empty when the value is none of these
     */
    public static Optional<Temporal> parseDate(String value) {
        String v = value.strip();
        if (v.length() < 10) {
            return Optional.empty();
        }
        if (v.length() > 10 && v.charAt(10) == ' ') {
            v = v.substring(0, 10) + 'T' + v.substring(11);
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(v));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDateTime());
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(v).toLocalDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The extra fields of a record that pass through, in record order, plus the date field's notes. */
    Map<String, String> select(Map<String, String> fields) {
        if (mode == Mode.NONE && dateColumn == null) {
            return Map.of();
        }
        Map<String, String> kept = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (keeps(name)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private static InputFormat detect(Path input) {
        try {
            return InputFormat.detect(input);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> csvHeader(Path file) {
        try {
            Charset charset = Encodings.charsetOf(file);
            try (Reader reader = Encodings.openReader(file, charset);
                 @SuppressWarnings("deprecation") CSVParser parser = new CSVParser(reader,
                         CsvArticleReader.FORMAT)) {
                return parser.getHeaderNames() == null ? List.of() : List.copyOf(parser.getHeaderNames());
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return List.of();
        }
    }

    private static List<String> jsonFields(Path file) {
        Set<String> names = new LinkedHashSet<>();
        JsonFactory factory = new JsonFactory();
        try (BufferedReader lines = new BufferedReader(Encodings.openReader(file, Encodings.charsetOf(file)), 65536)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonParser parser = factory.createParser(line)) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        continue;
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        // null is left out of an article's extra fields, so it adds no column
                        if (parser.nextToken() != JsonToken.VALUE_NULL) {
                            names.add(name);
                        }
                        parser.skipChildren();
                    }
                } catch (IOException e) {
                    // a malformed line: reading it proper reports it
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return new ArrayList<>(names);
        }
        return new ArrayList<>(names);
    }
}
