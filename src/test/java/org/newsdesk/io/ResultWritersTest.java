package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Evidence;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;

class ResultWritersTest {

    private static final Instant STARTED = Instant.parse("2025-01-02T03:04:05Z");
    private static final Instant FINISHED = Instant.parse("2025-01-02T03:05:06.789Z");

    @TempDir
    Path dir;

    private static ArticleResult okResult(String id, String title) {
        Article article = new Article(id, title, "Body.", List.of(), null, List.of("not valid UTF-8; decoded as windows-1252", "second"));
        TopicPrediction prediction = new TopicPrediction(
                List.of(new TopicScore("business", 0.81234), new TopicScore("tech", 0.15), new TopicScore("sport", 0.03766)),
                List.of("business", "tech"),
                Map.of("business", List.of(new Evidence("shares", 0.7), new Evidence("profit margin", 0.4))));
        Summary summary = new Summary(List.of(new SummarySentence(2, "Third, \"quoted\".", 0.5),
                new SummarySentence(0, "First line\nwith newline.", 0.9)), List.of("profit margin", "=SUM(A1)"));
        return ArticleResult.ok(article, prediction, summary);
    }

    private static ArticleResult errorResult() {
        return ArticleResult.failed("bad", "Bad one", "empty file", List.of());
    }

    private static RunInfo started() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("threshold", 0.5);
        settings.put("max_sentences", 3);
        settings.put("inputs", List.of(Path.of("data/a.csv"), "b"));
        settings.put("dedupe", true);
        settings.put("note", null);
        settings.put("run_id", "20261127T052142.000Z-r1");
        return RunInfo.start("models/news.zip", "sha256:abc", STARTED, settings);
    }

    private static RunInfo finished() {
        return started().finish(FINISHED, RunInfo.Counts.ZERO.plus(okResult("a", "A")).plus(errorResult()));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLoneSurrogateCannotFailTheResultFiles() throws Exception {
        Path json = dir.resolve(JsonResultWriter.FILE_NAME);
        Path csv = dir.resolve(CsvResultWriter.FILE_NAME);
        try (JsonResultWriter j = new JsonResultWriter(json); CsvResultWriter c = new CsvResultWriter(csv)) {
            j.begin(started());
            c.begin(started());
            j.write(okResult("s1", "Said \udc00 on Monday"));
            c.write(okResult("s1", "Said \udc00 on Monday"));
            j.finish(finished());
            c.finish(finished());
        }
        assertEquals(1, new ObjectMapper().readTree(json.toFile()).get("articles").size());
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("s1,"));
    }

    @Test
    void writesRunBeforeArticlesInJson() throws Exception {
        Path target = dir.resolve(JsonResultWriter.FILE_NAME);

        try (JsonResultWriter writer = new JsonResultWriter(target)) {
            writer.begin(started());
            writer.write(okResult("a", "Title with \"quotes\""));
            writer.write(errorResult());
            writer.finish(finished());
        }

        JsonNode root = new ObjectMapper().readTree(Files.readString(target, StandardCharsets.UTF_8));
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("run", "articles"), keys);

        JsonNode run = root.get("run");
        assertEquals("models/news.zip", run.get("model").asText());
        assertEquals("sha256:abc", run.get("model_fingerprint").asText());
        assertEquals("2025-01-02T03:04:05Z", run.get("started").asText());
        assertEquals("2025-01-02T03:05:06.789Z", run.get("finished").asText());
        assertEquals(2, run.get("counts").get("total").asInt());
        assertEquals(1, run.get("counts").get("ok").asInt());
        assertEquals(1, run.get("counts").get("error").asInt());
        List<String> settingKeys = new ArrayList<>();
        run.get("settings").fieldNames().forEachRemaining(settingKeys::add);
        assertEquals(List.of("threshold", "max_sentences", "inputs", "dedupe", "note", "run_id"), settingKeys);
        assertEquals(0.5, run.get("settings").get("threshold").asDouble());
        assertEquals("data/a.csv", run.get("settings").get("inputs").get(0).asText());
        assertTrue(run.get("settings").get("note").isNull());

        JsonNode articles = root.get("articles");
        assertEquals(2, articles.size());
        JsonNode a = articles.get(0);
        List<String> articleKeys = new ArrayList<>();
        a.fieldNames().forEachRemaining(articleKeys::add);
        assertEquals(List.of("id", "title", "topics", "scores", "explanations", "summary", "summary_sentences",
                "keyphrases", "status", "error", "notes"), articleKeys);
        assertEquals("shares", a.get("explanations").get("business").get(0).get("phrase").asText());
        assertEquals(0.4, a.get("explanations").get("business").get(1).get("weight").asDouble());
        assertEquals(List.of("profit margin", "=SUM(A1)"),
                List.of(a.get("keyphrases").get(0).asText(), a.get("keyphrases").get(1).asText()));
        assertEquals("a", a.get("id").asText());
        assertEquals("Title with \"quotes\"", a.get("title").asText());
        assertEquals("business", a.get("topics").get(0).asText());
        assertEquals(2, a.get("topics").size());
        List<String> labels = new ArrayList<>();
        a.get("scores").fieldNames().forEachRemaining(labels::add);
        assertEquals(List.of("business", "tech", "sport"), labels);
        assertEquals(0.81234, a.get("scores").get("business").asDouble());
        assertEquals("First line\nwith newline. Third, \"quoted\".", a.get("summary").asText());
        assertEquals(0, a.get("summary_sentences").get(0).get("index").asInt());
        assertEquals(0.9, a.get("summary_sentences").get(0).get("score").asDouble());
        assertEquals("ok", a.get("status").asText());
        assertTrue(a.get("error").isNull());
        assertEquals(2, a.get("notes").size());

        JsonNode bad = articles.get(1);
        assertEquals("error", bad.get("status").asText());
        assertEquals("empty file", bad.get("error").asText());
        assertEquals(0, bad.get("topics").size());
        assertEquals(0, bad.get("scores").size());
        assertEquals("", bad.get("summary").asText());
        assertEquals(0, bad.get("summary_sentences").size());
        assertEquals(0, bad.get("explanations").size());
        assertEquals(0, bad.get("keyphrases").size());

        assertEquals(List.of(JsonResultWriter.FILE_NAME), listing());
    }

    @Test
    void writesPrettyPrintedJson() throws Exception {
        Path target = dir.resolve("results.json");

        try (JsonResultWriter writer = new JsonResultWriter(target)) {
            writer.begin(started());
            writer.write(errorResult());
            writer.finish(finished());
        }

        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"run\": {\n    \"model\": \"models/news.zip\","), text);
        assertTrue(text.contains("\n  \"articles\": [\n    {\n      \"id\": \"bad\","), text);
        assertTrue(text.contains("\"topics\": [],"), text);
        assertTrue(text.endsWith("}\n"), text);
    }

    /**
     * The articles are copied into the file as bytes: the file must read exactly as if the whole document had been
     * printed in one pass by the pretty printer, and the writer's digest must be the file's size and SHA-256.
     */
    @Test
    void copiedArticlesReadAsOnePrettyPrintedDocumentAndTheDigestMatchesTheFile() throws Exception {
        for (int articles : new int[] {0, 1, 3}) {
            Path target = dir.resolve("results-" + articles + ".json");
            JsonResultWriter writer = new JsonResultWriter(target);
            try (writer) {
                writer.begin(started());
                for (int i = 0; i < articles; i++) {
                    writer.write(i == 1 ? errorResult() : okResult("a" + i, "Caf\u00e9 \u201cquoted\u201d \ud83d\ude00"));
                }
                writer.finish(finished());
            }
            byte[] bytes = Files.readAllBytes(target);
            ObjectMapper mapper = new ObjectMapper();
            java.io.StringWriter reprinted = new java.io.StringWriter();
            try (com.fasterxml.jackson.core.JsonGenerator g = mapper.getFactory().createGenerator(reprinted)) {
                g.setPrettyPrinter(JsonResultWriter.prettyPrinter());
                mapper.writeTree(g, mapper.readTree(bytes));
            }
            assertEquals(reprinted + "\n", new String(bytes, StandardCharsets.UTF_8));
            FileDigest digest = writer.written().orElseThrow();
            assertEquals(bytes.length, digest.bytes());
            assertEquals(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)), digest.sha256());
        }
    }

    @Test
    void writesEmptyArticlesArrayForAnEmptyRun() throws Exception {
        Path target = dir.resolve("results.json");

        try (JsonResultWriter writer = new JsonResultWriter(target)) {
            writer.begin(started());
            writer.finish(started().finish(FINISHED, RunInfo.Counts.ZERO));
        }

        JsonNode root = new ObjectMapper().readTree(target.toFile());
        assertEquals(0, root.get("articles").size());
    }

    @Test
    void leavesNoJsonFileWhenNotFinished() throws Exception {
        Path target = dir.resolve("results.json");

        try (JsonResultWriter writer = new JsonResultWriter(target)) {
            writer.begin(started());
            writer.write(okResult("a", "A"));
            assertEquals(1, listing().size()); // the body temp file
        }

        assertEquals(List.of(), listing());
    }

    @Test
    void refusesWritesOutOfOrder() throws Exception {
        try (JsonResultWriter writer = new JsonResultWriter(dir.resolve("results.json"))) {
            assertThrows(IllegalStateException.class, () -> writer.write(errorResult()));
            writer.begin(started());
            assertThrows(IllegalStateException.class, () -> writer.begin(started()));
        }
        try (CsvResultWriter writer = new CsvResultWriter(dir.resolve("results.csv"))) {
            assertThrows(IllegalStateException.class, () -> writer.finish(finished()));
        }
    }

    @Test
    void quotesCommasQuotesAndNewlinesInCsv() throws Exception {
        Path target = dir.resolve(CsvResultWriter.FILE_NAME);

        try (CsvResultWriter writer = new CsvResultWriter(target)) {
            writer.begin(started());
            writer.write(okResult("a,1", "Title, with \"quotes\"\nand a newline"));
            writer.write(errorResult());
            writer.finish(finished());
        }

        byte[] bytes = Files.readAllBytes(target);
        assertFalse(bytes[0] == (byte) 0xEF, "no byte order mark");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(CsvResultWriter.HEADER_LINE + "\r\n"), text);
        assertTrue(text.contains("\"Title, with \"\"quotes\"\"\nand a newline\""), text);

        try (Reader reader = Files.newBufferedReader(target, StandardCharsets.UTF_8);
             @SuppressWarnings("deprecation") CSVParser parser = new CSVParser(reader,
                     CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("id", "title", "topics", "top_topic", "top_score", "summary", "status", "error",
                    "notes", "explanations", "keyphrases", "run_id"), parser.getHeaderNames());
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord ok = records.next();
            assertEquals("a,1", ok.get("id"));
            assertEquals("Title, with \"quotes\"\nand a newline", ok.get("title"));
            assertEquals("business|tech", ok.get("topics"));
            assertEquals("business", ok.get("top_topic"));
            assertEquals("0.8123", ok.get("top_score"));
            assertEquals("First line\nwith newline. Third, \"quoted\".", ok.get("summary"));
            assertEquals("ok", ok.get("status"));
            assertEquals("", ok.get("error"));
            assertEquals("not valid UTF-8; decoded as windows-1252; second", ok.get("notes"));
            assertEquals("business: shares, profit margin", ok.get("explanations"));
            assertEquals("profit margin; =SUM(A1)", ok.get("keyphrases"));
            assertEquals("20261127T052142.000Z-r1", ok.get("run_id"), "the run id, last, so the columns before keep their places");
            CSVRecord bad = records.next();
            assertEquals("20261127T052142.000Z-r1", bad.get("run_id"));
            assertEquals("bad", bad.get("id"));
            assertEquals("", bad.get("topics"));
            assertEquals("", bad.get("top_topic"));
            assertEquals("", bad.get("top_score"));
            assertEquals("", bad.get("summary"));
            assertEquals("error", bad.get("status"));
            assertEquals("empty file", bad.get("error"));
            assertFalse(records.hasNext());
        }
        assertEquals(List.of(CsvResultWriter.FILE_NAME), listing());
    }

    @Test
    void leavesNoCsvFileWhenNotFinished() throws Exception {
        Path target = dir.resolve("results.csv");
        Files.writeString(target, "previous run", StandardCharsets.UTF_8);

        try (CsvResultWriter writer = new CsvResultWriter(target)) {
            writer.begin(started());
            writer.write(okResult("a", "A"));
        }

        assertEquals("previous run", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("results.csv"), listing());
    }

    @Test
    void writesBothFilesThroughOneWriter() throws Exception {
        Path json = dir.resolve("results.json");
        Path csv = dir.resolve("results.csv");

        try (ResultWriter writer = ResultWriter.all(List.of(new JsonResultWriter(json), new CsvResultWriter(csv)))) {
            writer.begin(started());
            writer.write(okResult("a", "A"));
            writer.finish(finished());
        }

        assertEquals(List.of("results.csv", "results.json"), listing());
        assertEquals("a", new ObjectMapper().readTree(json.toFile()).get("articles").get(0).get("id").asText());
    }

    @Test
    void countsMustAddUp() {
        assertThrows(IllegalArgumentException.class, () -> new RunInfo.Counts(3, 1, 1));
        RunInfo.Counts counts = RunInfo.Counts.ZERO.plus(errorResult()).plus(okResult("x", "X"));
        assertEquals(new RunInfo.Counts(2, 1, 1), counts);
    }
}
