package org.newsdesk.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.newsdesk.core.TopicScore;

/** {@code report.html} of a run: what ran, and what came out, drawn from a {@link RunStatistics}. */
public final class RunReportPage {

    /** The report's file name in the output folder. */
    public static final String FILE_NAME = "report.html";

    private RunReportPage() {
    }

    /**
     * The page.
     *
     * @param runId the run's id
     * @param facts what ran, in order (model, fingerprint, inputs, counts, duration, settings), as name and text
     * @param stats what came out
     */
    public static String render(String runId, Map<String, String> facts, RunStatistics stats) {
        HtmlPage page = new HtmlPage("Newsdesk run " + runId, String.format(Locale.ROOT,
                "%d articles: %d ok, %d failed", stats.total(), stats.ok(), stats.total() - stats.ok()));
        HtmlPage.facts(page.section("The run"), facts);

        Element errors = page.section("Errors");
        List<RunStatistics.Reason> errorReasons = stats.errors();
        if (errorReasons.isEmpty()) {
            HtmlPage.note(errors, "No article failed.");
        } else {
            HtmlPage.note(errors, "Failed articles grouped by reason (ids and numbers generalized); results.csv "
                    + "names every failed article in its error column.");
            reasonTable(errors, errorReasons);
        }

        List<String> labels = stats.labels();
        Element topics = page.section("Topics");
        if (stats.labelled() == 0) {
            HtmlPage.note(topics, "No article was labelled (run with --no-topics, or every article failed).");
        } else {
            HtmlPage.note(topics, String.format(Locale.ROOT, "%d labelled articles. Top topic: the most probable "
                    + "label of an article; any topic: one of the topics it was given.", stats.labelled()));
            Map<String, double[]> counts = new LinkedHashMap<>();
            counts.put("as top topic", toDouble(stats.topTopic()));
            counts.put("as any topic", toDouble(stats.anyTopic()));
            int height = Math.max(260, 90 + 38 * labels.size());
            page.chart(topics, Charts.bars("Articles per topic", labels, counts, true, null, "articles"),
                    Math.min(height, 1400));
            Element grid = topics.appendElement("div").addClass("grid2");
            Map<Integer, Long> per = stats.topicsPerArticle();
            List<String> ns = new ArrayList<>();
            int maxTopics = per.isEmpty() ? 0 : java.util.Collections.max(per.keySet());
            double[] perValues = new double[maxTopics + 1];
            for (int n = 0; n <= maxTopics; n++) {
                ns.add(Integer.toString(n));
                perValues[n] = per.getOrDefault(n, 0L);
            }
            page.chart(grid.appendElement("div"), Charts.bars("Topics per article", ns,
                    Map.of("articles", perValues), false, "topics", "articles"), 300);
            page.chart(grid.appendElement("div"), scoreChart(labels, stats.scoreHistograms()),
                    labels.size() > 8 ? Math.min(1400, 120 + 22 * labels.size()) : 300);
        }

        if (stats.dateColumn() != null) {
            Element time = page.section("Topics over time");
            Map<String, long[]> over = stats.topTopicOverTime();
            long[] du = stats.datedAndUndated();
            if (over.isEmpty()) {
                HtmlPage.note(time, "No labelled article has a readable date in the field '" + stats.dateColumn()
                        + "' (--date-column).");
            } else {
                HtmlPage.note(time, String.format(Locale.ROOT, "Articles by top topic and date (field '%s'), "
                        + "per %s: %d labelled articles dated, %d without a readable date.", stats.dateColumn(),
                        over.keySet().iterator().next().length() > 7 ? "day" : "month", du[0], du[1]));
                List<String> periods = new ArrayList<>(over.keySet());
                Map<String, double[]> series = new LinkedHashMap<>();
                for (int l = 0; l < labels.size(); l++) {
                    double[] v = new double[periods.size()];
                    boolean any = false;
                    for (int p = 0; p < periods.size(); p++) {
                        v[p] = over.get(periods.get(p))[l];
                        any |= v[p] > 0;
                    }
                    if (any) {
                        series.put(labels.get(l), v);
                    }
                }
                page.chart(time, Charts.stackedBars("Articles per top topic over time", periods, series, "date",
                        "articles"), 360);
            }
        }

        Element summaries = page.section("Summaries");
        if (stats.summarized() == 0) {
            HtmlPage.note(summaries, "No summary was written (run with --no-summaries, headline-only articles, "
                    + "or every article failed).");
        } else {
            HtmlPage.note(summaries, stats.summarized() + " summaries.");
            Element grid = summaries.appendElement("div").addClass("grid2");
            Map<Integer, Long> sentences = stats.summarySentences();
            List<String> xs = new ArrayList<>();
            double[] ys = new double[sentences.size()];
            int i = 0;
            for (Map.Entry<Integer, Long> e : sentences.entrySet()) {
                xs.add(Integer.toString(e.getKey()));
                ys[i++] = e.getValue();
            }
            page.chart(grid.appendElement("div"), Charts.bars("Sentences per summary", xs, Map.of("summaries", ys),
                    false, "sentences", "summaries"), 300);
            long[] words = stats.summaryWords();
            int last = words.length - 1;
            while (last > 0 && words[last] == 0) {
                last--;
            }
            List<String> bins = new ArrayList<>();
            double[] counts = new double[last + 1];
            for (int b = 0; b <= last; b++) {
                bins.add(b == words.length - 1 ? RunStatistics.MAX_WORDS + "+"
                        : (b * RunStatistics.WORD_BIN) + "-" + (b * RunStatistics.WORD_BIN + RunStatistics.WORD_BIN - 1));
                counts[b] = words[b];
            }
            page.chart(grid.appendElement("div"), Charts.bars("Words per summary", bins, Map.of("summaries", counts),
                    false, "words", "summaries"), 300);
        }

        Element notes = page.section("Notes on reading");
        List<RunStatistics.Reason> noteReasons = stats.notes();
        if (noteReasons.isEmpty()) {
            HtmlPage.note(notes, "No article needed a note (language, encoding, HTML markup, control characters, "
                    + "length).");
        } else {
            HtmlPage.note(notes, "Notes on how articles were read: language, encoding, HTML markup removed, "
                    + "very short texts. Each article's notes are in results.csv.");
            reasonTable(notes, noteReasons);
        }

        Element sample = page.section("Sample: the first " + stats.sample().size() + " articles");
        Element body = HtmlPage.table(sample, List.of("id", "title", "topics", "summary", "key phrases"), List.of());
        for (RunStatistics.Sample s : stats.sample()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").text(s.id());
            tr.appendElement("td").text(s.title());
            Element t = tr.appendElement("td");
            for (TopicScore score : s.topics()) {
                t.appendElement("span").addClass("tag").text(String.format(Locale.ROOT, "%s %.0f%%", score.label(),
                        100 * score.probability()));
            }
            Element summary = tr.appendElement("td").addClass("text");
            if (s.error() != null) {
                summary.appendElement("span").addClass("tag").addClass("wrong").text("error");
                summary.appendText(" " + s.error());
            } else {
                summary.text(s.summary());
            }
            tr.appendElement("td").text(String.join("; ", s.keyphrases()));
        }
        return page.render();
    }

    private static void reasonTable(Element parent, List<RunStatistics.Reason> reasons) {
        List<List<String>> rows = new ArrayList<>();
        for (RunStatistics.Reason r : reasons) {
            rows.add(List.of(r.reason(), Long.toString(r.count()), r.firstId()));
        }
        HtmlPage.table(parent, List.of("reason", "articles", "first article"), rows);
    }

    /** Each label's score distribution: lines for a few labels, a heat map (label by bin) for many. */
    private static ObjectNode scoreChart(List<String> labels, long[][] histograms) {
        List<String> bins = new ArrayList<>();
        for (int b = 0; b < RunStatistics.SCORE_BINS; b++) {
            bins.add(String.format(Locale.ROOT, "%.1f-%.1f", (double) b / RunStatistics.SCORE_BINS,
                    (double) (b + 1) / RunStatistics.SCORE_BINS));
        }
        if (labels.size() > 8) {
            double[][] v = new double[labels.size()][];
            for (int i = 0; i < labels.size(); i++) {
                v[i] = toDouble(histograms[i]);
            }
            return Charts.heatmap("Score distribution per topic (articles)", bins, labels, v, "score", null,
                    labels.size() <= 30);
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            series.put(labels.get(i), toDouble(histograms[i]));
        }
        ObjectNode o = Charts.bars("Score distribution per topic", bins, series, false, "score", "articles");
        ((ObjectNode) o.get("yAxis")).put("type", "log").put("min", 1).put("logBase", 10);
        // a log axis has no place for 0: an empty bin gets no bar
        for (com.fasterxml.jackson.databind.JsonNode one : o.get("series")) {
            com.fasterxml.jackson.databind.node.ArrayNode data = (com.fasterxml.jackson.databind.node.ArrayNode) one.get("data");
            for (int i = 0; i < data.size(); i++) {
                if (data.get(i).asDouble() == 0) {
                    data.set(i, com.fasterxml.jackson.databind.node.NullNode.getInstance());
                }
            }
        }
        return o;
    }

    static double[] toDouble(long[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
