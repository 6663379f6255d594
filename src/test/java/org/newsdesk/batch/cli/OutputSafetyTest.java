package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.batch.cli.CliFixture.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.batch.RunJob;

/** Issue 16: outputs stay complete and consistent when an input is unreadable or holds the output folder. */
class OutputSafetyTest {

    @TempDir
    static Path dir;
    static Path model;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TXT = "United win the derby\n\nThe striker scored twice as United beat City in the "
            + "derby. The goalkeeper saved a penalty.\n";

    @BeforeAll
    static void train() throws Exception {
        model = CliFixture.trainModel(dir, dir.resolve("model"));
    }

    /** The run id of results.json, checked against results.csv's rows and run-manifest.json. */
    private static String sameRun(Path out) throws Exception {
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        JsonNode manifest = JSON.readTree(out.resolve(RunJob.MANIFEST).toFile());
        String runId = results.path("run").path("settings").path("run_id").asText();
        assertEquals(runId, manifest.path("run_id").asText());
        List<String> lines = Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.endsWith("," + runId), line);
        }
        assertEquals(results.path("run").path("counts").path("total").asInt(),
                manifest.path("counts").path("total").asInt());
        return runId;
    }

    @Test
    void anOutputFolderInsideTheInputFolderIsNeverReadNorHashed() throws Exception {
        // issue 16 #12: hashing the inputs walked into the output's temporary files and failed the run
        Path in = dir.resolve("nested-in");
        Files.createDirectories(in);
        for (int i = 0; i < 1000; i++) {
            Files.writeString(in.resolve(String.format("a%04d.txt", i)), "Story " + i + "\n\n" + TXT);
        }
        Path out = in.resolve("out");
        CliFixture.Result first = exec("run", "--model", model.toString(), "--input", in.toString(), "--output",
                out.toString(), "--incremental", "--summary-sentences", "1");
        assertEquals(ExitCodes.OK, first.code(), first.err());
        sameRun(out);
        // a .txt file in the output folder is not an input either
        Files.writeString(out.resolve("stray.txt"), TXT);
        CliFixture.Result second = exec("run", "--model", model.toString(), "--input", in.toString(), "--output",
                out.toString(), "--incremental", "--summary-sentences", "1");
        assertEquals(ExitCodes.OK, second.code(), second.err());
        assertTrue(second.out().contains("0 new, 0 changed, 1000 unchanged (1000 earlier results kept), 0 removed"),
                second.out());
        sameRun(out);
        JsonNode manifest = JSON.readTree(out.resolve(RunJob.MANIFEST).toFile());
        assertEquals(1000, manifest.path("inputs").get(0).path("files").asInt(),
                "the input's 1,000 files, none of the output folder: " + manifest.path("inputs"));
        assertEquals(1000, manifest.path("counts").path("total").asInt());
    }

    @Test
    void anUnreadableFileOrSubfolderGetsAnErrorRowAndTheOutputsStayComplete() throws Exception {
        // issue 16 #2: hashing the inputs for the manifest failed the run (exit 3) after the results were replaced.
        // chmod 000 does not stop root; as root the run goes in a child JVM without the capabilities that let root
        // read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), as a service user without read access would.
        boolean root = "root".equals(System.getProperty("user.name"));
        Assumptions.assumeTrue(!root || Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "running as root without setpriv: chmod 000 cannot make a file unreadable");
        Path in = dir.resolve("locked-in");
        Files.createDirectories(in.resolve("locked"));
        Files.writeString(in.resolve("good.txt"), TXT);
        Files.writeString(in.resolve("secret.txt"), TXT);
        Files.writeString(in.resolve("locked").resolve("inner.txt"), TXT);
        Path out = dir.resolve("locked-out");
        // a complete earlier run, which the failing run must replace with a complete set, not half of one
        assertEquals(ExitCodes.OK, exec("run", "--model", model.toString(), "--input", in.toString(), "--output",
                out.toString(), "--summary-sentences", "1").code());
        Files.setPosixFilePermissions(in.resolve("secret.txt"), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(in.resolve("locked"), PosixFilePermissions.fromString("---------"));
        try {
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(List.of("/usr/bin/setpriv", "--inh-caps=-dac_override,-dac_read_search",
                        "--bounding-set=-dac_override,-dac_read_search"));
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "--model",
                    model.toString(), "--input", in.toString(), "--output", out.toString(), "--summary-sentences", "1"));
            Path err = dir.resolve("locked.err");
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            assertTrue(child.waitFor(120, TimeUnit.SECONDS));
            String stderr = Files.readString(err);
            assertEquals(ExitCodes.SOME_FAILED, child.exitValue(), stderr);
            sameRun(out);
            JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
            List<String> errors = new ArrayList<>();
            for (JsonNode a : results.path("articles")) {
                if ("error".equals(a.path("status").asText())) {
                    errors.add(a.path("id").asText() + ": " + a.path("error").asText());
                } else {
                    assertEquals("good", a.path("id").asText());
                }
            }
            assertEquals(2, errors.size(), errors.toString());
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("secret")), errors.toString());
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("locked")), errors.toString());
            JsonNode input = JSON.readTree(out.resolve(RunJob.MANIFEST).toFile()).path("inputs").get(0);
            assertEquals(1, input.path("files").asInt(), input.toString());
            List<String> unreadable = new ArrayList<>();
            input.path("unreadable").forEach(u -> unreadable.add(u.path("path").asText() + " "
                    + u.path("error").asText()));
            assertEquals(List.of("locked permission denied", "secret.txt permission denied"), unreadable);
        } finally {
            Files.setPosixFilePermissions(in.resolve("secret.txt"), PosixFilePermissions.fromString("rw-r--r--"));
            Files.setPosixFilePermissions(in.resolve("locked"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aModelWhoseFilesNoLongerMatchItsManifestIsRefused() throws Exception {
        // issue 16 #13: another network.bin of the same shape copied in was trusted, and --incremental kept the
        // results of the earlier network
        Path copy = dir.resolve("model-copy");
        Files.createDirectories(copy);
        try (var files = Files.list(model)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path other = dir.resolve("model-other");
        Path data = CliFixture.writeJsonl(dir.resolve("other-train.jsonl"), org.newsdesk.testing.Fixtures.singleLabel());
        CliFixture.Result trained = exec(CliFixture.concat(new String[] {"train", "--data", data.toString(), "--model",
            other.toString(), "--seed", "7"}, CliFixture.FAST));
        assertEquals(ExitCodes.OK, trained.code(), trained.err());
        assertEquals(Files.size(copy.resolve("network.bin")), Files.size(other.resolve("network.bin")), "same shape");
        Path out = dir.resolve("model-out");
        String[] args = {"run", "--model", copy.toString(), "--input", dir.resolve("model-in").toString(), "--output",
            out.toString(), "--incremental"};
        Files.createDirectories(dir.resolve("model-in"));
        Files.writeString(dir.resolve("model-in").resolve("a.txt"), TXT);
        assertEquals(ExitCodes.OK, exec(args).code());
        byte[] before = Files.readAllBytes(out.resolve("results.json"));

        Files.copy(other.resolve("network.bin"), copy.resolve("network.bin"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliFixture.Result r = exec(args);
        assertEquals(ExitCodes.FAILED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("network.bin") && r.err().contains("does not match manifest.json"), r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("results.json"))),
                "the earlier results are kept");
    }
}
