package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.batch.cli.CliFixture.concat;
import static org.newsdesk.batch.cli.CliFixture.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.Article;
import org.newsdesk.testing.Fixtures;

/** End to end through the command line: train, run and evaluate on small fixtures. */
class NewsdeskCommandTest {

    @TempDir
    static Path dir;
    static Path model;
    static Path trainCsv;
    private static final String[] FAST = CliFixture.FAST;

    @BeforeAll
    static void trainModel() throws Exception {
        trainCsv = dir.resolve("train.csv");
        writeCsv(trainCsv, Fixtures.singleLabel(), true);
        model = dir.resolve("model");
        CliFixture.Result r = exec(concat(new String[] {"train", "--data", trainCsv.toString(), "--model", model.toString()}, FAST));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("single-label model on 18 articles"), r.out());
        trainOut = r.out();
    }

    static String trainOut;

    @Test
    void trainPrintsWhereTimeAndMemoryWentStageByStage() {
        // FAST has no validation slice, so no calibration or thresholds stages; default ensemble of 3 networks
        String previous = null;
        int at = -1;
        // the three linear networks train side by side on a machine with more than one core
        int threads = Math.min(3, Runtime.getRuntime().availableProcessors());
        List<String> networks = threads > 1 ? List.of("networks 1-3 (" + threads + " threads)")
                : List.of("network 1/3", "network 2/3", "network 3/3");
        List<String> stages = new java.util.ArrayList<>(List.of("reading", "data check", "summarizer",
                "feature extraction", "vocabulary", "vectorizing"));
        stages.addAll(networks);
        stages.add("writing");
        for (String stage : stages) {
            int i = trainOut.indexOf("stage " + stage + " ");
            assertTrue(i > at, "stage " + stage + " missing or not after " + previous + ":\n" + trainOut);
            at = i;
            previous = stage;
        }
        assertTrue(trainOut.matches("(?s).*stage " + java.util.regex.Pattern.quote(networks.get(0))
                + " +[0-9.]+ s wall +[0-9.]+ s CPU  peak RSS [0-9]+ MB.*"), trainOut);
    }

    static void writeCsv(Path file, List<Article> articles, boolean withSummary) throws Exception {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(withSummary ? List.of("id", "title", "text", "labels", "summary")
                    : List.of("id", "title", "text", "labels"));
            for (Article a : articles) {
                String firstSentence = a.text().substring(0, a.text().indexOf('.') + 1);
                if (withSummary) {
                    p.printRecord(a.id(), a.title(), a.text(), String.join("|", a.labels()), firstSentence);
                } else {
                    p.printRecord(a.id(), a.title(), a.text(), String.join("|", a.labels()));
                }
            }
        }
    }

    @Test
    void trainWritesManifestWithFingerprintCountsAndSettings() throws Exception {
        JsonNode m = new ObjectMapper().readTree(model.resolve("manifest.json").toFile());
        assertEquals(2, m.get("schemaVersion").asInt());
        assertTrue(m.path("temperature").asDouble() > 0);
        assertEquals("none", m.path("classWeights").asText());
        assertEquals(3, m.get("labels").size());
        assertEquals(64, m.path("trainingData").path("fingerprint").asText().length());
        assertEquals(6, m.path("trainingData").path("countsPerLabel").path("sport").asInt());
        assertEquals(42, m.path("seed").asLong());
        assertFalse(m.path("libraries").path("deeplearning4j").asText().isEmpty());
        assertTrue(Files.isRegularFile(model.resolve("network.bin")));
        // the training CSV has a summary column (each article's first sentence): a supervised summarizer is saved
        assertTrue(Files.isRegularFile(model.resolve("summarizer.json")));
        assertEquals("summarizer.json", m.path("files").path("summarizer").asText());
    }

    @Test
    void trainWithASummariesFolderThatHoldsNoneIsAUsageError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-summaries"));
        CliFixture.Result r = exec(concat(new String[] {"train", "--data", trainCsv.toString(), "--model",
            dir.resolve("model-nosum").toString(), "--summaries", empty.toString()}, FAST));
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("holds no reference summary"), r.err());
    }

    @Test
    void runLabelsAndSummarizesAFolderAndIsolatesBadArticles() throws Exception {
        Path in = dir.resolve("in-" + System.nanoTime());
        Files.createDirectories(in.resolve("world"));
        Files.writeString(in.resolve("world/derby.txt"), "United win the derby\n\nThe striker scored twice as United beat "
                + "City. The goalkeeper saved a penalty. The coach praised the team after the match.\n");
        Files.writeString(in.resolve("rates.txt"), "Bank raises rates\nThe central bank raised interest rates. "
                + "Shares fell and analysts expect inflation to slow.\n");
        Files.write(in.resolve("cafe.txt"), "Caf\u00e9 owners vote\nThe party won the election vote in parliament, caf\u00e9 owners said."
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("gibberish.txt"), "Qqq\nzzyzx wxqv plorf.");
        Path out = dir.resolve("out-" + System.nanoTime());
        CliFixture.Result r = exec("run", "--model", model.toString(), "--input", in.toString(), "--output", out.toString(),
                "--summary-sentences", "2");
        assertEquals(ExitCodes.SOME_FAILED, r.code(), r.err());
        assertTrue(r.out().contains("5 articles: 3 ok, 2 failed"), r.out());

        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals(5, results.path("run").path("counts").path("total").asInt());
        List<String> ids = new ArrayList<>();
        results.path("articles").forEach(a -> ids.add(a.path("id").asText()));
        assertEquals(List.of("cafe", "empty", "gibberish", "rates", "world/derby"), ids);
        JsonNode derby = results.path("articles").get(4);
        assertEquals("sport", derby.path("topics").get(0).asText());
        assertEquals(3, derby.path("scores").size());
        assertEquals(2, derby.path("summary_sentences").size());
        for (JsonNode s : derby.path("summary_sentences")) {
            assertTrue(Files.readString(in.resolve("world/derby.txt")).contains(s.path("text").asText()));
        }
        JsonNode cafe = results.path("articles").get(0);
        assertEquals("ok", cafe.path("status").asText());
        assertTrue(cafe.path("notes").toString().contains("windows-1252"), cafe.toString());
        assertTrue(cafe.path("title").asText().contains("\u00e9"));
        JsonNode empty = results.path("articles").get(1);
        assertEquals("error", empty.path("status").asText());
        assertTrue(empty.path("error").asText().contains("empty"), empty.toString());
        JsonNode gibberish = results.path("articles").get(2);
        assertEquals("error", gibberish.path("status").asText());
        assertTrue(gibberish.path("error").asText().contains("vocabulary"), gibberish.toString());

        try (CSVParser csv = CSVParser.parse(out.resolve("results.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(5, rows.size());
            assertEquals(List.of("id", "title", "topics", "top_topic", "top_score", "summary", "status", "error", "notes",
                    "explanations", "keyphrases", "run_id"),
                    csv.getHeaderNames());
            assertEquals(results.path("run").path("settings").path("run_id").asText(), rows.get(0).get("run_id"));
            assertEquals("sport", rows.get(4).get("top_topic"));
            assertEquals("error", rows.get(1).get("status"));
        }
        try (var files = Files.list(out)) {
            assertEquals(List.of(".newsdesk.lock", "current", "report.html", "results.csv", "results.json",
                    "run-manifest.json", "runs"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "links to the results and the run manifest, the emptied lock, the run folders; no temporary files");
        }
        try (var files = Files.list(out.resolve("current"))) {
            assertEquals(List.of(".complete", ".newsdesk-articles.jsonl", "report.html", "results.csv", "results.json",
                    "run-manifest.json"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the run's own folder: its files and the article index; no temporary files");
        }
    }

    @Test
    void runWithAMissingModelFailsBeforeWritingAnything() {
        Path out = dir.resolve("never");
        CliFixture.Result r = exec("run", "--model", dir.resolve("no-model").toString(), "--input", trainCsv.toString(),
                "--output", out.toString());
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertFalse(Files.exists(out.resolve("results.json")));
    }

    @Test
    void evaluateMeasuresTopicsAndSummariesFromModelAndFromResults() throws Exception {
        Path data = dir.resolve("eval.csv");
        writeCsv(data, Fixtures.singleLabel(), true);
        Path report = dir.resolve("report");
        CliFixture.Result r = exec("evaluate", "--model", model.toString(), "--data", data.toString(), "--report",
                report.toString(), "--summary-sentences", "1", "--min-accuracy", "0.9");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode rep = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        assertEquals(18, rep.path("labelled").asInt());
        assertTrue(rep.path("classification").path("accuracy").asDouble() >= 0.9);
        assertTrue(rep.path("summarization").path("rouge2").asDouble() > 0);
        assertEquals("supervised", rep.path("source").path("summarizer").asText());
        // the references are the first sentences, so the lead baseline is perfect on them
        assertEquals(100.0, rep.path("summarizationLead").path("rouge2").asDouble(), 1e-9);
        assertTrue(r.out().contains("lead baseline"), r.out());
        assertTrue(Files.readString(report.resolve("articles.csv")).lines().findFirst().orElse("")
                .endsWith("lead_rouge1,lead_rouge2,lead_rougeL"));
        assertTrue(Files.isRegularFile(report.resolve("per-label.csv")));
        assertTrue(Files.isRegularFile(report.resolve("confusion.csv")));
        assertTrue(Files.isRegularFile(report.resolve("articles.csv")));

        Path out = dir.resolve("eval-out");
        assertEquals(0, exec("run", "--model", model.toString(), "--input", data.toString(), "--output",
                out.toString(), "--summary-sentences", "1").code());
        Path report2 = dir.resolve("report2");
        CliFixture.Result r2 = exec("evaluate", "--results", out.resolve("results.json").toString(), "--data", data.toString(),
                "--report", report2.toString());
        assertEquals(0, r2.code(), r2.err());
        JsonNode rep2 = new ObjectMapper().readTree(report2.resolve("report.json").toFile());
        assertEquals(rep.path("classification").path("accuracy").asDouble(),
                rep2.path("classification").path("accuracy").asDouble(), 1e-9);
        assertEquals(rep.path("summarization").path("rouge2").asDouble(),
                rep2.path("summarization").path("rouge2").asDouble(), 1e-9);
        assertEquals(rep.path("calibration").path("ece").asDouble(), rep2.path("calibration").path("ece").asDouble(),
                1e-6, "scores are read back from results.json");
    }

    @Test
    void evaluateResultsSaysWhenIdsDoNotMatchTheData() throws Exception {
        // issue 16 #7: results whose ids match none of the data scored accuracy 0.0000 with exit 0 and no warning
        List<Article> all = Fixtures.singleLabel();
        Path part = dir.resolve("ids-part.csv");
        writeCsv(part, all.subList(0, 15), false);
        Path out = dir.resolve("ids-out");
        assertEquals(0, exec("run", "--model", model.toString(), "--input", part.toString(), "--output",
                out.toString(), "--summary-sentences", "1").code());
        String results = out.resolve("results.json").toString();

        Path renamed = dir.resolve("ids-renamed.csv");
        writeCsv(renamed, all.stream().map(a -> new Article("other-" + a.id(), a.title(), a.text(), a.labels(), null,
                List.of())).toList(), false);
        CliFixture.Result none = exec("evaluate", "--results", results, "--data", renamed.toString(), "--report",
                dir.resolve("ids-report-none").toString());
        assertEquals(ExitCodes.FAILED, none.code(), none.out() + none.err());
        assertTrue(none.err().contains("none of the 18 article ids of the data is in it"), none.err());
        assertTrue(none.err().contains("other-"), none.err());

        Path full = dir.resolve("ids-full.csv");
        writeCsv(full, all, false);
        CliFixture.Result some = exec("evaluate", "--results", results, "--data", full.toString(), "--report",
                dir.resolve("ids-report-some").toString());
        assertEquals(0, some.code(), some.err());
        assertTrue(some.err().contains("warning: 3 of the data's articles have no result in"), some.err());
        for (Article a : all.subList(15, 18)) {
            assertTrue(some.err().contains(a.id()), some.err());
        }
        assertFalse(some.err().contains(all.get(0).id() + ","), some.err());

        CliFixture.Result clean = exec("evaluate", "--results", results, "--data", part.toString(), "--report",
                dir.resolve("ids-report-clean").toString());
        assertEquals(0, clean.code(), clean.err());
        assertFalse(clean.err().contains("warning"), clean.err());
    }

    @Test
    void evaluateReportsCalibrationHammingLossAndTheMisclassifiedArticles() throws Exception {
        Path data = dir.resolve("eval-mis.csv");
        List<Article> swapped = new ArrayList<>();
        for (Article a : Fixtures.singleLabel()) {
            swapped.add(a.id().equals("sport/1") || a.id().equals("sport/0")
                    ? a.withLabels(List.of("politics")) : a);
        }
        writeCsv(data, swapped, false);
        Path report = dir.resolve("report-mis");
        CliFixture.Result r = exec("evaluate", "--model", model.toString(), "--data", data.toString(), "--report",
                report.toString(), "--max-ece", "0.0", "--min-macro-f1", "0.99");
        assertEquals(ExitCodes.BELOW_BAR, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("expected calibration error (15 bins"), r.out());
        assertTrue(r.err().contains("expected calibration error above"), r.err());
        JsonNode rep = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        JsonNode c = rep.path("classification");
        assertTrue(c.has("hammingLoss") && c.has("subsetAccuracy") && c.path("bySupport").isArray(), c.toString());
        assertEquals(15, rep.path("calibration").path("bins").size());
        int mis = rep.path("misclassifiedCount").asInt();
        assertTrue(mis >= 1, rep.toString());
        JsonNode first = rep.path("misclassified").get(0);
        assertEquals(3, first.path("topScores").size());
        assertEquals(mis + 1, Files.readAllLines(report.resolve("misclassified.csv")).size());
        assertEquals(16, Files.readAllLines(report.resolve("calibration.csv")).size());
    }

    @Test
    void runHonoursMaxLabelsAndAllowNoTopicAndExplainsTopics() throws Exception {
        Path in = dir.resolve("in-rule-" + System.nanoTime());
        Files.createDirectories(in);
        Files.writeString(in.resolve("derby.txt"), "United win the derby\n\nThe striker scored twice as United beat "
                + "City. The goalkeeper saved a penalty. The coach praised the team after the match.\n");
        Files.writeString(in.resolve("mixed.txt"), "Budget vote\nThe striker met the minister as parliament voted "
                + "on the bank budget.\n");
        Path out = dir.resolve("out-rule-" + System.nanoTime());
        assertEquals(0, exec("run", "--model", model.toString(), "--input", in.toString(), "--output",
                out.toString(), "--max-labels", "3", "--allow-no-topic", "--summary-sentences", "1").code());
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals(0, results.path("run").path("settings").path("min_labels").asInt());
        assertEquals(3, results.path("run").path("settings").path("max_labels").asInt());
        for (JsonNode a : results.path("articles")) {
            assertEquals("ok", a.path("status").asText());
            assertTrue(a.path("topics").size() <= 3);
            for (JsonNode t : a.path("topics")) {
                assertTrue(a.path("scores").path(t.asText()).asDouble() >= 0.5,
                        "single-label thresholds are 0.5: " + a);
                assertTrue(a.path("explanations").path(t.asText()).size() > 0, a.toString());
            }
        }
        JsonNode derby = results.path("articles").get(0);
        assertEquals("sport", derby.path("topics").get(0).asText());
        CliFixture.Result bad = exec("run", "--model", model.toString(), "--input", in.toString(), "--output",
                out.toString(), "--min-labels", "2", "--max-labels", "3", "--allow-no-topic");
        assertTrue(bad.code() != 0 && bad.err().contains("--allow-no-topic"), bad.err());
    }

    @Test
    void resultsAreTheSameWhateverTheNumberOfWorkerThreads() throws Exception {
        Path out1 = dir.resolve("out-t1-" + System.nanoTime());
        Path out3 = dir.resolve("out-t3-" + System.nanoTime());
        // a batch of 2 makes many chunks, so the three workers really interleave
        assertEquals(0, exec("run", "--model", model.toString(), "--input", trainCsv.toString(), "--output",
                out1.toString(), "--threads", "1", "--classify-batch", "2").code());
        assertEquals(0, exec("run", "--model", model.toString(), "--input", trainCsv.toString(), "--output",
                out3.toString(), "--threads", "3", "--classify-batch", "2").code());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(out1.resolve("results.json").toFile()).path("articles");
        JsonNode b = json.readTree(out3.resolve("results.json").toFile()).path("articles");
        assertTrue(a.size() > 4, a.toString());
        assertEquals(a, b);
        // the same rows but for the run id, which is each run's own
        assertEquals(Files.readString(out1.resolve("results.csv")).replaceAll(",[^,\r\n]+\r\n", ",RUN\r\n"),
                Files.readString(out3.resolve("results.csv")).replaceAll(",[^,\r\n]+\r\n", ",RUN\r\n"));
    }

    @Test
    void eitherStageCanBeSwitchedOff() throws Exception {
        Path noTopics = dir.resolve("out-no-topics-" + System.nanoTime());
        Path noSummaries = dir.resolve("out-no-summaries-" + System.nanoTime());
        assertEquals(0, exec("run", "--model", model.toString(), "--input", trainCsv.toString(), "--output",
                noTopics.toString(), "--no-topics").code());
        assertEquals(0, exec("run", "--model", model.toString(), "--input", trainCsv.toString(), "--output",
                noSummaries.toString(), "--no-summaries").code());
        ObjectMapper json = new ObjectMapper();
        JsonNode unlabelled = json.readTree(noTopics.resolve("results.json").toFile());
        assertFalse(unlabelled.path("run").path("settings").path("topics").asBoolean(true));
        for (JsonNode a : unlabelled.path("articles")) {
            assertEquals("ok", a.path("status").asText());
            assertEquals(0, a.path("topics").size());
            assertEquals(0, a.path("scores").size());
            assertFalse(a.path("summary").asText().isEmpty(), a.toString());
        }
        JsonNode unsummarized = json.readTree(noSummaries.resolve("results.json").toFile());
        for (JsonNode a : unsummarized.path("articles")) {
            assertEquals("ok", a.path("status").asText());
            assertTrue(a.path("topics").size() > 0, a.toString());
            assertEquals("", a.path("summary").asText());
            assertEquals(0, a.path("keyphrases").size());
        }
    }

    @Test
    void aMissingInputIsNamedAndStopsTheJob() {
        CliFixture.Result r = exec("run", "--model", model.toString(), "--input", dir.resolve("nowhere.csv").toString(),
                "--output", dir.resolve("out-missing").toString());
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains("no such file or folder") && r.err().contains("nowhere.csv"), r.err());
        assertFalse(Files.exists(dir.resolve("out-missing").resolve("results.json")));
    }

    @Test
    void evaluateExitsFourBelowABar() {
        CliFixture.Result r = exec("evaluate", "--model", model.toString(), "--data", trainCsv.toString(), "--report",
                dir.resolve("r3").toString(), "--min-rouge2", "101");
        assertEquals(ExitCodes.BELOW_BAR, r.code());
    }

    @Test
    void crossValidationReportsPooledMetrics() throws Exception {
        Path report = dir.resolve("cv");
        CliFixture.Result r = exec(concat(new String[] {"evaluate", "--folds", "3", "--data", trainCsv.toString(), "--report",
            report.toString()}, FAST));
        assertEquals(0, r.code(), r.err());
        JsonNode rep = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        assertEquals(3, rep.path("source").path("crossValidationFolds").asInt());
        assertEquals(18, rep.path("classification").path("articles").asInt());
    }

    @Test
    void helpVersionAndUsageErrors() {
        assertEquals(0, exec("--version").code());
        for (String c : new String[] {"train", "run", "evaluate"}) {
            CliFixture.Result help = exec(c, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("Usage: newsdesk " + c), help.out());
            assertEquals(0, exec(c, "--version").code());
        }
        assertEquals(ExitCodes.USAGE, exec("train", "--model", "x").code());
        assertEquals(ExitCodes.USAGE, exec("run", "--summary-ratio", "0.3", "--summary-words", "10").code());
        CliFixture.Result bad = exec("run", "--model", model.toString(), "--input", trainCsv.toString(), "--summary-ratio", "2");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("ratio"), bad.err());
    }

    @Test
    void aUsageMistakePrintsTheErrorAndOneLinePointingAtHelp() {
        CliFixture.Result r = exec("run", "--summary-ratio", "0.3", "--summary-sentences", "2");
        assertEquals(ExitCodes.USAGE, r.code());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).contains("--summary-ratio") || lines.get(0).contains("mutually exclusive"), r.err());
        assertEquals("Try 'newsdesk run --help' for more information.", lines.get(1));
        assertFalse(r.err().contains("Usage:"), r.err());
    }

    @Test
    void theModelsListingHasAHeaderAndNamesItsMetrics() {
        CliFixture.Result r = exec("models", "models/default");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertFalse(r.out().contains("cross-validation"), r.out());
        assertTrue(r.out().contains("on the validation slice"), r.out());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("version") && l.contains("created") && l.contains("micro-F1")),
                r.out());
        CliFixture.Result plain = exec("models", model.toString());
        assertTrue(plain.out().lines().anyMatch(l -> l.contains("version") && l.contains("created")), plain.out());
    }

    @Test
    void runPrintsTheAbsolutePathsOfWhatItWrote() throws Exception {
        Path out = dir.resolve("out-absolute");
        Path relative = Path.of("").toAbsolutePath().relativize(out);
        CliFixture.Result r = exec("run", "--model", model.toString(), "--input", trainCsv.toString(),
                "--output", relative.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : new String[] {"results.json", "results.csv", "run-manifest.json"}) {
            Path absolute = out.toAbsolutePath().normalize().resolve(f);
            assertTrue(Files.isRegularFile(absolute), absolute.toString());
            assertTrue(r.out().contains(absolute.toString()), r.out());
        }
    }

    @Test
    void dashIsStandardInputForInputAndRefusedForOutput() throws Exception {
        Path notMade = dir.resolve("dash-out");
        CliFixture.Result badOut = exec("run", "--model", model.toString(), "--input", trainCsv.toString(),
                "--output", "-");
        assertEquals(ExitCodes.USAGE, badOut.code(), badOut.err());
        assertTrue(badOut.err().contains("--output -"), badOut.err());
        assertFalse(Files.exists(Path.of("-")), "no folder named -");

        java.io.InputStream before = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(trainCsv)));
            CliFixture.Result noFormat = exec("run", "--model", model.toString(), "--input", "-", "--output",
                    notMade.toString());
            assertEquals(ExitCodes.USAGE, noFormat.code(), noFormat.err());
            assertTrue(noFormat.err().contains("--format"), noFormat.err());

            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(trainCsv)));
            CliFixture.Result r = exec("run", "--model", model.toString(), "--input", "-", "--format", "CSV",
                    "--output", notMade.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("18 articles: 18 ok"), r.out());
        } finally {
            System.setIn(before);
        }
    }
}
