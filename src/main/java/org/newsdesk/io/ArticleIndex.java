package org.newsdesk.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The content hash of every article of a run, kept beside its results ({@value #FILE_NAME}) so that the next
 * {@code --incremental} run can tell new, changed and unchanged articles apart. JSON Lines: a first line
 * {@code {"run_id", "settings_key"}} naming the run (its {@code results.json} carries the same run id), then one
 * {@code {"id", "sha256"}} per article. Written atomically.
 *
 * @param runId       the run that wrote the results these hashes describe
 * @param settingsKey a hash of the model fingerprint and every setting that changes a result
 * @param hashes      article id to content hash
 */
public record ArticleIndex(String runId, String settingsKey, Map<String, String> hashes) {

    /** The file name inside the output folder. */
    public static final String FILE_NAME = ".newsdesk-articles.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads the index of an output folder.
     *
     * @return empty when there is none, or it cannot be read (an incremental run then processes everything)
     */
    public static Optional<ArticleIndex> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode head = JSON.readTree(r.readLine());
            Map<String, String> hashes = new HashMap<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    hashes.put(n.path("id").asText(), n.path("sha256").asText());
                }
            }
            return Optional.of(new ArticleIndex(head.path("run_id").asText(), head.path("settings_key").asText(),
                    hashes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes an index incrementally; {@link #commit()} puts it in place. */
    public static final class Writer implements AutoCloseable {
        private final AtomicFiles.AtomicWriter out;
        private final JsonGenerator json;

        /** Starts the index of {@code folder} for run {@code runId}. */
        public Writer(Path folder, String runId, String settingsKey) throws IOException {
            out = AtomicFiles.open(folder.resolve(FILE_NAME));
            json = JSON.getFactory().createGenerator(out.writer());
            json.setRootValueSeparator(null);
            json.writeStartObject();
            json.writeStringField("run_id", runId);
            json.writeStringField("settings_key", settingsKey);
            json.writeEndObject();
            json.writeRaw('\n');
        }

        /** Adds one article's hash. */
        public void add(String id, String sha256) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("sha256", sha256);
            json.writeEndObject();
            json.writeRaw('\n');
        }

        /** Puts the index in place. */
        public void commit() throws IOException {
            json.flush();
            out.commit();
        }

        /** Discards the index unless committed. */
        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
