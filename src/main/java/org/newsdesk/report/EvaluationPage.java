package org.newsdesk.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.newsdesk.classify.eval.CalibrationReport;
import org.newsdesk.classify.eval.ClassificationReport;
import org.newsdesk.classify.eval.LabelStats;
import org.newsdesk.summarize.eval.RougeReport;

/**
 * {@code report.html} of {@code evaluate --report DIR}: the confusion matrix as a heat map, per-label precision,
 * recall and F1 with support, the reliability diagram with the ECE, ROUGE beside the lead baseline with its
 * distribution over articles, and the worst articles.
 */
public final class EvaluationPage {

    /** The report's file name in the report folder. */
    public static final String FILE_NAME = "report.html";
    /** Labels shown in the confusion heat map at most (those with the most support). */
    static final int HEATMAP_LABELS = 30;
    /** Bins of the ROUGE distributions, over 0-100. */
    static final int ROUGE_BINS = 10;

    private EvaluationPage() {
    }

    /**
     * An article whose summary scored low.
     *
     * @param rouge2     its summary's ROUGE-2 F1, in percent
     * @param leadRouge2 the lead baseline's, in percent
     */
    public record LowSummary(String id, String title, String summary, String reference, double rouge2,
                             double leadRouge2) {
    }

    /**
     * An article given other topics than its gold labels.
     *
     * @param explanations for each assigned topic, the words that pushed the model toward it
     */
    public record WrongLabels(String id, String title, List<String> gold, List<String> topics,
                              Map<String, Double> topScores, Map<String, List<String>> explanations) {
    }

    /**
     * ROUGE F1 of each article, in percent, in article order: ours and the lead baseline's.
     */
    public record RougeDistribution(List<double[]> ours, List<double[]> lead) {
    }

    /** What the page shows; any part may be null or empty when the evaluation has none. */
    public record Data(Map<String, String> facts, ClassificationReport classification, List<Set<String>> gold,
                       List<Set<String>> predicted, Map<String, Double> topicFigures, CalibrationReport calibration,
                       RougeReport rouge, RougeReport lead, RougeDistribution rougePerArticle,
                       List<LowSummary> lowSummaries, List<WrongLabels> wrong, int wrongCount) {
    }

    /** The page. */
    public static String render(Data d) {
        HtmlPage page = new HtmlPage("Newsdesk evaluation", d.classification() == null ? "summaries only"
                : String.format(Locale.ROOT, "%d labelled articles, accuracy %.1f%%, macro F1 %.1f%%",
                d.classification().articles(), 100 * d.classification().accuracy(),
                100 * d.classification().macro().f1()));
        Map<String, String> facts = new LinkedHashMap<>(d.facts());
        d.topicFigures().forEach((k, v) -> facts.put(k, String.format(Locale.ROOT, "%.4f", v)));
        HtmlPage.facts(page.section("The evaluation"), facts);
        if (d.classification() != null) {
            confusion(page, d);
            perLabel(page, d.classification());
        }
        if (d.calibration() != null) {
            calibration(page, d.calibration());
        }
        if (d.rouge() != null) {
            rouge(page, d);
        }
        if (d.classification() != null) {
            wrong(page, d);
        }
        return page.render();
    }

    private static void confusion(HtmlPage page, Data d) {
        ClassificationReport c = d.classification();
        Element s = page.section("Confusion matrix");
        List<String> labels = new ArrayList<>(c.labels());
        if (labels.size() > HEATMAP_LABELS) {
            labels.sort(Comparator.comparingInt((String l) -> -c.stats(l).support()));
            labels = new ArrayList<>(labels.subList(0, HEATMAP_LABELS));
            HtmlPage.note(s, "The " + HEATMAP_LABELS + " labels with the most support, of " + c.labels().size()
                    + "; confusion.csv and per-label.csv have them all.");
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        boolean none = d.predicted().stream().anyMatch(Set::isEmpty);
        List<String> columns = new ArrayList<>(labels);
        if (none) {
            columns.add("(no topic)");
        }
        double[][] m = new double[labels.size()][columns.size()];
        for (int a = 0; a < d.gold().size(); a++) {
            for (String g : d.gold().get(a)) {
                Integer r = index.get(g);
                if (r == null) {
                    continue;
                }
                if (d.predicted().get(a).isEmpty()) {
                    m[r][columns.size() - 1]++;
                }
                for (String p : d.predicted().get(a)) {
                    Integer col = index.get(p);
                    if (col != null) {
                        m[r][col]++;
                    }
                }
            }
        }
        HtmlPage.note(s, c.multiLabel()
                ? "Rows: gold labels; columns: assigned topics. An article with several gold labels or topics "
                + "counts in every pair of them."
                : "Rows: gold label; columns: predicted label. The diagonal holds the correct predictions.");
        int height = Math.min(1600, 150 + 30 * labels.size());
        page.chart(s, Charts.heatmap("Articles by gold label (rows) and predicted topic (columns)", columns, labels, m,
                "predicted", null, labels.size() <= HEATMAP_LABELS), Math.max(320, height));
    }

    private static void perLabel(HtmlPage page, ClassificationReport c) {
        Element s = page.section("Per label");
        HtmlPage.note(s, String.format(Locale.ROOT, "Micro precision %.3f, recall %.3f, F1 %.3f; macro precision "
                + "%.3f, recall %.3f, F1 %.3f (over all %d labels).", c.micro().precision(), c.micro().recall(),
                c.micro().f1(), c.macro().precision(), c.macro().recall(), c.macro().f1(), c.labels().size()));
        List<String> labels = c.labels();
        double[] p = new double[labels.size()];
        double[] r = new double[labels.size()];
        double[] f = new double[labels.size()];
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            LabelStats st = c.stats(labels.get(i));
            p[i] = round(st.precision());
            r[i] = round(st.recall());
            f[i] = round(st.f1());
            rows.add(List.of(st.label(), Integer.toString(st.support()), fmt(st.precision()), fmt(st.recall()),
                    fmt(st.f1()), Integer.toString(st.tp()), Integer.toString(st.fp()), Integer.toString(st.fn())));
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("precision", p);
        series.put("recall", r);
        series.put("F1", f);
        ObjectNode chart = Charts.bars("Precision, recall and F1 per label", labels, series, true, null, "score");
        Charts.range(chart, "xAxis", 0, 1);
        ((ObjectNode) chart.get("xAxis")).remove("minInterval");
        page.chart(s, chart, Math.min(2400, Math.max(300, 100 + 48 * labels.size())));
        HtmlPage.table(s, List.of("label", "support", "precision", "recall", "F1", "tp", "fp", "fn"), rows);
    }

    private static void calibration(HtmlPage page, CalibrationReport c) {
        Element s = page.section("Calibration");
        HtmlPage.note(s, String.format(Locale.ROOT, "Expected calibration error (ECE) %.4f over %d articles, %d "
                + "bins: how far the top topic's probability is from how often it is right. On the dashed diagonal "
                + "the probabilities mean what they say.", c.ece(), c.articles(), c.bins().size()));
        int n = c.bins().size();
        double[] conf = new double[n];
        double[] acc = new double[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            CalibrationReport.Bin b = c.bins().get(i);
            conf[i] = round(b.meanConfidence());
            acc[i] = round(b.accuracy());
            count[i] = b.articles();
        }
        page.chart(s, Charts.reliability(String.format(Locale.ROOT, "Reliability diagram (ECE %.4f)", c.ece()),
                conf, acc, count), 380);
    }

    private static void rouge(HtmlPage page, Data d) {
        Element s = page.section("Summaries: ROUGE");
        HtmlPage.note(s, "ROUGE F1 (percent) of the summaries against the reference summaries, beside the lead "
                + "baseline: the article's first sentences under the same length rule.");
        Element grid = s.appendElement("div").addClass("grid2");
        Map<String, double[]> means = new LinkedHashMap<>();
        means.put("Newsdesk", new double[] {tenth(d.rouge().meanF1().rouge1()),
            tenth(d.rouge().meanF1().rouge2()), tenth(d.rouge().meanF1().rougeL())});
        if (d.lead() != null) {
            means.put("lead baseline", new double[] {tenth(d.lead().meanF1().rouge1()),
                tenth(d.lead().meanF1().rouge2()), tenth(d.lead().meanF1().rougeL())});
        }
        ObjectNode bars = Charts.bars("Mean ROUGE F1 over " + d.rouge().count() + " articles",
                List.of("ROUGE-1", "ROUGE-2", "ROUGE-L"), means, false, null, "F1 (%)");
        Charts.range(bars, "yAxis", 0, 100);
        for (com.fasterxml.jackson.databind.JsonNode one : bars.get("series")) {
            ((ObjectNode) one).putObject("label").put("show", true).put("position", "top");
        }
        page.chart(grid.appendElement("div"), bars, 320);
        List<String> bins = new ArrayList<>();
        for (int b = 0; b < ROUGE_BINS; b++) {
            bins.add((b * 100 / ROUGE_BINS) + "-" + ((b + 1) * 100 / ROUGE_BINS));
        }
        Map<String, double[]> dist = new LinkedHashMap<>();
        dist.put("Newsdesk", histogram(d.rougePerArticle().ours(), 1));
        if (d.lead() != null) {
            dist.put("lead baseline", histogram(d.rougePerArticle().lead(), 1));
        }
        page.chart(grid.appendElement("div"), Charts.bars("ROUGE-2 F1 over articles", bins, dist, false,
                "ROUGE-2 F1 (%)", "articles"), 320);
        if (!d.lowSummaries().isEmpty()) {
            s.appendElement("h3").text("The " + d.lowSummaries().size() + " summaries with the lowest ROUGE-2");
            Element body = HtmlPage.table(s, List.of("id", "ROUGE-2", "lead", "summary", "reference"), List.of());
            for (LowSummary low : d.lowSummaries()) {
                Element tr = body.appendElement("tr");
                idCell(tr, low.id(), low.title());
                tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "%.1f", low.rouge2()));
                tr.appendElement("td").addClass("num").text(Double.isNaN(low.leadRouge2()) ? ""
                        : String.format(Locale.ROOT, "%.1f", low.leadRouge2()));
                tr.appendElement("td").addClass("text").text(low.summary());
                tr.appendElement("td").addClass("text").text(low.reference());
            }
        }
    }

    /** A table cell with an article's id and, under it, its title. */
    private static void idCell(Element tr, String id, String title) {
        Element td = tr.appendElement("td");
        td.appendElement("div").text(id);
        td.appendElement("div").addClass("note").text(title);
    }

    private static void wrong(HtmlPage page, Data d) {
        Element s = page.section("Wrong labels");
        if (d.wrong().isEmpty()) {
            HtmlPage.note(s, "Every labelled article got exactly its gold labels.");
            return;
        }
        HtmlPage.note(s, d.wrongCount() + " articles got other topics than their gold labels"
                + (d.wrongCount() > d.wrong().size() ? "; the first " + d.wrong().size() + " are shown, "
                + "misclassified.csv lists them all" : "") + ". A wrong topic is red, a missed gold label yellow; "
                + "each assigned topic comes with the words that pushed the model toward it.");
        Element body = HtmlPage.table(s, List.of("id", "gold", "topics", "top scores", "why these topics"), List.of());
        for (WrongLabels w : d.wrong()) {
            Element tr = body.appendElement("tr");
            idCell(tr, w.id(), w.title());
            Element gold = tr.appendElement("td");
            for (String g : w.gold()) {
                gold.appendElement("span").addClass("tag").addClass(w.topics().contains(g) ? "ok" : "missed").text(g);
            }
            Element topics = tr.appendElement("td");
            for (String t : w.topics()) {
                topics.appendElement("span").addClass("tag").addClass(w.gold().contains(t) ? "ok" : "wrong").text(t);
            }
            List<String> scores = new ArrayList<>();
            w.topScores().forEach((k, v) -> scores.add(String.format(Locale.ROOT, "%s %.2f", k, v)));
            tr.appendElement("td").text(String.join("; ", scores));
            Element why = tr.appendElement("td").addClass("text");
            w.explanations().forEach((label, words) -> {
                if (!words.isEmpty()) {
                    why.appendElement("div").text(label + ": " + String.join(", ", words));
                }
            });
        }
    }

    /** Counts of {@code values[column]} (0-100) in {@value #ROUGE_BINS} bins. */
    private static double[] histogram(List<double[]> values, int column) {
        double[] h = new double[ROUGE_BINS];
        for (double[] v : values) {
            h[Math.max(0, Math.min(ROUGE_BINS - 1, (int) (v[column] / (100.0 / ROUGE_BINS))))]++;
        }
        return h;
    }

    /** A fraction as a percentage with one decimal. */
    private static double tenth(double fraction) {
        return Math.round(fraction * 1000) / 10.0;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
