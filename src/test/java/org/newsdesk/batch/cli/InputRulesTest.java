package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.batch.cli.CliFixture.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.Article;
import org.newsdesk.testing.Fixtures;

/**
 * Issue 16, the input side: one rule for control characters in every format (a NUL byte is removed from its record
 * with a note, and no control character reaches the result files, while a binary file is still refused), an unclosed
 * quote named by file, line and id, a CSV cut off inside a quoted field giving one error row and nothing invented,
 * and the same bad records through {@code train} and {@code evaluate}.
 */
class InputRulesTest {

    @TempDir
    static Path dir;
    /** The shipped model, which knows the words of the examples ("court", "trial", "flood"). */
    static final Path MODEL = Path.of("models/default");
    private static int counter;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The example: {@code printf 'id,title,text\nok-1,...\000 the trial.\nok-2,B,Good text two.\n'}. */
    static final String NUL_CSV = "id,title,text\nok-1,A,Good text one.\nnul-1,Court,The court adjourned\000 the "
            + "trial.\nok-2,B,Good text two.\n";

    record Run(CliFixture.Result result, Path out, Map<String, JsonNode> articles) {
        JsonNode article(String id) {
            JsonNode a = articles.get(id);
            assertTrue(a != null, "no result for " + id + " in " + articles.keySet() + "; " + result);
            return a;
        }

        void assertOk(String id) {
            assertEquals("ok", article(id).path("status").asText(), () -> article(id).toString());
        }

        void assertControlCharactersRemoved(String id) {
            assertOk(id);
            assertTrue(article(id).path("notes").toString().contains("control characters removed"),
                    () -> article(id).toString());
        }
    }

    static Path fresh(String name) throws Exception {
        Path p = dir.resolve("case-" + (++counter)).resolve(name);
        Files.createDirectories(p.getParent());
        return p;
    }

    static Run run(String... inputArgs) throws Exception {
        Path out = dir.resolve("out-" + (++counter));
        String[] args = {"run", "--model", MODEL.toString(), "--output", out.toString(), "--summary-sentences", "1"};
        CliFixture.Result r = exec(CliFixture.concat(args, inputArgs));
        Map<String, JsonNode> articles = new LinkedHashMap<>();
        Path json = out.resolve("results.json");
        if (Files.exists(json)) {
            for (JsonNode a : JSON.readTree(json.toFile()).path("articles")) {
                articles.put(a.path("id").asText(), a);
            }
            assertNoControlCharacters(json);
            assertNoControlCharacters(out.resolve("results.csv"));
            assertFalse(Files.readString(json).matches("(?s).*\\\\u00[01][0-9a-fA-F].*"),
                    "results.json holds an escaped control character");
        }
        return new Run(r, out, articles);
    }

    /** No byte of the file is a control character other than tab, line feed and carriage return. */
    static void assertNoControlCharacters(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            int at = i;
            assertFalse(control, () -> file.getFileName() + " holds control character U+" + Integer.toHexString(c)
                    + " at " + at);
        }
    }

    static void assertNulRecordDone(Run r) {
        assertEquals(3, r.articles().size(), r.articles().keySet().toString());
        r.assertOk("ok-1");
        r.assertOk("ok-2");
        r.assertControlCharactersRemoved("nul-1");
        assertEquals(0, r.result().code(), r.result().err());
    }

    @Test
    void nulByteInACsvRecordIsRemovedWithANoteAndTheOtherRecordsAreRead() throws Exception {
        Path file = fresh("nul.csv");
        Files.write(file, NUL_CSV.getBytes(StandardCharsets.UTF_8));
        Run r = run("--input", file.toString());
        assertNulRecordDone(r);
        assertFalse(r.article("nul-1").path("summary").asText().contains("\0"));
    }

    @Test
    void nulByteFarIntoACsvFollowsTheSameRule() throws Exception {
        StringBuilder csv = new StringBuilder("id,title,text\nok-1,A,Good text one.\n");
        for (int i = 0; i < 200; i++) {
            csv.append("fill-").append(i).append(",Filler,The council met on Monday to discuss the budget again.\n");
        }
        csv.append("nul-1,Court,The court adjourned\000 the trial.\nok-2,B,Good text two.\n");
        assertTrue(csv.indexOf("\000") > 8192);
        Path file = fresh("far.csv");
        Files.writeString(file, csv);
        Run r = run("--input", file.toString());
        r.assertControlCharactersRemoved("nul-1");
        r.assertOk("ok-1");
        r.assertOk("ok-2");
        assertEquals(203, r.articles().size());
    }

    @Test
    void jsonLinesRawNulByteAndEscapedControlCharactersFollowTheSameRule() throws Exception {
        Path file = fresh("nul.jsonl");
        String lines = "{\"id\":\"ok-1\",\"title\":\"A\",\"text\":\"Good text one.\"}\n"
                + "{\"id\":\"nul-1\",\"title\":\"Court\",\"text\":\"The court adjourned\000 the trial.\"}\n"
                + "{\"id\":\"esc-1\",\"title\":\"Court\\u0007 news\",\"text\":\"The court adjourned\\u0000 the "
                + "trial\\u001b again.\"}\n"
                + "{\"id\":\"ok-2\",\"title\":\"B\",\"text\":\"Good text two.\"}\n";
        Files.write(file, lines.getBytes(StandardCharsets.UTF_8));
        Run r = run("--input", file.toString());
        assertEquals(4, r.articles().size(), r.articles().keySet().toString());
        r.assertOk("ok-1");
        r.assertOk("ok-2");
        r.assertControlCharactersRemoved("nul-1");
        r.assertControlCharactersRemoved("esc-1");
        assertEquals("Court news", r.article("esc-1").path("title").asText());
    }

    @Test
    void nulByteInATxtFileFollowsTheSameRule() throws Exception {
        Path folder = fresh("in");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("ok-1.txt"), "A\n\nGood text one.\n");
        Files.writeString(folder.resolve("nul-1.txt"), "Court\n\nThe court adjourned\000 the trial.\n");
        Files.writeString(folder.resolve("ok-2.txt"), "B\n\nGood text two.\n");
        assertNulRecordDone(run("--input", folder.toString()));
    }

    @Test
    void nulByteOnStandardInputFollowsTheSameRule() throws Exception {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(NUL_CSV.getBytes(StandardCharsets.UTF_8)));
            assertNulRecordDone(run("--input", "-", "--format", "CSV"));
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aBinaryFileIsStillRefusedClearly() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("articles.csv"));
            Random random = new Random(16);
            for (int i = 0; i < 4000; i++) {
                zip.write(("row-" + random.nextInt() + ",Title " + random.nextLong() + ",Text " + random.nextDouble()
                        + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Path zip = fresh("articles.csv");
        Files.write(zip, zipped.toByteArray());
        byte[] png = new byte[12000];
        new Random(1).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        Path folder = fresh("pictures");
        Files.createDirectories(folder);
        Files.write(folder.resolve("photo.txt"), png);
        Files.writeString(folder.resolve("good.txt"), "A\n\nGood text one.\n");
        Run r = run("--input", zip.toString(), "--input", folder.toString());
        assertEquals(1, r.result().code(), r.result().err());
        r.assertOk("good");
        for (String name : List.of("articles.csv", "photo.txt")) {
            assertTrue(r.articles().values().stream().anyMatch(a -> "error".equals(a.path("status").asText())
                    && a.path("error").asText().contains(name) && a.path("error").asText().contains("binary file")),
                    () -> name + " not refused as binary: " + r.articles().values());
        }
    }

    @Test
    void unclosedQuoteNamesFileLineAndIdWithoutContradiction() throws Exception {
        Path file = fresh("in.csv");
        Files.writeString(file, "id,title,text\nok-1,A,Good text one.\nbad-1,Broken,\"The text never closes its "
                + "quote.\nok-3,B,\"Good text three.\"\nok-4,C,Good text four.\n");
        Run r = run("--input", file.toString());
        assertEquals(1, r.result().code());
        String error = r.article("bad-1").path("error").asText();
        assertTrue(error.startsWith(file + " line 3 (id=bad-1): malformed CSV record"), error);
        assertFalse(error.contains("at line:") || error.contains("position"), error);
        assertTrue(error.contains("went on reading at line 4"), error);
        r.assertOk("ok-1");
        r.assertOk("ok-3");
        r.assertOk("ok-4");
        assertEquals(4, r.articles().size());
    }

    /** A CSV whose last record stops inside its quoted, multi-paragraph text (copied while being written). */
    static final String CUT_CSV = "id,title,text\n"
            + "flood-1,River rises,\"The river rose two metres overnight.\n\nResidents were moved to the school, "
            + "officials said.\"\n"
            + "flood-2,Dam holds,\"Engineers said the dam held.\n\nThe council met on Monday.\"\n"
            + "flood-3,Rain eases,The rain eased on Tuesday.\n"
            + "flood-4,Barrier fails,\"The flood barrier failed at dawn, officials said.\n\n"
            + "Officials said the barrier,had been,inspected in May.\n"
            + "Meanwhile,the water,kept rising.\n\n"
            + "Officials said the barrier would be rebuilt, but\n";

    @Test
    void csvCutOffInsideAQuotedFieldGivesOneErrorRowAndInventsNothing() throws Exception {
        Path file = fresh("cut.csv");
        Files.writeString(file, CUT_CSV);
        Run r = run("--input", file.toString());
        assertEquals(List.of("flood-1", "flood-2", "flood-3", "flood-4"), new ArrayList<>(r.articles().keySet()));
        r.assertOk("flood-1");
        r.assertOk("flood-2");
        r.assertOk("flood-3");
        JsonNode cut = r.article("flood-4");
        assertEquals("error", cut.path("status").asText());
        String error = cut.path("error").asText();
        assertTrue(error.startsWith(file + " line 9 (id=flood-4): malformed CSV record"), error);
        assertTrue(error.contains("cut off"), error);
    }

    /** The fixture's training articles as CSV, with a NUL record, an unclosed quote and a cut-off last record. */
    static Path badTrainingCsv() throws Exception {
        StringBuilder csv = new StringBuilder("id,title,text,labels\n");
        List<Article> articles = Fixtures.singleLabel();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            String text = a.text();
            if (i == 2) {
                text = text.replaceFirst(" ", "\000 ");
            }
            csv.append(a.id()).append(",\"").append(a.title().replace("\"", "\"\"")).append("\",\"")
                    .append(text.replace("\"", "\"\"")).append("\",").append(a.labels().get(0)).append('\n');
            if (i == 8) {
                csv.append("unclosed-1,Broken,\"Text whose quote never closes.,sport\n");
            }
        }
        csv.append("cut-1,Cut off,\"The last record stops inside its text.\n\nSecond paragraph, never ended");
        Path file = fresh("train.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void trainAndEvaluateNameAndSkipTheSameBadRecordsAndUseTheRest() throws Exception {
        Path data = badTrainingCsv();
        int lineOfUnclosed = 2 + 9; // header, nine records, then the unclosed one
        CliFixture.Result t = exec(CliFixture.concat(new String[] {"train", "--data", data.toString(), "--model",
            dir.resolve("model-bad").toString()}, CliFixture.FAST));
        assertEquals(1, t.code(), t.err());
        assertTrue(t.err().contains("line " + lineOfUnclosed + " (id=unclosed-1): malformed CSV record"), t.err());
        assertTrue(t.err().contains("(id=cut-1): malformed CSV record"), t.err());
        assertTrue(t.err().contains("2 records could not be read"), t.err());
        assertTrue(t.out().contains("on 18 articles"), t.out());

        Path report = dir.resolve("report-bad");
        CliFixture.Result e = exec("evaluate", "--model", dir.resolve("model-bad").toString(), "--data", data.toString(), "--report",
                report.toString());
        assertEquals(1, e.code(), e.err());
        assertTrue(e.err().contains("line " + lineOfUnclosed + " (id=unclosed-1): malformed CSV record"), e.err());
        assertTrue(e.err().contains("(id=cut-1): malformed CSV record"), e.err());
        assertFalse(e.err().contains("nul"), e.err());
        JsonNode summary = JSON.readTree(report.resolve("report.json").toFile());
        assertTrue(summary.toString().contains("\"articles\":18"), summary.toString());
    }
}
