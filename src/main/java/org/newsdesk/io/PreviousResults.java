package org.newsdesk.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Evidence;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;

/**
 * The results of an earlier run, read back from its {@code results.json} for an incremental run.
 *
 * <p>Opening scans the file once and keeps only each article's id and byte offset, so memory does not grow with the
 * size of the results; {@link #get(String)} reads one article back when it is needed. The file is kept open, so it
 * stays readable even after a new {@code results.json} has been moved over it.
 */
public final class PreviousResults implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final JsonNode run;
    private final Map<String, Long> offsets;
    private final FileChannel channel;

    private PreviousResults(Path file, JsonNode run, Map<String, Long> offsets, FileChannel channel) {
        this.file = file;
        this.run = run;
        this.offsets = offsets;
        this.channel = channel;
    }

    /**
     * Opens {@code file} when it exists and is a complete {@code results.json}.
     *
     * @return empty when there is no such file
     * @throws IOException if it exists but cannot be read or is not a results.json file (the message says which)
     */
    public static Optional<PreviousResults> open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            JsonNode run = null;
            Map<String, Long> offsets = new HashMap<>();
            try (JsonParser p = JSON.getFactory().createParser(new ChannelStream(channel, 0))) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException(file + " is not a results.json file (no JSON object)");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("run".equals(field)) {
                        run = p.readValueAsTree();
                    } else if ("articles".equals(field) && value == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            long offset = p.currentTokenLocation().getByteOffset();
                            JsonNode article = p.readValueAsTree();
                            offsets.putIfAbsent(article.path("id").asText(), offset);
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new IOException(file + " is not a complete results.json file: " + e.getOriginalMessage(), e);
            }
            if (run == null) {
                throw new IOException(file + " has no \"run\" object: not a Newsdesk results.json file");
            }
            return Optional.of(new PreviousResults(file, run, offsets, channel));
        } catch (IOException | RuntimeException e) {
            AtomicFiles.closeAfterFailure(channel, e);
            throw e;
        }
    }

    /**
     * A setting of the run that wrote the results.json {@code file} ({@code run.settings.<name>}) as text, reading
     * only up to the run object (it comes first); empty when the run object has no such setting.
     *
     * @throws IOException if the file cannot be read or is not a results.json file
     */
    public static Optional<String> runSetting(Path file, String name) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + " is not a results.json file (no JSON object)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("run".equals(field)) {
                    JsonNode value = ((JsonNode) p.readValueAsTree()).path("settings").path(name);
                    return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
                }
                p.skipChildren();
            }
            throw new IOException(file + " has no \"run\" object: not a Newsdesk results.json file");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + " is not a readable results.json file: " + e.getOriginalMessage(), e);
        }
    }

    /** The earlier run's model fingerprint, or "" when it has none. */
    public String modelFingerprint() {
        return run.path("model_fingerprint").asText("");
    }

    /** A setting of the earlier run as text, or "" when it has none. */
    public String setting(String name) {
        return run.path("settings").path(name).asText("");
    }

    /** How many articles the earlier run wrote. */
    public int size() {
        return offsets.size();
    }

    /** Whether the earlier run wrote a result for {@code id}. */
    public boolean contains(String id) {
        return offsets.containsKey(id);
    }

    /** The ids the earlier run wrote results for. */
    public java.util.Set<String> ids() {
        return java.util.Collections.unmodifiableSet(offsets.keySet());
    }

    /**
     * The earlier result for {@code id}.
     *
     * @return empty when the earlier run has no result for it
     * @throws IOException if the file cannot be read there
     */
    public Optional<ArticleResult> get(String id) throws IOException {
        Long offset = offsets.get(id);
        if (offset == null) {
            return Optional.empty();
        }
        JsonNode node;
        try (JsonParser p = JSON.getFactory().createParser(new ChannelStream(channel, offset))) {
            node = p.readValueAsTree();
        }
        try {
            return Optional.of(toResult(node));
        } catch (RuntimeException e) {
            throw new IOException(file + ": the result of '" + id + "' cannot be read back: " + e.getMessage(), e);
        }
    }

    /** Converts one article object of results.json back into a result. */
    static ArticleResult toResult(JsonNode a) {
        String id = a.path("id").asText();
        String title = a.path("title").asText("");
        List<String> notes = strings(a.path("notes"));
        if (!"ok".equals(a.path("status").asText())) {
            return ArticleResult.failed(id, title, a.path("error").asText("error"), notes);
        }
        List<TopicScore> scores = new ArrayList<>();
        a.path("scores").fields().forEachRemaining(e -> scores.add(new TopicScore(e.getKey(), e.getValue().asDouble())));
        Map<String, List<Evidence>> explanations = new LinkedHashMap<>();
        a.path("explanations").fields().forEachRemaining(e -> {
            List<Evidence> evidence = new ArrayList<>();
            e.getValue().forEach(v -> evidence.add(new Evidence(v.path("phrase").asText(), v.path("weight").asDouble())));
            explanations.put(e.getKey(), evidence);
        });
        List<SummarySentence> sentences = new ArrayList<>();
        a.path("summary_sentences").forEach(s -> sentences.add(new SummarySentence(s.path("index").asInt(),
                s.path("text").asText(), s.path("score").asDouble())));
        TopicPrediction prediction = new TopicPrediction(scores, strings(a.path("topics")), explanations);
        Summary summary = new Summary(sentences, strings(a.path("keyphrases")));
        return new ArticleResult(id, title, prediction, summary, null, notes);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Reads a file channel from a position without moving the channel's own position or closing it. */
    private static final class ChannelStream extends InputStream {
        private final FileChannel channel;
        private long position;

        ChannelStream(FileChannel channel, long position) {
            this.channel = channel;
            this.position = position;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = channel.read(ByteBuffer.wrap(b, off, len), position);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }
}
