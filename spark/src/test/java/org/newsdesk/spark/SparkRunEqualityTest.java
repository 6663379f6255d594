package org.newsdesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.batch.RunJob;
import org.newsdesk.batch.RunRequest;
import org.newsdesk.core.Progress;
import org.newsdesk.io.InputOptions;
import org.newsdesk.model.ModelStore;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;

/**
 * The Spark job's JSON Lines and CSV rows equal {@code run}'s {@code results.json} articles and {@code results.csv}
 * records, article for article and in order, on 2,000 articles in JSON Lines, CSV, Parquet and {@code .txt} files
 * with bad records among them; with 1, 3 and 7 partitions, and with a task that fails on its first attempt.
 */
class SparkRunEqualityTest {

    /** A limit some of the longer articles exceed, so that size-limit error rows are compared too. */
    static final int MAX_CHARS = 3_800;
    static final Path MODEL = Path.of("..", "models", "default");

    @TempDir
    static Path dir;

    static SparkSession spark;
    static TestInputs inputs;
    static List<String> expectedJson;
    static String expectedCsv;
    static String runRunId;
    static final AtomicInteger failedTasks = new AtomicInteger();

    @BeforeAll
    static void setUp() throws IOException {
        // local[2, 4]: two threads, and a failed task is tried again (up to 4 attempts), as on a cluster
        spark = SparkSession.builder().master("local[2,4]").appName("newsdesk-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() != Success$.MODULE$) {
                    failedTasks.incrementAndGet();
                }
            }
        });
        inputs = TestInputs.write(spark, Files.createDirectories(dir.resolve("in")));
        Path out = dir.resolve("run-out");
        new RunJob(new ModelStore(), Clock.systemUTC()).execute(new RunRequest(MODEL, inputs.run,
                InputOptions.defaults(), null, out, new SummaryLength.Sentences(3), 64, false, false, MAX_CHARS,
                null, null, false, Summarizer.DEFAULT_MAX_SIMILARITY, 2, true, true), Progress.NONE);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode results = mapper.readTree(out.resolve("results.json").toFile());
        runRunId = results.get("run").get("settings").get("run_id").asText();
        expectedJson = new ArrayList<>();
        for (JsonNode article : results.get("articles")) {
            expectedJson.add(mapper.writeValueAsString(article));
        }
        expectedCsv = Files.readString(out.resolve("results.csv"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static String[] args(Path output, int partitions) {
        List<String> a = new ArrayList<>(List.of("--model", MODEL.toString(), "--output", output.toString(),
                "--max-article-chars", Integer.toString(MAX_CHARS), "--partitions", Integer.toString(partitions)));
        for (Path p : inputs.spark) {
            a.add("--input");
            a.add(p.toString());
        }
        return a.toArray(String[]::new);
    }

    @Test
    void theInputsHoldTwoThousandArticlesAndTheReadmesBadRecords() {
        long errors = expectedJson.stream().filter(l -> l.contains("\"status\":\"error\"")).count();
        assertEquals(TestInputs.ARTICLES + 9, expectedJson.size(), "2,000 articles and 9 bad records");
        for (String reason : List.of("malformed JSON", "missing text", "blank text and no title",
                "duplicate id, first seen in", "binary", "empty file", "--max-article-chars", "unclosed quote")) {
            assertTrue(expectedJson.stream().anyMatch(l -> l.contains(reason)), reason);
        }
        assertTrue(errors >= 10, "bad records and over-long articles: " + errors);
    }

    @Test
    void oneThreeAndSevenPartitionsGiveRunsRows() throws IOException {
        // other test classes of this JVM may have loaded pipelines of their own settings
        int before = Executor.loadedCount();
        for (int partitions : new int[] {1, 3, 7}) {
            Path out = dir.resolve("spark-" + partitions);
            SparkRun.Report report = SparkRun.run(spark, SparkRunOptions.parse(args(out, partitions)));
            assertSameAsRun(report, out, "partitions=" + partitions);
        }
        assertTrue(Executor.loadedCount() - before <= 1, "the model is loaded once per executor JVM (here: one)");
    }

    @Test
    void aTaskThatFailsOnItsFirstAttemptGivesTheSameRowsOnce() throws IOException {
        int before = failedTasks.get();
        spark.conf().set(SparkRun.FAIL_FIRST_ATTEMPT, "1");
        SparkRun.Report report;
        Path out = dir.resolve("spark-retry");
        try {
            report = SparkRun.run(spark, SparkRunOptions.parse(args(out, 3)));
        } finally {
            spark.conf().unset(SparkRun.FAIL_FIRST_ATTEMPT);
        }
        assertTrue(failedTasks.get() > before, "the hook made a task fail");
        assertSameAsRun(report, out, "with a retried task");
    }

    @Test
    void executorsNeedNeitherDl4jNorNd4j() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.nd4j.linalg.factory.Nd4j"));
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.deeplearning4j.nn.multilayer.MultiLayerNetwork"));
    }

    @Test
    void anExistingRunFolderOrAMissingInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SparkRun.run(spark, SparkRunOptions.parse("--model",
                MODEL.toString(), "--input", dir.resolve("nowhere.csv").toString(), "--output",
                dir.resolve("x").toString())));
        assertThrows(SparkRunOptions.UsageException.class, () -> SparkRunOptions.parse("--model", "m"));
    }

    private static void assertSameAsRun(SparkRun.Report report, Path out, String what) throws IOException {
        Path runDir = Path.of(report.runFolder().replaceFirst("^file:", ""));
        assertEquals("runs/" + report.runId(), Files.readString(out.resolve("current")).strip(), what);
        List<String> lines = new ArrayList<>();
        for (Path part : parts(runDir.resolve(SparkRun.JSONL))) {
            lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
        }
        assertEquals(expectedJson.size(), lines.size(), what + ": one line per article, no duplicate");
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(expectedJson.get(i), lines.get(i), what + ": article " + i);
        }
        StringBuilder csv = new StringBuilder();
        String header = expectedCsv.substring(0, expectedCsv.indexOf("\r\n") + 2);
        for (Path part : parts(runDir.resolve(SparkRun.CSV))) {
            String text = Files.readString(part, StandardCharsets.UTF_8);
            assertTrue(text.startsWith(header), what + ": every CSV part starts with results.csv's header");
            csv.append(csv.length() == 0 ? text : text.substring(header.length()));
        }
        assertEquals(expectedCsv.replace(runRunId, report.runId()), csv.toString(), what + ": CSV");
        long errors = expectedJson.stream().filter(l -> l.contains("\"status\":\"error\"")).count();
        assertEquals(expectedJson.size(), report.total(), what);
        assertEquals(errors, report.error(), what);
        Dataset<Row> parquet = spark.read().parquet(runDir.resolve(SparkRun.PARQUET).toString());
        assertEquals(expectedJson.size(), parquet.count(), what);
        assertEquals(expectedJson.size(), parquet.select("id", "status", "error").distinct().count(), what);
        JsonNode manifest = new ObjectMapper().readTree(runDir.resolve(SparkRun.MANIFEST).toFile());
        assertEquals(expectedJson.size(), manifest.get("counts").get("total").asLong(), what);
        assertEquals(errors, manifest.get("counts").get("error").asLong(), what);
    }

    private static List<Path> parts(Path folder) throws IOException {
        assertTrue(Files.exists(folder.resolve("_SUCCESS")), folder + " was committed");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }
}
