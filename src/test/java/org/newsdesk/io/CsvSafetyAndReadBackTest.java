package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/** Formula neutralisation and the byte order mark of results.csv; reading results.json back. */
class CsvSafetyAndReadBackTest {

    @TempDir
    Path dir;

    static ArticleResult result(String id, String title, String sentence) {
        Article article = new Article(id, title, sentence, List.of(), null, List.of("-note"));
        TopicPrediction prediction = new TopicPrediction(
                List.of(new TopicScore("business", 0.8123456789), new TopicScore("tech", 0.1876543211)),
                List.of("business"), Map.of("business", List.of(new Evidence("shares", 0.7))));
        Summary summary = new Summary(List.of(new SummarySentence(0, sentence, 0.9)), List.of("@key"));
        return ArticleResult.ok(article, prediction, summary);
    }

    private Path write(boolean bom, ArticleResult... results) throws Exception {
        Path csv = dir.resolve("results.csv");
        try (CsvResultWriter w = new CsvResultWriter(csv, bom)) {
            RunInfo run = RunInfo.start("m", "f", Instant.EPOCH, Map.of());
            w.begin(run);
            for (ArticleResult r : results) {
                w.write(r);
            }
            w.finish(run);
        }
        return csv;
    }

    @Test
    void cellsThatLookLikeFormulasGetALeadingQuote() throws Exception {
        Path csv = write(false, result("=1+1", "+SUM(A1:A9)", "-2 degrees tonight."),
                result("@cmd", "\tTabbed", "\rReturn."), result("ok", "Plain title", "Plain sentence."));
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals("'=1+1", rows.get(0).get("id"));
            assertEquals("'+SUM(A1:A9)", rows.get(0).get("title"));
            assertEquals("'-2 degrees tonight.", rows.get(0).get("summary"));
            assertEquals("'-note", rows.get(0).get("notes"));
            assertEquals("'@key", rows.get(0).get("keyphrases"));
            assertEquals("'@cmd", rows.get(1).get("id"));
            assertEquals("'\tTabbed", rows.get(1).get("title"));
            assertEquals("'\nReturn.", rows.get(1).get("summary"), "and a CR becomes LF");
            assertEquals("ok", rows.get(2).get("id"));
            assertEquals("Plain title", rows.get(2).get("title"));
            assertEquals("0.8123", rows.get(2).get("top_score"), "numbers are left alone");
        }
        assertEquals("id", Files.readString(csv).substring(0, 2), "no byte order mark by default");
    }

    @Test
    void excelOptionStartsTheFileWithAUtf8ByteOrderMark() throws Exception {
        byte[] bytes = Files.readAllBytes(write(true, result("a", "Caf\u00e9", "Sentence.")));
        assertEquals(0xEF, bytes[0] & 0xff);
        assertEquals(0xBB, bytes[1] & 0xff);
        assertEquals(0xBF, bytes[2] & 0xff);
        assertTrue(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).startsWith("id,title,"));
    }

    @Test
    void resultsJsonReadsBackIntoTheSameResults() throws Exception {
        Path json = dir.resolve("results.json");
        ArticleResult ok = result("a", "A title", "First \"sentence\"\nwith a newline.");
        ArticleResult failed = ArticleResult.failed("b", "B", "empty file", List.of("note"));
        try (JsonResultWriter w = new JsonResultWriter(json)) {
            RunInfo run = RunInfo.start("m", "fp", Instant.EPOCH, Map.of("run_id", "r1"));
            w.begin(run);
            w.write(ok);
            w.write(failed);
            w.finish(run);
        }
        try (PreviousResults previous = PreviousResults.open(json).orElseThrow()) {
            assertEquals("fp", previous.modelFingerprint());
            assertEquals("r1", previous.setting("run_id"));
            assertEquals(2, previous.size());
            assertEquals(ok, previous.get("a").orElseThrow());
            assertEquals(failed, previous.get("b").orElseThrow());
            assertTrue(previous.get("c").isEmpty());
        }
    }
}
