package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a new user needs before the first build is in the README, above "Running the job": what the first build
 * downloads, how long {@code mvn test} takes, and which tests are skipped without LibreOffice and how that skip shows
 * (the names are those the tests pass to {@code Soffice.require}, so a new spreadsheet test has to be named too).
 */
class ReadmeBuildFactsTest {

    private static String buildSection() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int end = readme.indexOf("\n## Running the job\n");
        assertTrue(end >= 0, "README.md has a 'Running the job' section");
        return readme.substring(0, end).replaceAll("\\s+", " ");
    }

    @Test
    void theReadmeSaysWhatTheFirstBuildDownloadsAndHowLongTheTestsTake() throws Exception {
        String text = buildSection();
        assertTrue(Pattern.compile("first build downloads.{0,100}?\\d+ MB").matcher(text).find(),
                "the download size of the first build, in MB");
        assertTrue(Pattern.compile("`mvn test` took about \\d+ minutes").matcher(text).find(),
                "how long mvn test takes");
    }

    @Test
    void theReadmeNamesEveryTestSkippedWithoutLibreOfficeAndTheSkipMessage() throws Exception {
        String text = buildSection();
        Path tests = Path.of("src/test/java");
        List<String> names = new ArrayList<>();
        Pattern require = Pattern.compile("Soffice\\.require\\(\"([^\"]+)\"\\)");
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = require.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertFalse(names.isEmpty(), "some test needs soffice");
        for (String name : names) {
            assertTrue(text.contains("`" + name + "`"), "README names " + name + " among the tests needing LibreOffice");
        }
        String soffice = Files.readString(tests.resolve("org/newsdesk/io/Soffice.java"), StandardCharsets.UTF_8);
        String shown = "soffice (LibreOffice) is not installed";
        assertTrue(soffice.contains("\"SKIPPED \"") && soffice.contains(shown), "Soffice prints the skip");
        assertTrue(text.contains("SKIPPED ...: " + shown), "README quotes the skip message");
        assertTrue(text.contains("NEWSDESK_REQUIRE_SOFFICE=1"), "README says how to make the skip a failure");
    }
}
