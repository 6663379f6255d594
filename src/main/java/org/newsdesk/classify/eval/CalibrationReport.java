package org.newsdesk.classify.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well a classifier's confidence matches its accuracy: the expected calibration error over equal-width
 * confidence bins and the reliability table behind it (Naeini, Cooper &amp; Hauskrecht, "Obtaining Well Calibrated
 * Probabilities Using Bayesian Binning", AAAI 2015; Guo et al., "On Calibration of Modern Neural Networks", ICML 2017).
 * The confidence of an article is the probability of its most probable label, and it counts as correct when that
 * label is among its gold labels. ECE = sum over bins of (articles in bin / all articles) * |accuracy - mean
 * confidence|. Bins are (i/B, (i+1)/B], the first also holding 0. Immutable.
 *
 * @param bins     per bin, in order of confidence
 * @param articles articles counted
 * @param ece      expected calibration error in [0, 1]
 */
public record CalibrationReport(List<Bin> bins, int articles, double ece) {

    /** The number of bins Newsdesk reports (Guo et al. use 15). */
    public static final int DEFAULT_BINS = 15;

    public CalibrationReport {
        bins = List.copyOf(bins);
    }

    /**
     * One confidence bin.
     *
     * @param lower          lower edge (exclusive, except 0 for the first bin)
     * @param upper          upper edge (inclusive)
     * @param articles       articles whose confidence falls in the bin
     * @param meanConfidence their mean confidence (0 when empty)
     * @param accuracy       the share of them whose top label is gold (0 when empty)
     */
    public record Bin(double lower, double upper, int articles, double meanConfidence, double accuracy) {
    }

    /**
     * The report over articles' top-label confidences and whether each top label was right.
     *
     * @throws IllegalArgumentException if the lists differ in length, a confidence is outside [0, 1] or bins &lt; 1
     */
    public static CalibrationReport compute(List<Double> confidence, List<Boolean> correct, int binCount) {
        if (confidence.size() != correct.size()) {
            throw new IllegalArgumentException(confidence.size() + " confidences but " + correct.size() + " outcomes");
        }
        if (binCount < 1) {
            throw new IllegalArgumentException("need at least one bin: " + binCount);
        }
        int[] n = new int[binCount];
        double[] conf = new double[binCount];
        int[] hits = new int[binCount];
        for (int i = 0; i < confidence.size(); i++) {
            double c = confidence.get(i);
            if (!(c >= 0.0 && c <= 1.0)) {
                throw new IllegalArgumentException("confidence out of [0,1]: " + c);
            }
            int b = Math.min(binCount - 1, Math.max(0, (int) Math.ceil(c * binCount) - 1));
            n[b]++;
            conf[b] += c;
            hits[b] += correct.get(i) ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>(binCount);
        double ece = 0;
        int total = confidence.size();
        for (int b = 0; b < binCount; b++) {
            double mean = n[b] == 0 ? 0 : conf[b] / n[b];
            double acc = n[b] == 0 ? 0 : (double) hits[b] / n[b];
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, n[b], mean, acc));
            if (n[b] > 0) {
                ece += (double) n[b] / total * Math.abs(acc - mean);
            }
        }
        return new CalibrationReport(bins, total, ece);
    }

    /** {@code ece, articles, bins [{lower, upper, articles, meanConfidence, accuracy}]} for Jackson. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ece", ece);
        map.put("binCount", bins.size());
        map.put("articles", articles);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Bin b : bins) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("lower", b.lower());
            row.put("upper", b.upper());
            row.put("articles", b.articles());
            row.put("meanConfidence", b.meanConfidence());
            row.put("accuracy", b.accuracy());
            rows.add(row);
        }
        map.put("bins", rows);
        return map;
    }

    /** The reliability table as CSV rows, header first: {@code lower, upper, articles, mean_confidence, accuracy, gap}. */
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("lower", "upper", "articles", "mean_confidence", "accuracy", "gap"));
        for (Bin b : bins) {
            rows.add(List.of(d(b.lower()), d(b.upper()), Integer.toString(b.articles()),
                    b.articles() == 0 ? "" : d(b.meanConfidence()), b.articles() == 0 ? "" : d(b.accuracy()),
                    b.articles() == 0 ? "" : d(b.accuracy() - b.meanConfidence())));
        }
        return rows;
    }

    /** A fixed-width text reliability table with the ECE on its first line. Lines end with '\n'. */
    public String formatTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "expected calibration error (%d bins, top label): %.4f%n",
                bins.size(), ece).replace(System.lineSeparator(), "\n"));
        out.append(String.format(Locale.ROOT, "%-13s  %8s  %10s  %8s%n", "confidence", "articles", "mean conf",
                "accuracy").replace(System.lineSeparator(), "\n"));
        for (Bin b : bins) {
            if (b.articles() > 0) {
                out.append(String.format(Locale.ROOT, "(%.3f-%.3f]  %8d  %10.4f  %8.4f%n", b.lower(), b.upper(),
                        b.articles(), b.meanConfidence(), b.accuracy()).replace(System.lineSeparator(), "\n"));
            }
        }
        return out.toString();
    }

    private static String d(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
