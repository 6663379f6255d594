package org.newsdesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.batch.RunJob;
import org.newsdesk.batch.RunRequest;
import org.newsdesk.core.Progress;
import org.newsdesk.io.ExtraColumns;
import org.newsdesk.io.IdFilter;
import org.newsdesk.io.InputOptions;
import org.newsdesk.model.ModelStore;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;

/**
 * The Spark job's options beyond the basic run, in local[2]: extra input fields pass through as in {@code run}
 * ({@code --keep-columns}, {@code --drop-extra-columns}, {@code --date-column}), {@code --ids}/{@code --where} select
 * as in {@code run}, {@code --filter} selects by a Spark SQL condition, and {@code --outputs} writes only the chosen
 * outputs.
 */
class SparkRunOptionsTest {

    static final Path MODEL = Path.of("..", "models", "default");

    @TempDir
    static Path dir;

    static SparkSession spark;
    static List<Path> inputs;

    @BeforeAll
    static void setUp() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("newsdesk-options-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        Path csv = dir.resolve("today.csv");
        Files.writeString(csv, """
                id,title,text,url,date,status,section
                c1,Budget vote,"The minister presented the budget to parliament. The vote is next week.",http://x/c1,2026-12-01,published,politics
                c2,Cup final,"The home side won the cup final with a late goal. Fans celebrated.",=cmd|x,last Tuesday,draft,sport
                c3,,,http://x/c3,2026-12-02,draft,sport
                c4,Storm warning,"A storm will reach the coast tonight. Residents were told to stay home.",,2026-12-04,,weather
                """, StandardCharsets.UTF_8);
        Path jsonl = dir.resolve("wires.jsonl");
        Files.writeString(jsonl, """
                {"id": "w1", "title": "Rates held", "text": "The central bank held its interest rate. Inflation is falling.", "source": "Wire", "date": "2026-12-03 14:30", "words": 9, "tags": ["a", "b"], "author": null, "section": "business"}
                {"id": "c1", "title": "Again", "text": "A repeated id. It gets an error row.", "source": "Wire"}
                {"id": "w2", "text": "The match ended in a draw. Both coaches were pleased.", "section": "sport", "url": "http://y/w2"}
                {"id": "w3", "title": "no text", "section": "sport"}
                """, StandardCharsets.UTF_8);
        inputs = List.of(csv, jsonl);
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** run's articles (compact JSON) and results.csv, with the run id replaced by {@code RUN}. */
    record Rows(List<String> json, String csv) {
    }

    static Rows run(String name, ExtraColumns extra, IdFilter ids) throws IOException {
        Path out = dir.resolve("run-" + name);
        new RunJob(new ModelStore(), Clock.systemUTC()).execute(new RunRequest(MODEL, inputs,
                InputOptions.defaults().withExtraColumns(extra), ids, out, new SummaryLength.Sentences(3), 64, false,
                false, RunRequest.DEFAULT_MAX_ARTICLE_CHARS, null, null, false, Summarizer.DEFAULT_MAX_SIMILARITY, 2,
                true, true), Progress.NONE);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode results = mapper.readTree(out.resolve("results.json").toFile());
        String runId = results.get("run").get("settings").get("run_id").asText();
        List<String> json = new ArrayList<>();
        for (JsonNode article : results.get("articles")) {
            json.add(mapper.writeValueAsString(article));
        }
        return new Rows(json, Files.readString(out.resolve("results.csv"), StandardCharsets.UTF_8).replace(runId, "RUN"));
    }

    static SparkRun.Report spark(String name, String... options) throws IOException {
        List<String> a = new ArrayList<>(List.of("--model", MODEL.toString(), "--output",
                dir.resolve("spark-" + name).toString(), "--partitions", "2"));
        for (Path p : inputs) {
            a.add("--input");
            a.add(p.toString());
        }
        a.addAll(List.of(options));
        return SparkRun.run(spark, SparkRunOptions.parse(a.toArray(String[]::new)));
    }

    static Path runDir(SparkRun.Report report) {
        return Path.of(report.runFolder().replaceFirst("^file:", ""));
    }

    static List<String> jsonLines(SparkRun.Report report) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path part : parts(runDir(report).resolve(SparkRun.JSONL))) {
            lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
        }
        return lines;
    }

    static String csv(SparkRun.Report report) throws IOException {
        StringBuilder csv = new StringBuilder();
        String header = null;
        for (Path part : parts(runDir(report).resolve(SparkRun.CSV))) {
            String text = Files.readString(part, StandardCharsets.UTF_8);
            String partHeader = text.substring(0, text.indexOf("\r\n") + 2);
            if (header == null) {
                header = partHeader;
                csv.append(text);
            } else {
                assertEquals(header, partHeader, "every part starts with the same header");
                csv.append(text.substring(header.length()));
            }
        }
        return csv.toString().replace(report.runId(), "RUN");
    }

    static List<Path> parts(Path folder) throws IOException {
        assertTrue(Files.exists(folder.resolve("_SUCCESS")), folder + " was committed");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    static void assertSame(Rows expected, SparkRun.Report report, String what) throws IOException {
        assertEquals(expected.json(), jsonLines(report), what + ": JSON");
        assertEquals(expected.csv(), csv(report), what + ": CSV");
        long errors = expected.json().stream().filter(l -> l.contains("\"status\":\"error\"")).count();
        assertEquals(expected.json().size(), report.total(), what);
        assertEquals(errors, report.error(), what);
    }

    @Test
    void extraInputFieldsPassThroughAsInRun() throws IOException {
        Rows all = run("all", ExtraColumns.all(), null);
        assertTrue(all.json().get(0).contains("\"extra\":{\"url\":\"http://x/c1\""), all.json().get(0));
        assertTrue(all.csv().startsWith(
                "id,title,topics,top_topic,top_score,summary,status,error,notes,explanations,keyphrases,url,date,"
                        + "input_status,section,source,words,tags,run_id\r\n"), all.csv()); // "author" is null in every record: no column (as run)
        SparkRun.Report report = spark("all");
        assertSame(all, report, "all extra fields");
        Row first = spark.read().parquet(runDir(report).resolve(SparkRun.PARQUET).toString()).select("extra")
                .first();
        assertEquals("politics", first.getJavaMap(0).get("section"), "the Parquet output's extra map");

        ExtraColumns kept = ExtraColumns.only(List.of("url", "source")).withDateColumn("date");
        assertSame(run("kept", kept, null), spark("kept", "--keep-columns", "url,source", "--date-column", "date"),
                "--keep-columns url,source --date-column date");
        Rows none = run("none", ExtraColumns.none(), null);
        assertFalse(none.json().get(0).contains("\"extra\""), none.json().get(0));
        assertSame(none, spark("none", "--drop-extra-columns"), "--drop-extra-columns");
    }

    @Test
    void idsAndWhereSelectAsInRun() throws IOException {
        Path ids = dir.resolve("ids.csv");
        Files.writeString(ids, "id,split\nc1,test\nw2,test\nw1,train\nnot-there,test\n", StandardCharsets.UTF_8);
        Rows expected = run("ids", ExtraColumns.all(), IdFilter.fromSplitCsv(ids, "split", "test"));
        assertEquals(3, expected.json().size(), "c1, its repeat in wires.jsonl, w2: " + expected.json());
        SparkRun.Report report = spark("ids", "--ids", ids.toString(), "--where", "split=test");
        assertSame(expected, report, "--ids --where");
        JsonNode manifest = new ObjectMapper().readTree(runDir(report).resolve(SparkRun.MANIFEST).toFile());
        assertEquals(1, manifest.get("ids_not_found").get("count").asInt());
    }

    @Test
    void filterKeepsTheArticlesThatMeetASparkSqlCondition() throws IOException {
        Rows all = run("all-for-filter", ExtraColumns.all(), null);
        List<String> sport = all.json().stream().filter(l -> l.contains("\"section\":\"sport\"")).toList();
        assertEquals(2, sport.size(), "c2 and w2 (c3 and w3 could not be read: their fields are null)");
        SparkRun.Report report = spark("filter", "--filter", "section = 'sport' AND text LIKE '%goal%' OR id = 'w2'");
        assertEquals(sport, jsonLines(report));
        assertThrows(IllegalArgumentException.class, () -> spark("bad-filter", "--filter", "no_such_column = 1"));
    }

    @Test
    void outputsWritesOnlyTheChosenOutputs() throws IOException {
        Rows all = run("all-for-outputs", ExtraColumns.all(), null);
        SparkRun.Report report = spark("outputs", "--outputs", "csv");
        Path runDir = runDir(report);
        assertFalse(Files.exists(runDir.resolve(SparkRun.PARQUET)));
        assertFalse(Files.exists(runDir.resolve(SparkRun.JSONL)));
        assertEquals(all.csv(), csv(report));
        long errors = all.json().stream().filter(l -> l.contains("\"status\":\"error\"")).count();
        assertEquals(all.json().size(), report.total(), "counted from the committed CSV");
        assertEquals(errors, report.error());
        JsonNode manifest = new ObjectMapper().readTree(runDir.resolve(SparkRun.MANIFEST).toFile());
        assertEquals(List.of(SparkRun.CSV), List.copyOf(iterable(manifest.get("outputs").fieldNames())));

        SparkRun.Report jsonOnly = spark("outputs-jsonl", "--outputs", "JSONL");
        assertEquals(all.json(), jsonLines(jsonOnly));
        assertEquals(errors, jsonOnly.error(), "counted from the committed JSON Lines");
        assertFalse(Files.exists(runDir(jsonOnly).resolve(SparkRun.CSV)));
        assertThrows(SparkRunOptions.UsageException.class, () -> SparkRunOptions.parse("--model", "m", "--input",
                "i", "--output", "o", "--outputs", "xlsx"));
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
