package org.newsdesk.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits a {@link SupervisedScorer} from articles with reference summaries. Each candidate sentence of an article is an
 * example, labelled positive when the reference contains it (compared without white space, as extractive references
 * often glue sentences together); for a reference that copies no sentence verbatim (an abstractive one), a sentence is
 * positive when at least half of its content-word bigrams occur in the reference. Logistic regression with an L2
 * penalty is fitted by Newton's method (iteratively reweighted least squares) on standardised features: no random
 * start, so the same articles give the same scorer.
 *
 * <p>A <em>length-neutral</em> trainer ({@code train --length-neutral-scorer}, used for {@code models/default}) does
 * not learn sentence length from the references: the length features ({@code words}, {@code words_squared}) get
 * weight 0. For references written by the team that wrote the articles (the starter corpus), sentence length follows
 * the writers' habits, not the news: learned, it made the default scorer prefer long sentences and fall 1.1 and 0.6
 * ROUGE-1 below the first three sentences against the human-written headlines of BBC and Reuters (docs/summarizer.md).
 *
 * <p>Not thread-safe: collect examples from one thread.
 */
public final class SupervisedTrainer {

    /** L2 penalty on the standardised weights (per example, times the number of examples). */
    public static final double L2 = 1e-3;
    private static final int MAX_ITERATIONS = 50;
    /**
     * The lead prior every learned scorer adds to its log-odds, divided by the sentence's position + 1: news puts its
     * key facts first, and reference summaries picked by other rules than an editor's (a team's own corpus, or
     * BBC's, chosen by centrality) under-teach that. See docs/summarizer.md for the measurements behind the value.
     */
    public static final double LEAD_PRIOR = 4.0;

    /** The features a length-neutral scorer does not learn. */
    static final List<String> LENGTH_FEATURES = List.of("words", "words_squared");

    private final Summarizer summarizer;
    private final boolean lengthNeutral;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Boolean> labels = new ArrayList<>();
    private int articles;
    private int positives;

    /** A trainer that finds candidate sentences and features as {@code summarizer} does and learns every feature. */
    public SupervisedTrainer(Summarizer summarizer) {
        this(summarizer, false);
    }

    /**
     * A trainer that finds candidate sentences and features as {@code summarizer} does; a {@code lengthNeutral} one
     * does not learn sentence length from the references (see the class comment).
     */
    public SupervisedTrainer(Summarizer summarizer, boolean lengthNeutral) {
        this.summarizer = summarizer;
        this.lengthNeutral = lengthNeutral;
    }

    /**
     * Adds one article's sentences as examples.
     *
     * @return the number of sentences labelled positive (0 adds nothing when the article has no candidate)
     */
    public int add(String title, String body, String reference) {
        Summarizer.Candidates c = summarizer.candidates(title, body);
        if (c.features().size() == 0 || reference == null || reference.isBlank()) {
            return 0;
        }
        String ref = squeeze(reference);
        boolean[] positive = new boolean[c.spans().size()];
        int hits = 0;
        for (int i = 0; i < positive.length; i++) {
            String s = squeeze(c.spans().get(i).cut(body));
            positive[i] = !s.isEmpty() && ref.contains(s);
            hits += positive[i] ? 1 : 0;
        }
        if (hits == 0) {
            List<String> refBigrams = bigrams(reference);
            for (int i = 0; i < positive.length; i++) {
                List<String> b = bigrams(c.spans().get(i).cut(body));
                long found = b.stream().filter(refBigrams::contains).count();
                positive[i] = !b.isEmpty() && found * 2 >= b.size();
                hits += positive[i] ? 1 : 0;
            }
        }
        for (int i = 0; i < positive.length; i++) {
            rows.add(c.features().row(i));
            labels.add(positive[i]);
        }
        articles++;
        positives += hits;
        return hits;
    }

    /** Articles added so far. */
    public int articles() {
        return articles;
    }

    /**
     * Fits the scorer.
     *
     * @throws IllegalStateException if the examples hold no positive or no negative sentence
     */
    public SupervisedScorer fit() {
        int m = rows.size();
        int k = SentenceFeatures.NAMES.size();
        long positives = labels.stream().filter(b -> b).count();
        if (positives == 0 || positives == m) {
            throw new IllegalStateException("reference summaries give " + positives + " summary sentences out of " + m
                    + ": need both sentences in and out of the summaries to learn a scorer");
        }
        double[] mean = new double[k];
        double[] scale = new double[k];
        for (double[] r : rows) {
            for (int j = 0; j < k; j++) {
                mean[j] += r[j] / m;
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < k; j++) {
                scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / m;
            }
        }
        for (int j = 0; j < k; j++) {
            scale[j] = Math.sqrt(scale[j]);
            if (!(scale[j] > 1e-12)) {
                scale[j] = 1; // a constant feature: weight will stay 0 under the penalty
            }
        }
        boolean[] fitted = new boolean[k];
        for (int j = 0; j < k; j++) {
            fitted[j] = !(lengthNeutral && LENGTH_FEATURES.contains(SentenceFeatures.NAMES.get(j)));
        }
        int d = k + 1;
        double[][] x = new double[m][d];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                x[i][j] = fitted[j] ? (rows.get(i)[j] - mean[j]) / scale[j] : 0; // a column of 0: its weight stays 0
            }
            x[i][k] = 1;
        }
        double[] w = new double[d];
        double lambda = L2 * m;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int i = 0; i < m; i++) {
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[i][j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (labels.get(i) ? 1 : 0);
                double v = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    g[a] += err * x[i][a];
                    double va = v * x[i][a];
                    for (int b = a; b < d; b++) {
                        h[a][b] += va * x[i][b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    h[a][b] = h[b][a];
                }
                if (a < k) {
                    g[a] += lambda * w[a];
                    h[a][a] += lambda;
                }
                h[a][a] += 1e-9;
            }
            double[] step = solve(h, g);
            double change = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        double[] weights = java.util.Arrays.copyOf(w, k);
        // The references' typical length (rounded up): a longer summary takes this many by score and fills the rest by centrality.
        int typical = (int) Math.max(1, Math.ceil((double) positives / Math.max(1, articles)));
        return new SupervisedScorer(mean, scale, weights, w[k], articles, m, typical, LEAD_PRIOR);
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is small and positive definite). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }

    private static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> bigrams(String text) {
        List<String> words = new ArrayList<>();
        org.newsdesk.text.WordTokenizer.tokenize(text, 0, text.length(), (t, s, e) -> {
            String w = org.newsdesk.text.WordTokenizer.lower(t, s, e);
            if (!org.newsdesk.text.StopWords.contains(w)) {
                words.add(w);
            }
        });
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + " " + words.get(i + 1).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
