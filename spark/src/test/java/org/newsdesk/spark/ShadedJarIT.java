package org.newsdesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.batch.RunJob;
import org.newsdesk.batch.RunRequest;
import org.newsdesk.core.Progress;
import org.newsdesk.io.InputOptions;
import org.newsdesk.model.ModelStore;
import org.newsdesk.summarize.SummaryLength;

/**
 * The shaded job jar as {@code spark-submit} uses it: a JVM whose class path holds Spark's jars first, then the job
 * jar, running {@code SparkRun} in {@code local[2]}; its rows equal {@code run}'s on the README's example articles.
 */
class ShadedJarIT {

    static final Path JAR = Path.of(System.getProperty("newsdesk.spark.jar", "target/newsdesk-spark.jar"));

    @TempDir
    Path dir;

    @Test
    void theJarIsUnder30MbAndHoldsOnlyRelocatedCopiesOfSparksLibraries() throws IOException {
        assertTrue(Files.size(JAR) < 30L * 1024 * 1024, JAR + " is " + Files.size(JAR) + " bytes");
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> leaked = zip.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class"))
                    .filter(n -> n.startsWith("com/fasterxml/jackson/") || n.startsWith("com/ibm/icu/")
                            || n.startsWith("org/apache/commons/io/") || n.startsWith("org/apache/commons/csv/")
                            || n.startsWith("org/apache/spark/") || n.startsWith("scala/")
                            || n.startsWith("org/nd4j/") || n.startsWith("org/deeplearning4j/"))
                    .limit(5).toList();
            assertEquals(List.of(), leaked);
            assertTrue(zip.getEntry("org/newsdesk/shaded/icu/util/VersionInfo.class") != null);
        }
    }

    @Test
    void theJarRunsBehindSparksJarsAndGivesRunsRows() throws Exception {
        Path model = Path.of("..", "models", "default");
        Path seeds = Path.of("..", "seeds");
        Path runOut = dir.resolve("run");
        new RunJob(new ModelStore(), Clock.systemUTC()).execute(new RunRequest(model, List.of(seeds),
                InputOptions.defaults(), null, runOut, new SummaryLength.Sentences(3), 64), Progress.NONE);
        ObjectMapper mapper = new ObjectMapper();
        List<String> expected = new ArrayList<>();
        for (JsonNode a : mapper.readTree(runOut.resolve("results.json").toFile()).get("articles")) {
            expected.add(mapper.writeValueAsString(a));
        }

        Path out = dir.resolve("spark");
        String classPath = Files.readString(Path.of(System.getProperty("newsdesk.spark.classpath"))).strip()
                + File.pathSeparator + JAR;
        Result r = java(classPath, "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.host=127.0.0.1", "org.newsdesk.spark.SparkRun", "--model", model.toString(),
                "--input", seeds.toString(), "--output", out.toString());
        assertEquals(0, r.code, r.output);
        assertTrue(r.output.contains("7 articles: 7 ok, 0 failed -> "), r.output);
        String run = Files.readString(out.resolve("current")).strip();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve(run).resolve(SparkRun.JSONL))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        assertEquals(expected, lines);
    }

    @Test
    void anotherIcuOnTheClassPathIsRefusedAtStart() throws Exception {
        // not the shaded jar (its ICU is relocated, so no other ICU can replace it): the job's classes with
        // ICU4J 74.2 ahead of Newsdesk's 77.1
        String newsdesk = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "newsdesk",
                "newsdesk", "0.1.0", "newsdesk-0.1.0.jar").toString();
        String classPath = String.join(File.pathSeparator, System.getProperty("newsdesk.spark.otherIcu"),
                System.getProperty("newsdesk.spark.unshaded"), newsdesk,
                Files.readString(Path.of(System.getProperty("newsdesk.spark.classpath"))).strip());
        Result r = java(classPath, "org.newsdesk.spark.SparkRun", "--model", "m", "--input", "i", "--output",
                dir.resolve("o").toString());
        assertEquals(3, r.code, r.output);
        assertTrue(r.output.contains("ICU4J 74.2") && r.output.contains("built with ICU4J 77.1"), r.output);
        assertFalse(Files.exists(dir.resolve("o")));
    }

    private record Result(int code, String output) {
    }

    private static Result java(String classPath, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.stream(System.getProperty("newsdesk.spark.jvm.args", "").split("\\s+"))
                .filter(s -> !s.isBlank()).toList());
        command.add("-cp");
        command.add(classPath);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
