package org.newsdesk.classify;

/**
 * Temperature scaling (Guo, Pleiss, Sun &amp; Weinberger, "On Calibration of Modern Neural Networks", ICML 2017): all
 * logits are divided by one temperature {@code T > 0} fitted on held-out articles to minimise their negative
 * log-likelihood. {@code T} does not change the ranking of labels within an article, only how confident the
 * probabilities are. Single-label models use the softmax likelihood; multi-label models the sum of the per-label
 * Bernoulli likelihoods of the sigmoids. Stateless.
 */
public final class Calibration {

    /** Smallest temperature searched. */
    static final double MIN_T = 0.05;
    /** Largest temperature searched. */
    static final double MAX_T = 20.0;

    private Calibration() {
    }

    /**
     * The temperature minimising the negative log-likelihood of {@code gold} under {@code logits / T}, searched by
     * golden-section search over {@code ln T} in [ln 0.05, ln 20] (the likelihood is unimodal in T). Deterministic.
     *
     * @param logits     one row of output pre-activations per article
     * @param gold       the same shape: true where the label is gold
     * @param multiLabel sigmoid likelihood instead of softmax
     * @return the temperature; 1 when there are no articles
     */
    public static double fitTemperature(float[][] logits, boolean[][] gold, boolean multiLabel) {
        if (logits.length != gold.length) {
            throw new IllegalArgumentException(logits.length + " logit rows but " + gold.length + " gold rows");
        }
        if (logits.length == 0) {
            return 1.0;
        }
        double lo = Math.log(MIN_T);
        double hi = Math.log(MAX_T);
        final double phi = (Math.sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        double fa = nll(logits, gold, multiLabel, Math.exp(a));
        double fb = nll(logits, gold, multiLabel, Math.exp(b));
        for (int i = 0; i < 60; i++) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - phi * (hi - lo);
                fa = nll(logits, gold, multiLabel, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + phi * (hi - lo);
                fb = nll(logits, gold, multiLabel, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** Mean negative log-likelihood per article of {@code gold} under {@code logits / t}. */
    static double nll(float[][] logits, boolean[][] gold, boolean multiLabel, double t) {
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            float[] z = logits[i];
            if (multiLabel) {
                for (int j = 0; j < z.length; j++) {
                    double s = z[j] / t;
                    // -log sigmoid(s) = softplus(-s); -log(1 - sigmoid(s)) = softplus(s)
                    total += gold[i][j] ? softplus(-s) : softplus(s);
                }
            } else {
                double max = Double.NEGATIVE_INFINITY;
                for (float v : z) {
                    max = Math.max(max, v / t);
                }
                double sum = 0;
                for (float v : z) {
                    sum += Math.exp(v / t - max);
                }
                double logZ = max + Math.log(sum);
                int goldCount = 0;
                double goldLogP = 0;
                for (int j = 0; j < z.length; j++) {
                    if (gold[i][j]) {
                        goldLogP += z[j] / t - logZ;
                        goldCount++;
                    }
                }
                total -= goldCount == 0 ? 0 : goldLogP / goldCount;
            }
        }
        return total / logits.length;
    }

    private static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** Probabilities from logits at temperature {@code t}: a softmax, or one sigmoid per label. */
    public static float[] probabilities(float[] logits, double t, boolean multiLabel) {
        float[] p = new float[logits.length];
        if (multiLabel) {
            for (int j = 0; j < logits.length; j++) {
                p[j] = (float) (1.0 / (1.0 + Math.exp(-logits[j] / t)));
            }
            return p;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v / t);
        }
        double sum = 0;
        double[] e = new double[logits.length];
        for (int j = 0; j < logits.length; j++) {
            e[j] = Math.exp(logits[j] / t - max);
            sum += e[j];
        }
        for (int j = 0; j < logits.length; j++) {
            p[j] = (float) (e[j] / sum);
        }
        return p;
    }
}
