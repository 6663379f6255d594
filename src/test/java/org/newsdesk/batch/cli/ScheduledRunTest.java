package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.batch.cli.CliFixture.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.batch.RunJob;
import org.newsdesk.core.Article;
import org.newsdesk.io.OutputLock;
import org.newsdesk.testing.Fixtures;

/** What a scheduled run needs: exit codes, the output lock, incremental runs, the run manifest, surviving kill -9. */
class ScheduledRunTest {

    @TempDir
    static Path dir;
    static Path model;
    static Path input;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void train() throws Exception {
        model = CliFixture.trainModel(dir, dir.resolve("model"));
        input = CliFixture.writeJsonl(dir.resolve("articles.jsonl"), Fixtures.singleLabel());
    }

    private static CliFixture.Result run(Path out, String... extra) {
        return exec(CliFixture.concat(new String[] {"run", "--model", model.toString(), "--input", input.toString(),
            "--output", out.toString(), "--summary-sentences", "1"}, extra));
    }

    @Test
    void exitCodeIsZeroWhenEveryArticleIsDone() {
        CliFixture.Result r = run(dir.resolve("out-ok"));
        assertEquals(ExitCodes.OK, r.code(), r.err());
    }

    @Test
    void idsThatAreNotInTheInputAreReportedWithTheExitCodeUnchanged() throws Exception {
        // issue 16 #11: --ids naming an article the input does not have was silent
        String present = Fixtures.singleLabel().get(0).id();
        Path ids = Files.writeString(dir.resolve("ids-missing.txt"), present + "\nmissing-9\n");
        Path out = dir.resolve("out-ids-missing");
        CliFixture.Result r = run(out, "--ids", ids.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("warning: 1 of the ids in the ids file are not in the input (first: missing-9)"),
                r.err());
        JsonNode notFound = JSON.readTree(out.resolve("run-manifest.json").toFile()).path("ids_not_found");
        assertEquals(1, notFound.path("count").asInt(), notFound.toString());
        assertEquals("[\"missing-9\"]", notFound.path("first").toString());
        assertEquals(1, JSON.readTree(out.resolve("results.json").toFile()).path("articles").size());

        Path allPresent = Files.writeString(dir.resolve("ids-present.txt"), present + "\n");
        Path out2 = dir.resolve("out-ids-present");
        CliFixture.Result r2 = run(out2, "--ids", allPresent.toString());
        assertEquals(ExitCodes.OK, r2.code(), r2.err());
        assertFalse(r2.err().contains("not in the input"), r2.err());
        assertEquals(0, JSON.readTree(out2.resolve("run-manifest.json").toFile()).path("ids_not_found").path("count")
                .asInt(-1));
    }

    @Test
    void exitCodeForAnOutputFolderThatCannotBeCreated() throws Exception {
        Path file = Files.writeString(dir.resolve("a-regular-file"), "x");
        CliFixture.Result r = run(file.resolve("out"));
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains("cannot create output folder " + file.resolve("out")), r.err());
    }

    @Test
    void exitCodeForAnOutputThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("results-as-file"), "x");
        CliFixture.Result r = run(file);
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains("is a file, not a folder"), r.err());
    }

    @Test
    void aSecondRunOnALockedOutputStopsAtOnce() throws Exception {
        Path out = dir.resolve("out-locked");
        Files.createDirectories(out);
        try (OutputLock held = OutputLock.acquire(out)) {
            CliFixture.Result r = run(out);
            assertEquals(ExitCodes.LOCKED, r.code());
            assertTrue(r.err().contains("is in use by another run") && r.err().contains("process "
                    + ProcessHandle.current().pid()), r.err());
            assertFalse(Files.exists(out.resolve("results.json")));
        }
        assertEquals(ExitCodes.OK, run(out).code(), "the lock is released");
    }

    @Test
    void aLockLeftByADeadProcessIsStaleAndTakenOver() throws Exception {
        Path out = dir.resolve("out-stale");
        Files.createDirectories(out);
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Files.writeString(out.resolve(OutputLock.FILE_NAME), "pid=" + dead.pid() + "\nprocess_start=\nhost="
                + java.net.InetAddress.getLocalHost().getHostName() + "\nlocked_at=2026-01-01T00:00:00Z\n");
        CliFixture.Result r = run(out);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("took over the lock of process " + dead.pid()), r.err());
        assertEquals("", Files.readString(out.resolve(OutputLock.FILE_NAME)), "emptied when the run ends");
    }

    @Test
    void runManifestListsInputsModelCountsAndTimings() throws Exception {
        Path out = dir.resolve("out-manifest");
        assertEquals(ExitCodes.OK, run(out).code());
        JsonNode m = JSON.readTree(out.resolve(RunJob.MANIFEST).toFile());
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        assertEquals(results.path("run").path("settings").path("run_id").asText(), m.path("run_id").asText());
        assertEquals(Files.size(input), m.path("inputs").get(0).path("bytes").asLong());
        assertEquals(org.newsdesk.io.InputDigest.sha256(input), m.path("inputs").get(0).path("sha256").asText());
        for (String name : List.of("results.json", "results.csv")) {
            assertEquals(org.newsdesk.io.InputDigest.sha256(out.resolve(name)),
                    m.path("outputs").path(name).path("sha256").asText(), name + " hashed while it was written");
            assertEquals(Files.size(out.resolve(name)), m.path("outputs").path(name).path("bytes").asLong());
        }
        assertEquals(results.path("run").path("model_fingerprint").asText(), m.path("model").path("fingerprint").asText());
        assertEquals(18, m.path("counts").path("total").asInt());
        assertTrue(m.path("duration_seconds").asDouble() >= 0);
        assertEquals(Files.size(out.resolve("results.csv")), m.path("outputs").path("results.csv").path("bytes").asLong());
        assertEquals("ok", m.path("status").asText());
    }

    @Test
    void incrementalRunKeepsUnchangedResultsAndProcessesNewAndChangedOnes() throws Exception {
        Path out = dir.resolve("out-incremental");
        CliFixture.Result first = run(out, "--incremental");
        assertEquals(ExitCodes.OK, first.code(), first.err());
        assertTrue(first.out().contains("incremental: 18 new, 0 changed, 0 unchanged (0 earlier results kept)"),
                first.out());
        String firstJson = Files.readString(out.resolve("results.json"));

        List<Article> next = new ArrayList<>(Fixtures.singleLabel());
        Article changed = next.get(0);
        next.set(0, new Article(changed.id(), changed.title(), changed.text() + " The fans celebrated late into "
                + "the night.", changed.labels(), null, List.of()));
        next.remove(5);
        next.add(new Article("sport/new", "Boxing title", "The boxer won the world title fight on points after "
                + "twelve rounds in front of a home crowd.", List.of("sport"), null, List.of()));
        Path in2 = CliFixture.writeJsonl(dir.resolve("articles-2.jsonl"), next);
        CliFixture.Result second = exec("run", "--model", model.toString(), "--input", in2.toString(), "--output",
                out.toString(), "--summary-sentences", "1", "--incremental");
        assertEquals(ExitCodes.OK, second.code(), second.err());
        assertTrue(second.out().contains("incremental: 1 new, 1 changed, 16 unchanged (16 earlier results kept), "
                + "1 removed"), second.out());
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        assertEquals(18, results.path("articles").size());
        JsonNode before = JSON.readTree(firstJson).path("articles");
        assertEquals(before.get(1), results.path("articles").get(1), "an unchanged article keeps its result");
        assertEquals("sport/new", results.path("articles").get(17).path("id").asText());
        JsonNode m = JSON.readTree(out.resolve(RunJob.MANIFEST).toFile());
        assertEquals(16, m.path("incremental").path("reused").asInt());

        CliFixture.Result otherSettings = exec("run", "--model", model.toString(), "--input", in2.toString(),
                "--output", out.toString(), "--summary-sentences", "2", "--incremental");
        assertEquals(ExitCodes.OK, otherSettings.code(), otherSettings.err());
        assertTrue(otherSettings.out().contains("0 earlier results kept")
                && otherSettings.out().contains("settings"), otherSettings.out());
    }

    @Test
    void killedMidRunLeavesThePreviousResultsAndTheRerunCompletes() throws Exception {
        Path out = dir.resolve("out-kill");
        assertEquals(ExitCodes.OK, run(out).code());
        byte[] json = Files.readAllBytes(out.resolve("results.json"));
        byte[] csv = Files.readAllBytes(out.resolve("results.csv"));
        byte[] manifest = Files.readAllBytes(out.resolve(RunJob.MANIFEST));

        List<Article> many = new ArrayList<>();
        List<Article> base = Fixtures.singleLabel();
        for (int i = 0; i < 6000; i++) {
            Article a = base.get(i % base.size());
            many.add(new Article("a" + i, a.title(), a.text() + " Story number " + i + ".", a.labels(), null, List.of()));
        }
        Path big = CliFixture.writeJsonl(dir.resolve("many.jsonl"), many);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--model", model.toString(), "--input", big.toString(), "--output",
                out.toString(), "--summary-sentences", "1")
                .redirectOutput(dir.resolve("child.out").toFile()).redirectError(dir.resolve("child.err").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!writingResults(out)) {
                assertTrue(child.isAlive(), () -> "the child run ended before it could be killed: "
                        + read(dir.resolve("child.err")));
                assertTrue(System.nanoTime() < deadline, "the child run did not start writing in time");
                Thread.sleep(20);
            }
            CliFixture.Result second = run(out);
            assertEquals(ExitCodes.LOCKED, second.code(), "a second run while the child runs: " + second.err());
            assertTrue(child.isAlive(), "the run finished before it could be killed; make the input bigger");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertArrayEquals(json, Files.readAllBytes(out.resolve("results.json")), "previous results.json untouched");
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("results.csv")), "previous results.csv untouched");
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve(RunJob.MANIFEST)));
        assertNotEquals("", Files.readString(out.resolve(OutputLock.FILE_NAME)), "the killed run's lock remains");

        CliFixture.Result rerun = exec("run", "--model", model.toString(), "--input", big.toString(), "--output",
                out.toString(), "--summary-sentences", "1");
        assertEquals(ExitCodes.OK, rerun.code(), rerun.err());
        assertTrue(rerun.err().contains("took over the lock"), rerun.err());
        assertTrue(rerun.err().contains("temporary files left by a run that was stopped"), rerun.err());
        assertEquals(6000, JSON.readTree(out.resolve("results.json").toFile()).path("run").path("counts")
                .path("total").asInt());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
        }
    }

    /** Whether a run is writing its results into {@code out}: its temporary article file (in its run folder) has content. */
    private static boolean writingResults(Path out) throws Exception {
        Path runs = out.resolve(org.newsdesk.io.OutputSet.RUNS);
        if (!Files.isDirectory(runs)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(runs, 2)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(".results.json.articles.")
                    && p.toFile().length() > 0);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return "";
        }
    }
}
