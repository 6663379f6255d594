package org.newsdesk.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;

/**
 * Reads articles from a JSON Lines file, one line at a time. The encoding is decided for the whole file by a first
 * streaming pass that checks whether it is valid UTF-8.
 */
final class JsonLinesReader implements RecordReader {

    /** Longest JSON string accepted (Jackson's default, 20 million characters, would refuse a 20 MB article). */
    static final int MAX_STRING_CHARS = 256 * 1024 * 1024;

    private final Path file;
    private final String name;
    private final ObjectReader json;
    private final ExtraColumns extraColumns;
    private BufferedReader reader;
    private List<String> notes = List.of();
    private long lineNumber;
    private boolean started;
    private boolean done;
    private boolean sawRecord;

    JsonLinesReader(Path file) {
        this(file, file.toString(), ExtraColumns.all());
    }

    JsonLinesReader(Path file, ExtraColumns extraColumns) {
        this(file, file.toString(), extraColumns);
    }

    /** A reader of {@code file} that names it {@code name} in locators and messages (e.g. the URI it was copied from). */
    JsonLinesReader(Path file, String name, ExtraColumns extraColumns) {
        this.file = file;
        this.extraColumns = extraColumns;
        this.name = name;
        // the line is already in memory; let an over-long article through to the job's clearer size limit
        com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxStringLength(MAX_STRING_CHARS).build())
                // a raw control byte inside a string is read like its \u0000 escape: removed with a note (ControlChars)
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .build();
        this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).reader();
    }

    @Override
    public Located next() {
        if (done) {
            return null;
        }
        if (!started) {
            started = true;
            try {
                Charset charset = Encodings.charsetOf(file);
                String note = Encodings.noteFor(charset);
                notes = note == null ? List.of() : List.of(note);
                reader = new BufferedReader(Encodings.openReader(file, charset), 65536);
            } catch (IOException e) {
                close();
                return new Located(new ReadOutcome.Failed(
                        new ArticleError(name, name, name + ": " + Encodings.describe(e))), name);
            }
        }
        while (true) {
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                close();
                long at = lineNumber + 1;
                return failed(name + " line " + at, at, "read error, stopped reading this file: "
                        + Encodings.describe(e));
            }
            if (line == null) {
                close();
                if (!sawRecord) {
                    return new Located(new ReadOutcome.Failed(new ArticleError(name, name, name + ": no articles: "
                            + (lineNumber == 0 ? "the file is empty" : "the file has only blank lines"))), name);
                }
                return null;
            }
            lineNumber++;
            if (!line.isBlank()) {
                sawRecord = true;
                return parse(line, lineNumber);
            }
        }
    }

    private Located parse(String line, long number) {
        String locator = name + " line " + number;
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String column = location == null || location.getColumnNr() < 1 ? "" : " at column " + location.getColumnNr();
            String reason = "malformed JSON" + column + ": " + e.getOriginalMessage();
            String id = idOfMalformed(line);
            return id == null ? failed(locator, number, reason)
                    : failed(id, number, locator + " (id=" + id + ")", reason);
        }
        if (node == null || !node.isObject()) {
            return failed(locator, number, "not a JSON object");
        }
        JsonNode idNode = node.get("id");
        String id;
        if (idNode == null || idNode.isNull()) {
            return failed(locator, number, "missing id");
        } else if (idNode.isTextual() || idNode.isIntegralNumber()) {
            id = ArticleNotes.replaceLoneSurrogates(idNode.asText()).strip();
        } else {
            return failed(locator, number, "id must be a string");
        }
        if (id.isEmpty()) {
            return failed(locator, number, "blank id");
        }
        String errorId = id;
        String where = locator + " (id=" + id + ")";
        String text;
        try {
            String rawText = optionalString(node, "text");
            String rawTitle = optionalString(node, "title");
            String rawSummary = optionalString(node, "summary");
            // a JSON escape such as \udc00 yields a lone surrogate, which no UTF-8 output can hold
            text = ArticleNotes.replaceLoneSurrogates(rawText);
            String title = ArticleNotes.replaceLoneSurrogates(rawTitle);
            String summary = ArticleNotes.replaceLoneSurrogates(rawSummary);
            boolean replaced = text != rawText || title != rawTitle || summary != rawSummary;
            if (text == null) {
                return failed(errorId, number, where, "missing text");
            }
            text = text.strip();
            title = title == null ? "" : title.strip();
            if (text.isEmpty() && title.isEmpty()) {
                return failed(errorId, number, where, "blank text and no title");
            }
            List<String> labels = labels(node.get("labels"));
            summary = summary == null ? null : summary.strip();
            java.util.Map<String, String> extra = extra(node);
            List<String> articleNotes = ArticleNotes.withLoneSurrogateNote(ArticleNotes.withHeadlineOnly(notes, text),
                    replaced);
            List<String> dateNotes = extraColumns.dateNotes(extra);
            if (!dateNotes.isEmpty()) {
                articleNotes = new java.util.ArrayList<>(articleNotes);
                articleNotes.addAll(dateNotes);
            }
            Article article = new Article(id, title, text, labels,
                    summary == null || summary.isEmpty() ? null : summary, articleNotes, extra);
            return new Located(new ReadOutcome.Ok(article), locator);
        } catch (IllegalArgumentException e) {
            return failed(errorId, number, where, e.getMessage());
        }
    }

    /**
     * The record's other fields that pass through, in record order: a string as it is, a number or boolean as written,
     * an object or array as compact JSON; JSON null is left out.
     */
    private java.util.Map<String, String> extra(JsonNode node) {
        java.util.Map<String, String> extra = new java.util.LinkedHashMap<>();
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (ExtraColumns.JSON_CORE.contains(name) || value.isNull() || !extraColumns.keeps(name)) {
                continue;
            }
            String text = value.isValueNode() ? value.asText() : value.toString();
            extra.put(name, ArticleNotes.replaceLoneSurrogates(text));
        }
        return extra;
    }

    /** A string field, null when absent or JSON null; throws IllegalArgumentException for any other type. */
    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.asText();
    }

    private static List<String> labels(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        Set<String> labels = new LinkedHashSet<>();
        if (value.isTextual()) {
            addLabel(labels, value.asText());
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    throw new IllegalArgumentException("labels must be strings");
                }
                addLabel(labels, element.asText());
            }
        } else {
            throw new IllegalArgumentException("labels must be an array of strings or a string");
        }
        return List.copyOf(labels);
    }

    private static void addLabel(Set<String> labels, String label) {
        String stripped = label.strip();
        if (!stripped.isEmpty()) {
            labels.add(stripped);
        }
    }

    private static final Pattern MALFORMED_ID =
            Pattern.compile("(?<!\\\\)\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,200})\"");

    /** The id a malformed record most likely has (the first {@code "id": "..."} in it), to name it; null if none. */
    static String idOfMalformed(String line) {
        Matcher m = MALFORMED_ID.matcher(line);
        if (!m.find()) {
            return null;
        }
        try {
            String id = new ObjectMapper().readValue("\"" + m.group(1) + "\"", String.class).strip();
            return id.isEmpty() ? null : ArticleNotes.replaceLoneSurrogates(id);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private Located failed(String errorId, long number, String reason) {
        String locator = name + " line " + number;
        return new Located(new ReadOutcome.Failed(new ArticleError(errorId, name, locator + ": " + reason)), locator);
    }

    private Located failed(String errorId, long number, String locatorWithId, String reason) {
        return new Located(new ReadOutcome.Failed(new ArticleError(errorId, name, locatorWithId + ": " + reason)),
                name + " line " + number);
    }

    @Override
    public void close() {
        done = true;
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing to recover
            }
            reader = null;
        }
    }
}
