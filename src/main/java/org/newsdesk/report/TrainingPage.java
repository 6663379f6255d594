package org.newsdesk.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.newsdesk.classify.TrainingResult;
import org.newsdesk.classify.eval.ClassificationReport;
import org.newsdesk.classify.eval.LabelStats;

/**
 * {@code training-report.html} in a trained model's folder: the data (articles per label, the data check's
 * warnings), the loss and validation loss per epoch of each network, the chosen thresholds and the validation
 * metrics. The file is not part of the model: the model's fingerprint does not cover it.
 */
public final class TrainingPage {

    /** The report's file name in the model folder. */
    public static final String FILE_NAME = "training-report.html";

    private TrainingPage() {
    }

    /**
     * What the page shows.
     *
     * @param facts        what was trained, in order, as name and text
     * @param countsPerLabel training articles per label
     * @param warnings     the data check's warnings
     * @param history      each network's loss per epoch
     * @param thresholds   the chosen threshold per label
     * @param validation   metrics on the validation slice, or null without one
     * @param trainingFacts how training went (the manifest's "training" facts)
     */
    public record Data(Map<String, String> facts, Map<String, Integer> countsPerLabel, List<String> warnings,
                       List<TrainingResult.History> history, Map<String, Double> thresholds,
                       ClassificationReport validation, Map<String, Object> trainingFacts) {
    }

    /** The page. */
    public static String render(Data d) {
        int articles = d.countsPerLabel().values().stream().mapToInt(Integer::intValue).sum();
        HtmlPage page = new HtmlPage("Newsdesk training report", d.countsPerLabel().size() + " labels"
                + (d.validation() == null ? "" : String.format(Locale.ROOT, ", validation micro F1 %.3f",
                d.validation().micro().f1())));
        HtmlPage.facts(page.section("The model"), d.facts());

        Element data = page.section("Training data");
        List<String> labels = new ArrayList<>(d.countsPerLabel().keySet());
        double[] counts = new double[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            counts[i] = d.countsPerLabel().get(labels.get(i));
        }
        HtmlPage.note(data, articles + " label assignments over " + labels.size() + " labels (an article with "
                + "several labels counts under each).");
        page.chart(data, Charts.bars("Training articles per label", labels, Map.of("articles", counts), true, null,
                "articles"), Math.min(2000, Math.max(240, 90 + 28 * labels.size())));
        data.appendElement("h3").text("Data check: " + (d.warnings().isEmpty() ? "no warnings"
                : d.warnings().size() + " warnings"));
        if (!d.warnings().isEmpty()) {
            Element ul = data.appendElement("ul");
            for (String w : d.warnings()) {
                ul.appendElement("li").text(w);
            }
        }

        Element loss = page.section("Loss per epoch");
        if (d.history().isEmpty()) {
            HtmlPage.note(loss, "No epoch history was recorded.");
        } else {
            HtmlPage.note(loss, "Training loss (solid: the last batch's loss after each epoch) and validation loss "
                    + "(dashed: negative log-likelihood on the validation slice) of each network; training stops "
                    + "when the validation loss has not improved for a while, and keeps the best epoch's weights.");
            int epochs = d.history().stream().mapToInt(h -> h.loss().size()).max().orElse(0);
            List<String> xs = new ArrayList<>();
            for (int e = 1; e <= epochs; e++) {
                xs.add(Integer.toString(e));
            }
            Map<String, double[]> series = new LinkedHashMap<>();
            for (TrainingResult.History h : d.history()) {
                series.put(h.network() + ": loss", pad(h.loss(), epochs));
                if (!h.validationLoss().isEmpty()) {
                    series.put(h.network() + ": validation loss", pad(h.validationLoss(), epochs));
                }
            }
            boolean paired = d.history().stream().allMatch(h -> !h.validationLoss().isEmpty());
            page.chart(loss, Charts.lines("Loss per epoch", xs, series, "epoch", "loss", paired), 360);
            List<List<String>> rows = new ArrayList<>();
            for (TrainingResult.History h : d.history()) {
                rows.add(List.of(h.network(), Integer.toString(h.loss().size()), Integer.toString(h.bestEpoch()),
                        fmt(h.loss().get(h.loss().size() - 1)),
                        h.validationLoss().isEmpty() ? "" : fmt(h.validationLoss().get(h.bestEpoch() - 1))));
            }
            HtmlPage.table(loss, List.of("network", "epochs run", "best epoch", "last loss",
                    "validation loss at best epoch"), rows);
        }

        Element thresholds = page.section("Thresholds");
        HtmlPage.note(thresholds, "A label becomes a topic when its probability reaches its threshold (multi-label "
                + "models; a single-label model gives the most probable label).");
        double[] t = new double[labels.size()];
        List<String> tl = new ArrayList<>(d.thresholds().keySet());
        t = new double[tl.size()];
        for (int i = 0; i < tl.size(); i++) {
            t[i] = Math.round(d.thresholds().get(tl.get(i)) * 1000) / 1000.0;
        }
        ObjectNode chart = Charts.bars("Threshold per label", tl, Map.of("threshold", t), true, null, "probability");
        Charts.range(chart, "xAxis", 0, 1);
        ((ObjectNode) chart.get("xAxis")).remove("minInterval");
        page.chart(thresholds, chart, Math.min(2000, Math.max(240, 90 + 28 * tl.size())));
        List<List<String>> facts = new ArrayList<>();
        d.trainingFacts().forEach((k, v) -> facts.add(List.of(HtmlPage.words(k), v instanceof Double x ? fmt(x) : String.valueOf(v))));
        thresholds.appendElement("h3").text("How training went");
        HtmlPage.table(thresholds, List.of("fact", "value"), facts);

        Element validation = page.section("Validation");
        if (d.validation() == null) {
            HtmlPage.note(validation, "No validation slice (--validation-folds 0, or too few articles): no "
                    + "validation metrics.");
        } else {
            ClassificationReport c = d.validation();
            HtmlPage.note(validation, String.format(Locale.ROOT, "On the %d validation articles (somewhat optimistic: "
                    + "the thresholds and the temperature were fitted on them): accuracy %.3f, micro F1 %.3f, macro F1 "
                    + "%.3f.", c.articles(), c.accuracy(), c.micro().f1(), c.macro().f1()));
            double[] f1 = new double[c.labels().size()];
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < c.labels().size(); i++) {
                LabelStats s = c.stats(c.labels().get(i));
                f1[i] = Math.round(s.f1() * 1000) / 1000.0;
                rows.add(List.of(s.label(), Integer.toString(s.support()), fmt(s.precision()), fmt(s.recall()),
                        fmt(s.f1())));
            }
            ObjectNode f = Charts.bars("Validation F1 per label", c.labels(), Map.of("F1", f1), true, null, "F1");
            Charts.range(f, "xAxis", 0, 1);
            ((ObjectNode) f.get("xAxis")).remove("minInterval");
            page.chart(validation, f, Math.min(2000, Math.max(240, 90 + 28 * c.labels().size())));
            HtmlPage.table(validation, List.of("label", "support", "precision", "recall", "F1"), rows);
        }
        return page.render();
    }

    private static double[] pad(List<Double> values, int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        for (int i = 0; i < values.size(); i++) {
            out[i] = Math.round(values.get(i) * 10000) / 10000.0;
        }
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
