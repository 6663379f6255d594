package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.batch.RunJob;
import org.newsdesk.core.Article;
import org.newsdesk.io.OutputSet;
import org.newsdesk.testing.Fixtures;

/**
 * Issue 16 #6: a run killed with {@code kill -9} at any step of putting its outputs in place leaves at the top of the
 * output folder one complete, consistent set of files: the previous run's, or the new run's, never a mix. A real
 * child JVM runs the CLI on 2,000 articles; a test-only system property ({@link OutputSet#STEP_DELAY_PROPERTY}) makes
 * it announce and pause before each output step, and the test kills it ({@code destroyForcibly}: SIGKILL) at each one
 * in turn.
 */
class KilledOutputPhaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STEPS = {"write results.json", "write results.csv",
        "write .newsdesk-articles.jsonl", "write report.html", "write run-manifest.json", "mark ", "switch current to ", "prune"};

    @TempDir
    Path dir;

    @Test
    void killedAtEveryOutputStepTheTopLevelFilesAreOneCompleteSet() throws Exception {
        Path model = CliFixture.trainModel(dir, dir.resolve("model"));
        Path small = CliFixture.writeJsonl(dir.resolve("small.jsonl"), Fixtures.singleLabel());
        List<Article> many = new ArrayList<>();
        List<Article> base = Fixtures.singleLabel();
        for (int i = 0; i < 2000; i++) {
            Article a = base.get(i % base.size());
            many.add(new Article("m" + i, a.title(), a.text() + " Story " + i + ".", a.labels(), null, List.of()));
        }
        Path big = CliFixture.writeJsonl(dir.resolve("many.jsonl"), many);
        Path out = dir.resolve("out");
        CliFixture.Result first = CliFixture.exec("run", "--model", model.toString(), "--input", small.toString(),
                "--output", out.toString(), "--summary-sentences", "1");
        assertEquals(ExitCodes.OK, first.code(), first.err());
        String oldRun = check(out);
        byte[] oldJson = Files.readAllBytes(out.resolve("results.json"));
        byte[] oldCsv = Files.readAllBytes(out.resolve("results.csv"));
        byte[] oldManifest = Files.readAllBytes(out.resolve(RunJob.MANIFEST));
        byte[] oldReport = Files.readAllBytes(out.resolve("report.html"));

        for (int k = 0; k < STEPS.length; k++) {
            Path err = dir.resolve("child-" + k + ".err");
            Process child = start(model, big, out, err);
            try {
                awaitStep(child, err, STEPS[k]);
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            }
            String runId = check(out);
            boolean switched = k >= 7; // killed after "switch current to": the new set is published
            if (switched) {
                assertNotEquals(oldRun, runId, "killed at '" + STEPS[k] + "': the new run's set");
                assertEquals(2000, JSON.readTree(out.resolve("results.json").toFile()).path("run").path("counts")
                        .path("total").asInt());
            } else {
                assertEquals(oldRun, runId, "killed at '" + STEPS[k] + "': still the previous run's set");
                assertArrayEquals(oldJson, Files.readAllBytes(out.resolve("results.json")));
                assertArrayEquals(oldCsv, Files.readAllBytes(out.resolve("results.csv")));
                assertArrayEquals(oldManifest, Files.readAllBytes(out.resolve(RunJob.MANIFEST)));
                assertArrayEquals(oldReport, Files.readAllBytes(out.resolve("report.html")));
            }
        }

        // the next run cleans up what the killed ones left and completes
        CliFixture.Result rerun = CliFixture.exec("run", "--model", model.toString(), "--input", big.toString(),
                "--output", out.toString(), "--summary-sentences", "1", "--incremental");
        assertEquals(ExitCodes.OK, rerun.code(), rerun.err());
        assertTrue(rerun.out().contains("2000 unchanged (2000 earlier results kept)"),
                "the incremental state of the last published run is found: " + rerun.out());
        String last = check(out);
        try (Stream<Path> runs = Files.list(out.resolve(OutputSet.RUNS))) {
            List<String> names = runs.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.contains(last), names.toString());
            assertTrue(names.size() <= 1 + OutputSet.KEPT_EARLIER, "older run folders are pruned: " + names);
            for (String name : names) {
                assertTrue(Files.exists(out.resolve(OutputSet.RUNS).resolve(name).resolve(RunJob.MANIFEST)),
                        "no partial run folder is left: " + name);
            }
        }
        try (Stream<Path> top = Files.list(out)) {
            assertEquals(List.of(), top.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
        }
    }

    private Process start(Path model, Path input, Path out, Path err) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-D" + OutputSet.STEP_DELAY_PROPERTY + "=600", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", "--model", model.toString(),
                "--input", input.toString(), "--output", out.toString(), "--summary-sentences", "1", "--incremental")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
    }

    /** Waits until the child announces the output step starting with {@code step} (it then pauses before it). */
    private static void awaitStep(Process child, Path err, String step) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            String text = Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
            if (text.contains("newsdesk-test: output step " + step)) {
                return;
            }
            assertTrue(child.isAlive(), "the child ended before the step '" + step + "': " + text);
            assertTrue(System.nanoTime() < deadline, "the child did not reach the step '" + step + "': " + text);
            Thread.sleep(20);
        }
    }

    /**
     * Checks that the top-level files form one complete set: the same run id in results.json, every row of
     * results.csv and run-manifest.json, the manifest's counts and digests matching the files. Returns the run id.
     */
    private static String check(Path out) throws Exception {
        byte[] jsonBytes = Files.readAllBytes(out.resolve("results.json"));
        byte[] csvBytes = Files.readAllBytes(out.resolve("results.csv"));
        JsonNode json = JSON.readTree(jsonBytes);
        JsonNode manifest = JSON.readTree(out.resolve(RunJob.MANIFEST).toFile());
        String runId = json.path("run").path("settings").path("run_id").asText();
        assertFalse(runId.isEmpty());
        assertEquals(runId, manifest.path("run_id").asText(), "run-manifest.json belongs to results.json's run");
        int total = json.path("run").path("counts").path("total").asInt();
        assertEquals(total, json.path("articles").size());
        assertEquals(total, manifest.path("counts").path("total").asInt());
        List<CSVRecord> rows;
        try (CSVParser csv = CSVParser.parse(new String(csvBytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = csv.getRecords();
        }
        assertEquals(total, rows.size(), "results.csv has the run's rows");
        for (CSVRecord row : rows) {
            assertEquals(runId, row.get("run_id"), "every row of results.csv belongs to results.json's run");
        }
        JsonNode outputs = manifest.path("outputs");
        assertEquals(sha256(jsonBytes), outputs.path("results.json").path("sha256").asText());
        assertEquals(jsonBytes.length, outputs.path("results.json").path("bytes").asLong());
        assertEquals(sha256(csvBytes), outputs.path("results.csv").path("sha256").asText());
        assertEquals(csvBytes.length, outputs.path("results.csv").path("bytes").asLong());
        byte[] reportBytes = Files.readAllBytes(out.resolve("report.html"));
        assertEquals(sha256(reportBytes), outputs.path("report.html").path("sha256").asText());
        assertTrue(new String(reportBytes, StandardCharsets.UTF_8).contains(runId), "report.html shows the run's id");
        return runId;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
