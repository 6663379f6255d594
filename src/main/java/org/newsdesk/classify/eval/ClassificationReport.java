package org.newsdesk.classify.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How well predicted topic labels match gold labels over a set of articles. Immutable.
 *
 * <ul>
 *   <li><b>Accuracy</b> is the fraction of articles whose predicted label set equals the gold set exactly: ordinary
 *       accuracy for single-label data, subset accuracy (exact match ratio) for multi-label data (Tsoumakas, Katakis
 *       &amp; Vlahavas, "Mining Multi-label Data", <i>Data Mining and Knowledge Discovery Handbook</i>, 2010).</li>
 *   <li><b>Per label</b>: tp, fp, fn, tn and support (tp + fn), precision tp/(tp+fp), recall tp/(tp+fn) and F1 =
 *       2PR/(P+R); any 0/0 is taken as 0.</li>
 *   <li><b>Micro</b> average: precision, recall and F1 of the tp, fp and fn pooled over all labels. For
 *       single-label data micro P = micro R = micro F1 = accuracy.</li>
 *   <li><b>Macro</b> average: the unweighted mean of the per-label precisions, recalls and F1s over <em>every</em>
 *       label in {@link #labels()} &mdash; the list given by the caller plus any label met in the data that it lacked
 *       &mdash; including labels with no support and no predictions, which count as 0. This is scikit-learn's
 *       {@code average="macro"} with {@code labels=} that list and {@code zero_division=0}; it is stricter than
 *       averaging only over labels seen in the data. Macro F1 is the mean of per-label F1s, not the harmonic mean of
 *       macro P and macro R.</li>
 *   <li><b>Confusion matrix</b> (single-label data only): row = gold label, column = predicted label, both in
 *       {@link #labels()} order. For multi-label data it is empty and the per-label 2&times;2 counts in
 *       {@link #perLabel()} take its place.</li>
 * </ul>
 *
 * References: Sokolova &amp; Lapalme, "A systematic analysis of performance measures for classification tasks",
 * <i>Information Processing &amp; Management</i> 45(4):427&ndash;437, 2009; Yang, "An evaluation of statistical
 * approaches to text categorization", <i>Information Retrieval</i> 1(1&ndash;2):69&ndash;90, 1999.
 *
 * @param labels       every label, the caller's list first, then labels met only in the data
 * @param articles     number of articles evaluated
 * @param exactMatches articles whose predicted set equals the gold set
 * @param multiLabel   true when some article had other than exactly one gold or one predicted label
 * @param perLabel     counts for each label, in {@code labels} order
 * @param confusion    single-label: {@code confusion.get(g).get(p)} = articles with gold label g and predicted label
 *                     p (indices into {@code labels}); multi-label: empty
 */
public record ClassificationReport(List<String> labels, int articles, int exactMatches, boolean multiLabel,
                                   List<LabelStats> perLabel, List<List<Integer>> confusion) {

    public ClassificationReport {
        labels = List.copyOf(labels);
        perLabel = List.copyOf(perLabel);
        List<List<Integer>> rows = new ArrayList<>(confusion.size());
        for (List<Integer> row : confusion) {
            rows.add(List.copyOf(row));
        }
        confusion = List.copyOf(rows);

        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("duplicate labels: " + labels);
        }
        if (articles < 0 || exactMatches < 0 || exactMatches > articles) {
            throw new IllegalArgumentException("bad counts: articles=" + articles + " exactMatches=" + exactMatches);
        }
        if (perLabel.size() != labels.size()) {
            throw new IllegalArgumentException("perLabel must have one entry per label");
        }
        for (int i = 0; i < labels.size(); i++) {
            LabelStats s = perLabel.get(i);
            if (!s.label().equals(labels.get(i))) {
                throw new IllegalArgumentException("perLabel out of label order at " + i + ": " + s.label());
            }
            if ((long) s.tp() + s.fp() + s.fn() + s.tn() != articles) {
                throw new IllegalArgumentException("counts of " + s.label() + " do not add up to " + articles);
            }
        }
        if (multiLabel) {
            if (!confusion.isEmpty()) {
                throw new IllegalArgumentException("a multi-label report has no confusion matrix");
            }
        } else {
            if (confusion.size() != labels.size()) {
                throw new IllegalArgumentException("confusion matrix must be " + labels.size() + " x " + labels.size());
            }
            long total = 0;
            for (List<Integer> row : confusion) {
                if (row.size() != labels.size()) {
                    throw new IllegalArgumentException("confusion matrix must be square");
                }
                for (int c : row) {
                    if (c < 0) {
                        throw new IllegalArgumentException("negative confusion count");
                    }
                    total += c;
                }
            }
            if (total != articles) {
                throw new IllegalArgumentException("confusion matrix holds " + total + " articles, not " + articles);
            }
        }
    }

    /**
     * Evaluates parallel lists of gold and predicted label sets.
     *
     * @param labels    the known labels in report order, without duplicates; labels met only in the data are
     *                  appended (see {@link ClassificationEvaluator})
     * @param gold      each article's gold labels
     * @param predicted each article's predicted labels, same length and order as {@code gold}
     * @return the report
     * @throws IllegalArgumentException if the lists differ in length or {@code labels} has duplicates
     */
    public static ClassificationReport compute(List<String> labels, List<Set<String>> gold,
                                               List<Set<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(
                    "gold has " + gold.size() + " articles but predicted has " + predicted.size());
        }
        ClassificationEvaluator evaluator = new ClassificationEvaluator(labels);
        for (int i = 0; i < gold.size(); i++) {
            evaluator.add(gold.get(i), predicted.get(i));
        }
        return evaluator.report();
    }

    /** Fraction of articles whose predicted set equals the gold set; 0 when there are no articles. */
    public double accuracy() {
        return PrecisionRecallF1.ratio(exactMatches, articles);
    }

    /** Subset accuracy (exact match ratio); the same number as {@link #accuracy()}, named for multi-label data. */
    public double subsetAccuracy() {
        return accuracy();
    }

    /**
     * Hamming loss: the share of (article, label) decisions that are wrong, (fp + fn) summed over labels divided by
     * articles &times; labels (Schapire &amp; Singer, "BoosTexter", <i>Machine Learning</i> 39:135&ndash;168, 2000).
     * 0 when there are no articles or labels.
     */
    public double hammingLoss() {
        long wrong = 0;
        for (LabelStats s : perLabel) {
            wrong += s.fp() + s.fn();
        }
        return PrecisionRecallF1.ratio(wrong, (long) articles * labels.size());
    }

    /** Upper bounds (inclusive) of the support groups of {@link #bySupport()}; the last group is open. */
    static final int[] SUPPORT_GROUPS = {0, 4, 19, 99};

    /**
     * How labels fare by how common they are: labels grouped by support (0, 1-4, 5-19, 20-99, 100+), each group with
     * its label count, total support, micro and macro F1. Rare labels are where a classifier usually fails.
     */
    public List<Map<String, Object>> bySupport() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int g = 0; g <= SUPPORT_GROUPS.length; g++) {
            int lo = g == 0 ? 0 : SUPPORT_GROUPS[g - 1] + 1;
            int hi = g == SUPPORT_GROUPS.length ? Integer.MAX_VALUE : SUPPORT_GROUPS[g];
            long tp = 0;
            long fp = 0;
            long fn = 0;
            double f1 = 0;
            int count = 0;
            int support = 0;
            for (LabelStats s : perLabel) {
                if (s.support() >= lo && s.support() <= hi) {
                    tp += s.tp();
                    fp += s.fp();
                    fn += s.fn();
                    f1 += s.f1();
                    support += s.support();
                    count++;
                }
            }
            if (count == 0) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("support", hi == Integer.MAX_VALUE ? lo + "+" : lo == hi ? Integer.toString(lo) : lo + "-" + hi);
            row.put("labels", count);
            row.put("totalSupport", support);
            row.put("microF1", PrecisionRecallF1.fromCounts(tp, fp, fn).f1());
            row.put("macroF1", f1 / count);
            out.add(row);
        }
        return out;
    }

    /** Precision, recall and F1 of the tp, fp and fn summed over all labels. */
    public PrecisionRecallF1 micro() {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (LabelStats s : perLabel) {
            tp += s.tp();
            fp += s.fp();
            fn += s.fn();
        }
        return PrecisionRecallF1.fromCounts(tp, fp, fn);
    }

    /** Unweighted means of the per-label precision, recall and F1 over every label in {@link #labels()}. */
    public PrecisionRecallF1 macro() {
        if (perLabel.isEmpty()) {
            return PrecisionRecallF1.ZERO;
        }
        double p = 0.0;
        double r = 0.0;
        double f = 0.0;
        for (LabelStats s : perLabel) {
            PrecisionRecallF1 scores = s.scores();
            p += scores.precision();
            r += scores.recall();
            f += scores.f1();
        }
        int n = perLabel.size();
        return new PrecisionRecallF1(Math.min(1.0, p / n), Math.min(1.0, r / n), Math.min(1.0, f / n));
    }

    /**
     * The counts of one label.
     *
     * @param label a label in {@link #labels()}
     * @return its counts
     * @throws IllegalArgumentException if the label is unknown
     */
    public LabelStats stats(String label) {
        return perLabel.get(indexOf(label));
    }

    /**
     * Articles with the given gold label whose predicted label was {@code predicted} (single-label reports only).
     *
     * @param gold      gold label
     * @param predicted predicted label
     * @return the count
     * @throws IllegalStateException    if the report is multi-label
     * @throws IllegalArgumentException if a label is unknown
     */
    public int confusionCount(String gold, String predicted) {
        if (multiLabel) {
            throw new IllegalStateException("a multi-label report has no confusion matrix; use stats(label)");
        }
        return confusion.get(indexOf(gold)).get(indexOf(predicted));
    }

    /** Sum of the supports: gold label occurrences over all articles. */
    public int totalSupport() {
        int total = 0;
        for (LabelStats s : perLabel) {
            total += s.support();
        }
        return total;
    }

    /**
     * The report as nested maps and lists of plain values, in a fixed key order, ready for Jackson:
     * {@code articles, multiLabel, exactMatches, accuracy, micro {precision, recall, f1}, macro {...}, subsetAccuracy,
     * hammingLoss, bySupport [..] (see {@link #bySupport()}), labels [..],
     * perLabel [{label, support, tp, fp, fn, tn, precision, recall, f1}, ..]} and, for single-label reports only,
     * {@code confusion} (rows = gold, columns = predicted, in {@code labels} order). Scores are fractions in [0, 1].
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("articles", articles);
        map.put("multiLabel", multiLabel);
        map.put("exactMatches", exactMatches);
        map.put("accuracy", accuracy());
        map.put("micro", micro().toMap());
        map.put("macro", macro().toMap());
        map.put("subsetAccuracy", subsetAccuracy());
        map.put("hammingLoss", hammingLoss());
        map.put("bySupport", bySupport());
        map.put("labels", labels);
        List<Map<String, Object>> rows = new ArrayList<>(perLabel.size());
        for (LabelStats s : perLabel) {
            rows.add(s.toMap());
        }
        map.put("perLabel", rows);
        if (!multiLabel) {
            map.put("confusion", confusion);
        }
        return map;
    }

    /**
     * Per-label CSV rows, header first: {@code label, support, tp, fp, fn, tn, precision, recall, f1}; scores with
     * four decimals.
     */
    public List<List<String>> perLabelCsvRows() {
        List<List<String>> rows = new ArrayList<>(perLabel.size() + 1);
        rows.add(List.of("label", "support", "tp", "fp", "fn", "tn", "precision", "recall", "f1"));
        for (LabelStats s : perLabel) {
            rows.add(List.of(s.label(), Integer.toString(s.support()), Integer.toString(s.tp()),
                    Integer.toString(s.fp()), Integer.toString(s.fn()), Integer.toString(s.tn()),
                    decimal(s.precision()), decimal(s.recall()), decimal(s.f1())));
        }
        return rows;
    }

    /**
     * Confusion CSV rows, header first. Single-label: header {@code "gold \ predicted", label1, label2, ...}, then one
     * row per gold label. Multi-label: header {@code label, tp, fp, fn, tn}, then one row per label.
     */
    public List<List<String>> confusionCsvRows() {
        List<List<String>> rows = new ArrayList<>(labels.size() + 1);
        if (multiLabel) {
            rows.add(List.of("label", "tp", "fp", "fn", "tn"));
            for (LabelStats s : perLabel) {
                rows.add(List.of(s.label(), Integer.toString(s.tp()), Integer.toString(s.fp()),
                        Integer.toString(s.fn()), Integer.toString(s.tn())));
            }
            return rows;
        }
        List<String> header = new ArrayList<>(labels.size() + 1);
        header.add("gold \\ predicted");
        header.addAll(labels);
        rows.add(List.copyOf(header));
        for (int g = 0; g < labels.size(); g++) {
            List<String> row = new ArrayList<>(labels.size() + 1);
            row.add(labels.get(g));
            for (int count : confusion.get(g)) {
                row.add(Integer.toString(count));
            }
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    /**
     * A short fixed-width text table: article count, accuracy, micro and macro P/R/F1, then one line per label.
     * Lines end with {@code '\n'}.
     */
    public String formatTable() {
        int width = "label".length();
        for (String label : labels) {
            width = Math.max(width, label.length());
        }
        String row = "%-" + width + "s  %9s  %9s  %9s  %9s\n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles  %d (%s)\n", articles,
                multiLabel ? "multi-label" : "single-label"));
        out.append(String.format(Locale.ROOT, "accuracy  %.4f%s\n", accuracy(),
                multiLabel ? " (subset accuracy)" : ""));
        out.append(String.format(Locale.ROOT, "micro-F1  %.4f  macro-F1  %.4f  Hamming loss  %.4f\n\n", micro().f1(),
                macro().f1(), hammingLoss()));
        out.append(String.format(Locale.ROOT, row, "label", "precision", "recall", "f1", "support"));
        appendScores(out, row, "micro", micro(), totalSupport());
        appendScores(out, row, "macro", macro(), totalSupport());
        out.append("-".repeat(width + 2 + 4 * 9 + 3 * 2)).append('\n');
        for (LabelStats s : perLabel) {
            appendScores(out, row, s.label(), s.scores(), s.support());
        }
        return out.toString();
    }

    private static void appendScores(StringBuilder out, String row, String name, PrecisionRecallF1 s, int support) {
        out.append(String.format(Locale.ROOT, row, name, decimal(s.precision()), decimal(s.recall()),
                decimal(s.f1()), support));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private int indexOf(String label) {
        Objects.requireNonNull(label, "label");
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label: " + label);
        }
        return i;
    }
}
