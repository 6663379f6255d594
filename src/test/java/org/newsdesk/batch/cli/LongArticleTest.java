package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 #9: one long article (about 290,000 characters of 6,600 short lines, under the 300,000-character limit)
 * used to run {@code run} out of a 512 MB heap in the sentence graph. The command runs in a child JVM with a 128 MB
 * heap (the tests' own JVM has 4 GB), the long article between two ordinary ones: all three get their results.
 */
class LongArticleTest {

    @TempDir
    Path dir;

    static String longText() {
        String[] words = {"council", "river", "court", "minister", "budget", "trial", "flood", "barrier", "school",
            "police", "market", "shares", "election", "vote", "team", "match", "coach", "storm", "rain", "bridge"};
        Random random = new Random(9);
        StringBuilder text = new StringBuilder();
        for (int line = 0; text.length() < 290_000; line++) {
            int k = 3 + random.nextInt(3);
            StringBuilder s = new StringBuilder("Update " + line + ":");
            for (int i = 0; i < k; i++) {
                s.append(' ').append(words[random.nextInt(words.length)]);
            }
            text.append(s).append(".\n");
        }
        return text.toString();
    }

    @Test
    void aLongArticleOfShortLinesRunsInASmallHeapBesideTheOthers() throws Exception {
        String text = longText();
        assertTrue(text.length() > 288_000 && text.length() < 300_000, "length " + text.length());
        assertTrue(text.lines().count() > 6_000, "lines " + text.lines().count());
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String[] a : new String[][] {
            {"good-1", "Court adjourns", "The court adjourned the trial on Monday. The judge said the jury would "
                + "return next week."},
            {"long-1", "Live blog", text},
            {"good-2", "Flood", "The river rose two metres overnight. Residents were moved to the school."}}) {
            ObjectNode n = json.createObjectNode();
            n.put("id", a[0]);
            n.put("title", a[1]);
            n.put("text", a[2]);
            lines.add(json.writeValueAsString(n));
        }
        Path input = Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--model", "models/default", "--input", input.toString(), "--output",
                out.toString(), "--threads", "2")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run did not finish in 5 minutes");
        String log = Files.readString(dir.resolve("log.txt"));
        assertEquals(0, p.exitValue(), log);
        JsonNode articles = json.readTree(out.resolve("results.json").toFile()).path("articles");
        assertEquals(3, articles.size(), log);
        for (JsonNode a : articles) {
            assertEquals("ok", a.path("status").asText(), a.toString());
            assertTrue(!a.path("summary").asText().isEmpty(), a.toString());
        }
    }
}
