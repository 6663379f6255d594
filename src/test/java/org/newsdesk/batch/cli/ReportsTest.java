package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.Fixtures;

/** The three HTML reports: where they are written, what they hold, and that article text never runs as script. */
class ReportsTest {

    @TempDir
    static Path dir;
    static ReportFixture.Reports reports;

    @BeforeAll
    static void make() throws Exception {
        reports = ReportFixture.make(dir);
    }

    @Test
    void aTitleThatIsAScriptTagIsTextNeverScript() throws Exception {
        for (Path page : List.of(reports.run(), reports.evaluate(), reports.train())) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            // exactly three scripts: the chart data (JSON, not run), ECharts and the page's own drawing script
            List<Element> scripts = doc.select("script");
            assertEquals(3, scripts.size(), page.toString());
            assertEquals("application/json", scripts.get(0).attr("type"));
            for (Element s : scripts) {
                assertFalse(s.data().contains("alert("), page + ": article text inside a script element");
            }
            assertTrue(doc.select("svg, [onload], [onerror]").isEmpty(), page + ": article text became markup");
            // the policy runs only those two scripts, by hash, and allows no network
            String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(csp.startsWith("default-src 'none'; script-src 'sha256-"), csp);
            assertFalse(csp.matches(".*script-src[^;]*unsafe.*"), csp);
            assertEquals(2, csp.split("script-src")[1].split(";")[0].trim().split(" ").length, csp);
            for (Element s : scripts.subList(1, 3)) {
                String hash = java.util.Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(s.data().getBytes(StandardCharsets.UTF_8)));
                assertTrue(csp.contains("'sha256-" + hash + "'"), page + ": a script the policy does not allow");
            }
            // the chart data is JSON the page's script can read
            JsonNode data = new ObjectMapper().readTree(scripts.get(0).data());
            assertTrue(data.path("charts").size() > 0, page.toString());
            for (JsonNode c : data.path("charts")) {
                assertNotNull(doc.getElementById(c.path("id").asText()), "no element for chart " + c.path("id"));
            }
        }
        Document run = Jsoup.parse(reports.run().toFile(), "UTF-8");
        assertTrue(run.select("td").stream().anyMatch(td -> td.text().equals(ReportFixture.MARKUP_TITLE)),
                "the title is shown, as text");
        assertTrue(Files.readString(reports.run()).contains("&lt;svg onload=alert(3)&gt;&lt;script&gt;alert(4)"));
    }

    @Test
    void runReportIsAStagedOutputListedInTheManifest() throws Exception {
        Path out = reports.runOutput();
        assertTrue(Files.isSymbolicLink(out.resolve("report.html")));
        assertEquals(Path.of("current", "report.html"), Files.readSymbolicLink(out.resolve("report.html")));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("run-manifest.json").toFile());
        byte[] bytes = Files.readAllBytes(out.resolve("report.html"));
        assertEquals(bytes.length, manifest.path("outputs").path("report.html").path("bytes").asLong());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                manifest.path("outputs").path("report.html").path("sha256").asText());
        Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        String text = doc.text();
        assertTrue(text.contains(manifest.path("run_id").asText()), "run id");
        assertTrue(text.contains(manifest.path("model").path("fingerprint").asText()), "fingerprint");
        assertTrue(text.contains("22: 21 ok, 1 failed"), text);
        assertTrue(text.contains("very short article (...)"), "notes grouped by reason: " + text);
        assertTrue(text.contains("Articles per topic") || doc.html().contains("Articles per topic"));
        assertTrue(text.contains("Topics over time"), "the fixture's dates give topics over time: " + text);
        assertTrue(text.contains("1 without a readable date"), text);
    }

    @Test
    void noReportLeavesItOut() throws Exception {
        Path in = CliFixture.writeJsonl(dir.resolve("no-report.jsonl"), Fixtures.singleLabel().subList(0, 3));
        Path out = dir.resolve("no-report-out");
        CliFixture.Result r = CliFixture.exec("run", "--model", reports.model().toString(), "--input", in.toString(),
                "--output", out.toString(), "--no-report");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(out.resolve("report.html"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(out.resolve("current").resolve("report.html")));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("run-manifest.json").toFile());
        assertTrue(manifest.path("outputs").path("report.html").isMissingNode());
        // a second run with a report, then one without: the top-level link goes with the file
        exec(in, out, false);
        assertTrue(Files.exists(out.resolve("report.html")));
        exec(in, out, true);
        assertFalse(Files.exists(out.resolve("report.html"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    private static void exec(Path in, Path out, boolean noReport) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--model", reports.model().toString(), "--input",
                in.toString(), "--output", out.toString()));
        if (noReport) {
            args.add("--no-report");
        }
        assertEquals(0, CliFixture.exec(args.toArray(String[]::new)).code());
    }

    @Test
    void trainingReportShowsEveryNetworksLossesAndLeavesTheFingerprintAlone() throws Exception {
        Document doc = Jsoup.parse(reports.train().toFile(), "UTF-8");
        JsonNode data = new ObjectMapper().readTree(doc.getElementById("report-data").data());
        JsonNode loss = null;
        for (JsonNode c : data.path("charts")) {
            if (c.path("option").path("title").path("text").asText().equals("Loss per epoch")) {
                loss = c.path("option");
            }
        }
        assertNotNull(loss, "a loss chart");
        List<String> names = new java.util.ArrayList<>();
        loss.path("series").forEach(s -> names.add(s.path("name").asText()));
        assertEquals(List.of("network 1/2: loss", "network 1/2: validation loss", "network 2/2: loss",
                "network 2/2: validation loss"), names);
        assertEquals(25, loss.path("series").get(0).path("data").size());
        assertTrue(loss.path("series").get(1).path("data").get(0).asDouble() > 0);
        // the report is no model file: the model still loads (its files give the manifest's fingerprint)
        assertTrue(new ObjectMapper().readTree(reports.model().resolve("manifest.json").toFile()).path("files")
                .toString().indexOf("training-report") < 0);
        new org.newsdesk.model.ModelStore().load(reports.model());
        assertTrue(doc.text().contains("Data check"), doc.text());
    }

    @Test
    void evaluationReportHasTheConfusionMatrixCalibrationAndRouge() throws Exception {
        Document doc = Jsoup.parse(reports.evaluate().toFile(), "UTF-8");
        JsonNode data = new ObjectMapper().readTree(doc.getElementById("report-data").data());
        List<String> titles = new java.util.ArrayList<>();
        data.path("charts").forEach(c -> titles.add(c.path("option").path("title").path("text").asText()));
        assertTrue(titles.contains("Articles by gold label (rows) and predicted topic (columns)"), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Reliability diagram (ECE ")), titles.toString());
        assertTrue(titles.contains("ROUGE-2 F1 over articles"), titles.toString());
        assertTrue(Files.exists(reports.evaluation().resolve("report.json")));
        assertTrue(doc.text().contains("lowest ROUGE-2"), doc.text());
    }
}
