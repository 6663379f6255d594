package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.batch.cli.CliFixture.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the whole {@code run} command, one test per case: each bad record gets a message naming the file,
 * line or id and the reason, and every good article of the same input still gets its result.
 */
class BadInputTest {

    @TempDir
    static Path dir;
    static Path model;
    private static int counter;
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String GOOD_TITLE = "United win the derby";
    static final String GOOD_TEXT = "The striker scored twice as United beat City in the derby. The goalkeeper saved "
            + "a penalty. The coach praised the team after the match.";
    static final String GOOD_TXT = GOOD_TITLE + "\n\n" + GOOD_TEXT + "\n";

    @BeforeAll
    static void train() throws Exception {
        model = CliFixture.trainModel(dir, dir.resolve("model"));
    }

    record Run(CliFixture.Result result, Map<String, JsonNode> articles) {
        JsonNode article(String id) {
            JsonNode a = articles.get(id);
            assertTrue(a != null, "no result for " + id + " in " + articles.keySet());
            return a;
        }

        void assertOk(String id) {
            assertEquals("ok", article(id).path("status").asText(), () -> article(id).toString());
        }

        /** The one error result whose error text contains every part. */
        JsonNode assertError(String... parts) {
            for (JsonNode a : articles.values()) {
                String error = a.path("error").asText("");
                if ("error".equals(a.path("status").asText()) && Stream.of(parts).allMatch(error::contains)) {
                    return a;
                }
            }
            throw new AssertionError("no error containing " + List.of(parts) + " in " + articles.values());
        }
    }

    static Path fresh(String name) throws Exception {
        Path p = dir.resolve("case-" + (++counter)).resolve(name);
        Files.createDirectories(p.getParent());
        return p;
    }

    static Run run(Path... inputs) throws Exception {
        Path out = dir.resolve("out-" + (++counter));
        String[] args = {"run", "--model", model.toString(), "--output", out.toString(), "--summary-sentences", "1"};
        for (Path in : inputs) {
            args = CliFixture.concat(args, "--input", in.toString());
        }
        CliFixture.Result r = exec(args);
        Map<String, JsonNode> articles = new LinkedHashMap<>();
        if (Files.exists(out.resolve("results.json"))) {
            for (JsonNode a : JSON.readTree(out.resolve("results.json").toFile()).path("articles")) {
                articles.put(a.path("id").asText(), a);
            }
        }
        return new Run(r, articles);
    }

    /** A folder holding good.txt and one more file with the given bytes. */
    static Path folderWith(String name, byte[] bytes) throws Exception {
        Path folder = fresh("in");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("good.txt"), GOOD_TXT);
        Files.write(folder.resolve(name), bytes);
        return folder;
    }

    static String jsonLine(String id, String title, String text) throws Exception {
        ObjectNode n = JSON.createObjectNode();
        if (id != null) {
            n.put("id", id);
        }
        n.put("title", title);
        n.put("text", text);
        return JSON.writeValueAsString(n);
    }

    static Path jsonl(String... lines) throws Exception {
        Path file = fresh("in.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    static Path csv(String content) throws Exception {
        Path file = fresh("in.csv");
        Files.writeString(file, content);
        return file;
    }

    static String csvGood(String id) {
        return id + ",\"" + GOOD_TITLE + "\",\"" + GOOD_TEXT + "\"\n";
    }

    @Test
    void emptyFile() throws Exception {
        Path folder = folderWith("empty.txt", new byte[0]);
        Run r = run(folder);
        assertEquals(ExitCodes.SOME_FAILED, r.result().code());
        assertEquals("empty file", r.article("empty").path("error").asText().replace(folder.resolve("empty.txt") + " (empty): ", ""));
        assertTrue(r.article("empty").path("error").asText().contains(folder.resolve("empty.txt").toString()));
        r.assertOk("good");

        Path emptyJsonl = fresh("empty.jsonl");
        Files.writeString(emptyJsonl, "");
        Run j = run(emptyJsonl, folder.resolve("good.txt").getParent());
        j.assertError(emptyJsonl.toString(), "no articles: the file is empty");
        j.assertOk("good");
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        Run r = run(folderWith("blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8)));
        r.assertError("blank.txt", "empty file (only whitespace)");
        r.assertOk("good");
        Run j = run(jsonl("   ", "\t"));
        j.assertError("in.jsonl", "no articles: the file has only blank lines");
    }

    @Test
    void binaryFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        Run r = run(folderWith("picture.txt", png));
        r.assertError("picture.txt", "binary file, not text");
        r.assertOk("good");
        Path binaryCsv = fresh("data.csv");
        Files.write(binaryCsv, png);
        Run c = run(binaryCsv, jsonl(jsonLine("j1", GOOD_TITLE, GOOD_TEXT)));
        c.assertError("data.csv", "binary file, not text");
        c.assertOk("j1");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithANote() throws Exception {
        Run r = run(folderWith("cafe.txt", ("Caf\u00e9 owners vote\n\nThe party won the election vote in parliament, "
                + "caf\u00e9 owners said.").getBytes(StandardCharsets.ISO_8859_1)));
        r.assertOk("cafe");
        assertEquals("Caf\u00e9 owners vote", r.article("cafe").path("title").asText());
        assertTrue(r.article("cafe").path("notes").toString().contains("not valid UTF-8; decoded as windows-1252"));
        r.assertOk("good");
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        byte[] utf16 = ("\ufeffCaf\u00e9 owners vote\r\n\r\nThe party won the election vote in parliament, caf\u00e9 "
                + "owners said.\r\n").getBytes(StandardCharsets.UTF_16LE);
        Run r = run(folderWith("utf16.txt", utf16));
        r.assertOk("utf16");
        assertEquals("Caf\u00e9 owners vote", r.article("utf16").path("title").asText());
        assertTrue(r.article("utf16").path("notes").toString().contains("UTF-16"));
        r.assertOk("good");

        Path file = fresh("utf16.jsonl");
        Files.write(file, ("\ufeff" + jsonLine("u1", "Caf\u00e9", GOOD_TEXT) + "\n").getBytes(StandardCharsets.UTF_16BE));
        Run j = run(file);
        j.assertOk("u1");
        assertEquals("Caf\u00e9", j.article("u1").path("title").asText());
    }

    @Test
    void loneSurrogateEscapeInJsonLinesIsReplacedWithANote() throws Exception {
        // issue 16 #1: a JSON \\udc00 escape is a lone UTF-16 surrogate, which UTF-8 output cannot hold
        String bad = "{\"id\":\"s1\",\"title\":\"x \\ud800\",\"text\":\"The minister said \\udc00 on Monday "
                + "that the party won the election vote in parliament.\"}";
        Run j = run(jsonl(jsonLine("j1", GOOD_TITLE, GOOD_TEXT), bad, jsonLine("j2", GOOD_TITLE, GOOD_TEXT)));
        assertEquals(0, j.result().code(), j.result().err());
        j.assertOk("j1");
        j.assertOk("j2");
        j.assertOk("s1");
        assertEquals("x \ufffd", j.article("s1").path("title").asText());
        assertTrue(j.article("s1").path("notes").toString().contains("lone surrogate replaced"),
                j.article("s1").toString());
        assertFalse(j.article("j1").path("notes").toString().contains("surrogate"));
    }

    @Test
    void crlfLineEnds() throws Exception {
        Run folder = run(folderWith("windows.txt", ("Bank raises rates\r\n\r\nThe central bank raised interest rates.\r\n"
                + "Shares fell and analysts expect inflation to slow.\r\n").getBytes(StandardCharsets.UTF_8)));
        folder.assertOk("windows");
        assertEquals("Bank raises rates", folder.article("windows").path("title").asText());
        Run c = run(csv("id,title,text\r\n" + csvGood("c1").replace("\n", "\r\n") + "c2,Rates,\"The bank raised "
                + "rates.\r\nShares fell.\"\r\n"));
        c.assertOk("c1");
        c.assertOk("c2");
        Run j = run(jsonl(jsonLine("j1", GOOD_TITLE, GOOD_TEXT) + "\r", jsonLine("j2", "Rates", "The bank raised rates.")
                + "\r"));
        j.assertOk("j1");
        j.assertOk("j2");
    }

    @Test
    void twentyMegabyteArticleFailsAloneWithTheLimitNamed() throws Exception {
        String huge = "The market rose again today. ".repeat(20 * 1024 * 1024 / 29);
        Run r = run(jsonl(jsonLine("huge", "Huge", huge), jsonLine("good", GOOD_TITLE, GOOD_TEXT)));
        JsonNode error = r.assertError("characters long; the limit is 300,000 (--max-article-chars)");
        assertEquals("huge", error.path("id").asText());
        r.assertOk("good");
        assertEquals(ExitCodes.SOME_FAILED, r.result().code());
    }

    @Test
    void headlineOnlyTxtFileIsAFlashLikeInCsvAndJsonLines() throws Exception {
        // issue 16 #5: the same headline alone in a .txt file, a CSV record and a JSON Lines record
        String headline = "United beat City in the derby";
        Run r = run(folderWith("flash.txt", (headline + "\n").getBytes(StandardCharsets.UTF_8)),
                csv("id,title,text\nc1," + headline + ",\n"), jsonl(jsonLine("j1", headline, "")));
        assertEquals(0, r.result().code(), r.result().err());
        r.assertOk("good");
        for (String id : List.of("flash", "c1", "j1")) {
            r.assertOk(id);
            assertEquals(headline, r.article(id).path("title").asText());
            assertTrue(r.article(id).path("notes").toString().contains("no body text"), r.article(id).toString());
            assertEquals(r.article("c1").path("topics"), r.article(id).path("topics"));
        }
    }

    @Test
    void oneWordArticleGetsAResultWithANote() throws Exception {
        Run r = run(csv("id,title,text\none,,Election\n" + csvGood("good")));
        r.assertOk("one");
        assertTrue(r.article("one").path("notes").toString().contains("very short article (1 word)"),
                r.article("one").toString());
        r.assertOk("good");
    }

    @Test
    void articleInALanguageTheModelWasNotTrainedOnIsFlaggedNotFailed() throws Exception {
        // a French sports story: only the club names are words the English fixture model knows
        String french = "Manchester United a battu City dimanche soir dans le derby. Les supporters ont c\u00e9l\u00e9br\u00e9 "
                + "la victoire jusqu'\u00e0 tard dans la nuit, et l'entra\u00eeneur a f\u00e9licit\u00e9 ses "
                + "joueurs pour leur courage.";
        String russian = "\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e "
                + "\u043e\u0431\u044a\u044f\u0432\u0438\u043b\u043e \u043e \u043d\u043e\u0432\u043e\u0439 "
                + "\u0440\u0435\u0444\u043e\u0440\u043c\u0435 \u043f\u0435\u043d\u0441\u0438\u0439 "
                + "\u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a.";
        Run r = run(jsonl(jsonLine("fr", "R\u00e9forme des retraites", french), jsonLine("ru", "", russian),
                jsonLine("good", GOOD_TITLE, GOOD_TEXT)));
        assertTrue(r.article("fr").path("notes").toString().contains("probably French, not English"),
                r.article("fr").toString());
        assertTrue(r.article("ru").path("notes").toString().contains("Cyrillic script"), r.article("ru").toString());
        assertFalse(r.article("good").path("notes").toString().contains("English"));
        r.assertOk("good");
        r.assertOk("fr");
    }

    @Test
    void htmlMarkupIsStripped() throws Exception {
        String html = "<html><head><style>p {color: red}</style></head><body><p>The striker scored twice &amp; United "
                + "beat City in the derby.</p><script>alert('x')</script><p>The coach praised the <b>team</b> after "
                + "the match.</p></body></html>";
        Run r = run(jsonl(jsonLine("html", "<h1>Derby &ndash; report</h1>", html)));
        r.assertOk("html");
        JsonNode a = r.article("html");
        assertEquals("Derby \u2013 report", a.path("title").asText());
        assertTrue(a.path("notes").toString().contains("HTML markup removed"));
        String summary = a.path("summary").asText();
        assertFalse(summary.contains("<") || summary.contains("alert") || summary.contains("color"), summary);
        assertTrue(summary.contains("&") || summary.contains("coach"), summary);
    }

    @Test
    void csvWithAnUnclosedQuoteLosesOnlyThatRecord() throws Exception {
        Path file = csv("id,title,text\n" + csvGood("before") + "broken,\"Broken title,\"Text with an \"unclosed "
                + "quote.\n" + csvGood("after1") + csvGood("after2"));
        Run r = run(file);
        r.assertError(file + " line 3 (id=broken): malformed CSV record", "went on reading at line 4");
        r.assertOk("before");
        r.assertOk("after1");
        r.assertOk("after2");
    }

    @Test
    void csvWithAMissingColumn() throws Exception {
        Path file = csv("id,title,text\n" + csvGood("a") + "short,Only a title\n" + csvGood("b"));
        Run r = run(file);
        r.assertError(file + " line 3 (id=short): wrong column count: expected 3, found 2");
        r.assertOk("a");
        r.assertOk("b");
    }

    @Test
    void csvWithAnExtraColumn() throws Exception {
        Path file = csv("id,title,text\n" + csvGood("a") + "long,Title,Text of it.,extra\n" + csvGood("b"));
        Run r = run(file);
        r.assertError(file + " line 3 (id=long): wrong column count: expected 3, found 4");
        r.assertOk("a");
        r.assertOk("b");
    }

    @Test
    void csvWithEmbeddedNewlines() throws Exception {
        Run r = run(csv("id,title,text\nmulti,\"Two\nline title\",\"First paragraph about the derby.\n\nThe coach "
                + "praised the team.\"\n" + csvGood("after")));
        r.assertOk("multi");
        r.assertOk("after");
    }

    @Test
    void jsonLinesWithOneMalformedLine() throws Exception {
        Path file = jsonl(jsonLine("a", GOOD_TITLE, GOOD_TEXT), "{\"id\": \"bad\", \"text\": ", jsonLine("b", GOOD_TITLE,
                GOOD_TEXT));
        Run r = run(file);
        r.assertError(file + " line 2 (id=bad): malformed JSON");
        r.assertOk("a");
        r.assertOk("b");
    }

    @Test
    void duplicateIds() throws Exception {
        Path first = jsonl(jsonLine("same", GOOD_TITLE, GOOD_TEXT));
        Path second = jsonl(jsonLine("same", "Other", GOOD_TEXT), jsonLine("other", GOOD_TITLE, GOOD_TEXT));
        Run r = run(first, second);
        r.assertError(second + " line 1", "duplicate id, first seen in " + first + " line 1");
        r.assertOk("other");
        assertEquals(3, r.result().out().lines().filter(l -> l.contains("articles:")).findFirst()
                .map(l -> Integer.parseInt(l.split(" ")[0])).orElse(0));
    }

    @Test
    void missingId() throws Exception {
        Path j = jsonl(jsonLine(null, "No id", GOOD_TEXT), jsonLine("b", GOOD_TITLE, GOOD_TEXT));
        Path c = csv("id,title,text\n,No id,Some text.\n" + csvGood("a"));
        Run r = run(j, c);
        r.assertError(j + " line 1: missing id");
        r.assertError(c + " line 2: blank id");
        r.assertOk("a");
        r.assertOk("b");
    }

    @Test
    void inputPathThatDoesNotExist() throws Exception {
        Run r = run(dir.resolve("no-such-input.csv"));
        assertEquals(ExitCodes.FAILED, r.result().code());
        assertTrue(r.result().err().contains("no such file or folder: " + dir.resolve("no-such-input.csv")),
                r.result().err());
    }

    @Test
    void outputFolderThatIsNotWritable() throws Exception {
        Path regular = Files.writeString(fresh("plain-file"), "x");
        CliFixture.Result r = exec("run", "--model", model.toString(), "--input", jsonl(jsonLine("a", GOOD_TITLE,
                GOOD_TEXT)).toString(), "--output", regular.resolve("out").toString());
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains("cannot create output folder " + regular.resolve("out")), r.err());
    }

    private static Path copyModel() throws Exception {
        Path copy = fresh("model-copy");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(model)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static CliFixture.Result runWithModel(Path m) throws Exception {
        return exec("run", "--model", m.toString(), "--input", jsonl(jsonLine("a", GOOD_TITLE, GOOD_TEXT)).toString(),
                "--output", dir.resolve("out-" + (++counter)).toString());
    }

    @Test
    void modelWithACorruptNetworkFile() throws Exception {
        Path m = copyModel();
        Files.writeString(m.resolve(org.newsdesk.model.ModelStore.NETWORK), "this is not a network file");
        CliFixture.Result r = runWithModel(m);
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains(m.toString()), r.err());
        assertFalse(r.err().contains("\tat "), "a message, not a stack trace: " + r.err());
    }

    @Test
    void modelWithACorruptManifest() throws Exception {
        Path m = copyModel();
        Files.writeString(m.resolve("manifest.json"), "{\"schemaVersion\": 1, \"labels\": [");
        CliFixture.Result r = runWithModel(m);
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains(m.resolve("manifest.json") + " is not a valid manifest"), r.err());
    }

    @Test
    void modelWithAMissingFile() throws Exception {
        Path m = copyModel();
        Files.delete(m.resolve("vocabulary.tsv"));
        CliFixture.Result r = runWithModel(m);
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains("vocabulary.tsv is missing"), r.err());
    }

    @Test
    void modelWrittenByANewerSchemaVersion() throws Exception {
        Path m = copyModel();
        ObjectNode manifest = (ObjectNode) JSON.readTree(m.resolve("manifest.json").toFile());
        manifest.put("schemaVersion", 99);
        JSON.writeValue(m.resolve("manifest.json").toFile(), manifest);
        CliFixture.Result r = runWithModel(m);
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains("schema version 99") && r.err().contains("update Newsdesk"), r.err());
    }

    @Test
    void articleIdsCannotMakeTheJobWriteOutsideTheOutputFolder() throws Exception {
        Path parent = fresh("sandbox");
        Files.createDirectories(parent);
        Path out = parent.resolve("out");
        Path in = jsonl(jsonLine("../../escape", GOOD_TITLE, GOOD_TEXT), jsonLine("/tmp/absolute", GOOD_TITLE,
                GOOD_TEXT), jsonLine("..", GOOD_TITLE, GOOD_TEXT));
        CliFixture.Result r = exec("run", "--model", model.toString(), "--input", in.toString(), "--output",
                out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        try (Stream<Path> all = Files.walk(parent)) {
            // the output folder holds the links, the lock and runs/<run id>/ with the run's files
            String runId = JSON.readTree(out.resolve("results.json").toFile()).path("run").path("settings")
                    .path("run_id").asText();
            assertEquals(Stream.of(".complete", ".newsdesk-articles.jsonl", ".newsdesk.lock", "current", "out",
                    "report.html", "results.csv", "results.json", "run-manifest.json", "runs", runId).sorted().toList(),
                    all.filter(p -> !p.equals(parent)).map(p -> p.getFileName().toString()).distinct().sorted()
                    .toList(), "nothing but the output files, all inside the output folder");
        }
        assertFalse(Files.exists(Path.of("/tmp/absolute")));
        JsonNode ids = JSON.readTree(out.resolve("results.json").toFile()).path("articles");
        assertEquals("../../escape", ids.get(0).path("id").asText());
    }
}
