package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code bin/newsdesk run ...} line of the README's "Running the job" block runs as written (in process,
 * through the same command line as {@code bin/newsdesk}) and exits 0; only {@code --output} is pointed at a
 * temporary folder, so that the test leaves nothing in the working copy.
 */
class ReadmeCommandsTest {

    @TempDir
    Path dir;

    /** The {@code bin/newsdesk run} lines of the README's "Running the job" code block. */
    static List<String> runLines() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Running the job\n");
        assertTrue(start >= 0, "README.md has a 'Running the job' section");
        int end = readme.indexOf("\n## ", start + 1);
        List<String> lines = new ArrayList<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("    bin/newsdesk run")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    @Test
    void everyRunCommandOfTheReadmeRunsAsWritten() throws Exception {
        List<String> lines = runLines();
        assertTrue(lines.size() >= 3, "the README shows at least three run commands: " + lines);
        int n = 0;
        for (String line : lines) {
            List<String> args = new ArrayList<>(Arrays.asList(line.split("\\s+")));
            args.remove(0); // bin/newsdesk
            for (String arg : args) {
                if (!arg.startsWith("-") && (arg.startsWith("examples/") || arg.contains("."))) {
                    assertTrue(Files.exists(Path.of(arg)) || !arg.contains("/"), line + ": " + arg + " does not exist");
                }
            }
            Path out = dir.resolve("out" + n++);
            int at = args.indexOf("--output");
            if (at >= 0) {
                args.set(at + 1, out.toString());
            } else if (!args.contains("--help")) {
                args.add("--output");
                args.add(out.toString());
            }
            CliFixture.Result r = CliFixture.exec(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, r.code(), line + "\n" + r.out() + r.err());
            if (!args.contains("--help")) {
                assertTrue(Files.isRegularFile(out.resolve("results.csv")), line + " wrote results.csv");
                if (args.contains("--xlsx")) {
                    assertTrue(Files.isRegularFile(out.resolve("results.xlsx")), line + " wrote results.xlsx");
                }
            }
        }
    }
}
