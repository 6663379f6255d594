package org.newsdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;

/** The run report's page and its bounded statistics, without a model. */
class RunReportPageTest {

    private static final String TITLE = "<script>alert(1)</script>";

    private static ArticleResult result(String id, String title, String summary, String... topics) {
        List<TopicScore> scores = List.of(new TopicScore("sport", topics.length > 0 && topics[0].equals("sport") ? 0.9 : 0.1),
                new TopicScore("</script><script>alert(2)</script>", 0.3));
        return new ArticleResult(id, title, new TopicPrediction(scores, List.of(topics)),
                new Summary(List.of(new SummarySentence(0, summary, 1.0)), List.of("<b>key</b>")),
                null, List.of("HTML markup removed"));
    }

    @Test
    void textAndLabelsWithScriptTagsStayText() throws Exception {
        RunStatistics stats = new RunStatistics(List.of("sport", "</script><script>alert(2)</script>"));
        stats.add(result("a1", TITLE, "It was </script><script>alert(3)</script> a match.", "sport"));
        stats.add(ArticleResult.failed("a2", TITLE, "<img src=x onerror=alert(4)>", List.of()));
        String html = RunReportPage.render("run-1", Map.of("inputs", "<script>alert(5)</script>"), stats);
        Document doc = Jsoup.parse(html);
        List<Element> scripts = doc.select("script");
        assertEquals(3, scripts.size());
        for (Element s : scripts) {
            assertFalse(s.data().contains("alert(1)") || s.data().contains("alert(3)") || s.data().contains("alert(4)")
                    || s.data().contains("alert(5)"), "article text inside a script element");
        }
        assertTrue(doc.select("img, b, [onerror]").isEmpty(), "article text became markup");
        assertTrue(doc.select("td").stream().anyMatch(td -> td.text().equals(TITLE)), "the title, shown as text");
        // a label with a closing script tag travels in the chart data as JSON, escaped, and reads back unchanged
        String data = scripts.get(0).data();
        assertFalse(data.contains("</"), data);
        JsonNode charts = new ObjectMapper().readTree(data).path("charts");
        assertTrue(charts.toString().contains("</script><script>alert(2)</script>"));
    }

    @Test
    void statisticsStayBoundedWhateverTheNumberOfArticles() {
        RunStatistics stats = new RunStatistics(List.of("sport", "politics"));
        for (int i = 0; i < 50_000; i++) {
            stats.add(i % 10 == 0 ? ArticleResult.failed("id-" + i, "t", "error number " + i + " in row " + i
                    + (i % 20 == 0 ? " of kind " + (char) ('a' + i % 26) + i : ""), List.of())
                    : result("id-" + i, "t", "One two three.", "sport"));
        }
        assertEquals(50_000, stats.total());
        assertEquals(RunStatistics.SAMPLE, stats.sample().size());
        assertTrue(stats.errors().size() <= RunStatistics.REASONS, stats.errors().toString());
        assertEquals(5_000, stats.errors().stream().mapToLong(RunStatistics.Reason::count).sum());
        assertEquals(45_000, stats.topTopic()[0]);
        assertEquals(45_000, stats.scoreHistograms()[0][9]);
        assertEquals(Map.of(1, 45_000L), stats.topicsPerArticle());
        assertEquals(45_000, stats.summaryWords()[0]);
        String html = RunReportPage.render("run-2", Map.of(), stats);
        assertTrue(html.length() < 1_200_000, "page size " + html.length());
    }

    @Test
    void topicsOverTimeArePerDayForAShortSpanAndPerMonthForALongOne() throws Exception {
        List<String> labels = List.of("sport", "politics");
        java.util.function.Function<ArticleResult, java.time.LocalDate> byId = r -> r.id().startsWith("undated")
                ? null : java.time.LocalDate.parse(r.id().substring(0, 10));
        RunStatistics days = new RunStatistics(labels, "published", byId);
        days.add(result("2026-12-01-a", "t", "One.", "sport"));
        days.add(result("2026-12-01-b", "t", "One.", "politics"));
        days.add(result("2026-12-03-a", "t", "One.", "sport"));
        days.add(result("undated-1", "t", "One.", "sport"));
        Map<String, long[]> over = days.topTopicOverTime();
        assertEquals(List.of("2026-12-01", "2026-12-02", "2026-12-03"), List.copyOf(over.keySet()));
        assertEquals(List.of(1L, 1L), java.util.Arrays.stream(over.get("2026-12-01")).boxed().toList());
        assertEquals(List.of(0L, 0L), java.util.Arrays.stream(over.get("2026-12-02")).boxed().toList());
        assertEquals(List.of(3L, 1L), java.util.Arrays.stream(days.datedAndUndated()).boxed().toList());
        Document doc = Jsoup.parse(RunReportPage.render("run-3", Map.of(), days));
        assertTrue(doc.select("h2").stream().anyMatch(h -> h.text().equals("Topics over time")), doc.select("h2").text());
        JsonNode charts = new ObjectMapper().readTree(doc.select("script").get(0).data()).path("charts");
        assertTrue(charts.toString().contains("Articles per top topic over time"));
        assertTrue(charts.toString().contains("2026-12-02"));

        RunStatistics months = new RunStatistics(labels, "published", byId);
        java.time.LocalDate start = java.time.LocalDate.parse("2020-01-01");
        for (int d = 0; d < 1_000; d++) { // more distinct days than are counted one by one
            months.add(result(start.plusDays(d) + "-x", "t", "One.", "sport"));
        }
        Map<String, long[]> perMonth = months.topTopicOverTime();
        assertEquals("2020-01", perMonth.keySet().iterator().next());
        assertEquals(31L, perMonth.get("2020-01")[0]);
        assertEquals(1_000L, perMonth.values().stream().mapToLong(v -> v[0]).sum());

        RunStatistics none = new RunStatistics(labels);
        none.add(result("2026-12-01-a", "t", "One.", "sport"));
        assertFalse(RunReportPage.render("run-4", Map.of(), none).contains("Topics over time"));
    }

    @Test
    void reasonsGroupMessagesThatDifferOnlyInIdsAndNumbers() {
        assertEquals("very short article (...): unreliable",
                RunStatistics.reason("very short article (3 words): unreliable", "short"));
        assertEquals("record <id> at line N is cut off", RunStatistics.reason("record a-17 at line 12 is cut off", "a-17"));
    }

    @Test
    void keysReadAsWords() {
        assertEquals("validation loss calibrated", HtmlPage.words("validationLossCalibrated"));
        assertEquals("validation ECE", HtmlPage.words("validationECE"));
        assertEquals("model", HtmlPage.words("model"));
    }
}
