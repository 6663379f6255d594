package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Evidence;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;

/** The one-article renderings other engines write ({@code jsonLine}, {@code record}) equal what the writers write. */
class ResultLinesTest {

    @TempDir
    Path dir;

    private static List<ArticleResult> results() {
        Article article = new Article("=a1", "-Title, \"quoted\"", "Body.", List.of(), null, List.of("n1", "n2"));
        TopicPrediction prediction = new TopicPrediction(
                List.of(new TopicScore("business", 0.81234), new TopicScore("tech", 0.15)),
                List.of("business", "tech"),
                Map.of("business", List.of(new Evidence("shares", 0.7), new Evidence("profit margin", 0.4))));
        Summary summary = new Summary(List.of(new SummarySentence(0, "First line\r\nwith newline.", 0.9),
                new SummarySentence(2, "Third, \"quoted\".", 0.5)), List.of("profit margin", "@SUM(A1)"));
        return List.of(ArticleResult.ok(article, prediction, summary),
                ArticleResult.failed("bad", "Bad one", "a.csv line 3 (id=bad): blank text and no title", List.of()));
    }

    @Test
    void jsonLineAndCsvRecordEqualTheWrittenFiles() throws Exception {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("run_id", "run-7");
        RunInfo run = RunInfo.start("m", "f", Instant.EPOCH, settings);
        try (JsonResultWriter json = new JsonResultWriter(dir.resolve("results.json"));
             CsvResultWriter csv = new CsvResultWriter(dir.resolve("results.csv"))) {
            json.begin(run);
            csv.begin(run);
            for (ArticleResult r : results()) {
                json.write(r);
                csv.write(r);
            }
            json.finish(run.finish(Instant.EPOCH, RunInfo.Counts.ZERO));
            csv.finish(run.finish(Instant.EPOCH, RunInfo.Counts.ZERO));
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode articles = mapper.readTree(dir.resolve("results.json").toFile()).get("articles");
        StringBuilder csvExpected = new StringBuilder(CsvResultWriter.headerRecord());
        for (int i = 0; i < results().size(); i++) {
            String line = JsonResultWriter.jsonLine(results().get(i));
            assertFalse(line.contains("\n"), line);
            assertEquals(articles.get(i), mapper.readTree(line));
            // the compact form of the written object, member for member and number for number
            assertEquals(mapper.writeValueAsString(articles.get(i)), line);
            csvExpected.append(CsvResultWriter.record(results().get(i), "run-7"));
        }
        assertEquals(Files.readString(dir.resolve("results.csv"), StandardCharsets.UTF_8), csvExpected.toString());
    }

    @Test
    void withExtraColumnsTheLineAndRecordEqualTheWrittenFiles() throws Exception {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("url", "=HYPERLINK(\"x\")");
        extra.put("title", "a taken name, \"quoted\"");
        Article article = new Article("a1", "T", "Body.", List.of(), null, List.of(), extra);
        List<ArticleResult> results = List.of(ArticleResult.failed(article, "too long"),
                ArticleResult.failed("bad", "Bad one", "blank text", List.of()));
        List<String> columns = List.of("url", "title", "section");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("run_id", "run-8");
        settings.put(ExtraColumns.SETTING, columns);
        RunInfo run = RunInfo.start("m", "f", Instant.EPOCH, settings);
        try (JsonResultWriter json = new JsonResultWriter(dir.resolve("results.json"));
             CsvResultWriter csv = new CsvResultWriter(dir.resolve("results.csv"))) {
            json.begin(run);
            csv.begin(run);
            for (ArticleResult r : results) {
                json.write(r);
                csv.write(r);
            }
            json.finish(run.finish(Instant.EPOCH, RunInfo.Counts.ZERO));
            csv.finish(run.finish(Instant.EPOCH, RunInfo.Counts.ZERO));
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode articles = mapper.readTree(dir.resolve("results.json").toFile()).get("articles");
        StringBuilder csvExpected = new StringBuilder(CsvResultWriter.headerRecord(columns));
        for (int i = 0; i < results.size(); i++) {
            assertEquals(mapper.writeValueAsString(articles.get(i)), JsonResultWriter.jsonLine(results.get(i), true));
            csvExpected.append(CsvResultWriter.record(results.get(i), "run-8", columns));
        }
        String written = Files.readString(dir.resolve("results.csv"), StandardCharsets.UTF_8);
        assertEquals(written, csvExpected.toString());
        assertTrue(written.startsWith(CsvResultWriter.HEADER_LINE.replace(",run_id", ",url,input_title,section,run_id")),
                written);
    }
}
