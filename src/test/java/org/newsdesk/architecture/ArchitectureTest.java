package org.newsdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that dependencies between the pipeline stages flow one way, as package-info.java says. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/newsdesk");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** For each stage, the import prefixes it must not use. OpenNLP (the part-of-speech tagger) is summarize's alone. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "core", List.of("org.newsdesk.", "org.deeplearning4j", "org.nd4j", "picocli", "com.fasterxml",
                    "org.apache", "opennlp"),
            "io", List.of("org.newsdesk.text", "org.newsdesk.classify", "org.newsdesk.summarize",
                    "org.newsdesk.model", "org.newsdesk.batch", "org.deeplearning4j", "org.nd4j", "picocli", "opennlp"),
            "text", List.of("org.newsdesk.io", "org.newsdesk.classify", "org.newsdesk.summarize",
                    "org.newsdesk.model", "org.newsdesk.batch", "org.deeplearning4j", "org.nd4j", "picocli", "opennlp"),
            "classify", List.of("org.newsdesk.io", "org.newsdesk.summarize", "org.newsdesk.model",
                    "org.newsdesk.batch", "picocli", "java.nio.file", "opennlp"),
            "summarize", List.of("org.newsdesk.io", "org.newsdesk.classify", "org.newsdesk.model",
                    "org.newsdesk.batch", "org.deeplearning4j", "org.nd4j", "picocli", "java.nio.file"),
            "model", List.of("org.newsdesk.io", "org.newsdesk.summarize", "org.newsdesk.batch", "picocli", "opennlp"),
            "batch", List.of("org.deeplearning4j", "org.nd4j", "opennlp"));

    @Test
    void stagesImportOnlyWhatTheirLayerAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String stage = MAIN.relativize(file).getName(0).toString();
                String source = Files.readString(file);
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    String imported = m.group(1);
                    for (String bad : FORBIDDEN.getOrDefault(stage, List.of())) {
                        if (imported.startsWith(bad) && !imported.startsWith("org.newsdesk." + stage)) {
                            violations.add(MAIN.relativize(file) + " imports " + imported);
                        }
                    }
                    boolean cli = MAIN.relativize(file).startsWith(Path.of("batch", "cli"));
                    if (imported.startsWith("picocli") && !cli) {
                        violations.add(MAIN.relativize(file) + " imports picocli outside batch.cli");
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageSaysWhatItDoes() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> f = Files.list(dir)) {
                    hasJava = f.anyMatch(p -> p.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(MAIN.relativize(dir).toString());
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
