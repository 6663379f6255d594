package org.newsdesk.classify.network;

import java.util.Arrays;
import java.util.Random;

/**
 * Trains the linear topic network ({@link NetworkFactory} with no hidden layer: one DL4J {@code OutputLayer}, sigmoid
 * outputs with binary cross-entropy for multi-label data, softmax with cross-entropy otherwise) directly on sparse
 * TF-IDF rows, in plain Java, with the same loss, L2 penalty and Adam updater as DL4J's {@code fit}.
 *
 * <p>Why not DL4J's own {@code fit}: it takes dense input, so every step multiplies a {@code batch x vocabulary}
 * matrix that is more than 99% zeros (20,000 features, a news article has a few hundred) and then runs Adam over every
 * one of the {@code vocabulary x labels} weights. Here a step costs the article's non-zeros times the label count,
 * and Adam visits only the weight rows of features that occur in the batch ("lazy" Adam, as TensorFlow's
 * {@code LazyAdam} and sparse trainers such as fastText): a feature absent from a batch has a gradient of zero apart
 * from the L2 term, so its row, moments included, is left as it is until the feature occurs again. This is the one
 * difference from DL4J's dense updater, and only for rows a batch does not touch; with every feature in every batch
 * the two give the same weights ({@code SparseLinearTrainerTest} checks against DL4J's {@code fit}).
 *
 * <p>The result is a DL4J network's parameter vector ({@link #params()}: weights {@code [inputs, outputs]} in
 * column-major order, then biases), so the model stays a DL4J {@code MultiLayerNetwork} and its file format is
 * unchanged. Deterministic for a seed: the initial weights (Xavier, as {@link NetworkFactory}) and the article order
 * come from {@link Random}s seeded with it, and the arithmetic runs in a fixed order on one thread. Not thread-safe;
 * one instance per network.
 */
public final class SparseLinearTrainer {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final int inputs;
    private final int outputs;
    private final boolean multiLabel;
    private final float learningRate;
    private final float l2;
    /** Row-major {@code inputs x outputs}: a feature's weights are contiguous. */
    private final float[] w;
    private final float[] b;
    private final float[] mw;
    private final float[] vw;
    private final float[] mb;
    private final float[] vb;
    private int iteration;
    /** Whether every row is up to date (no step since {@link #catchUpAll}). */
    private boolean current = true;
    /** Per feature, the iteration its weight row was last brought up to date ({@link #catchUp}). */
    private final int[] upTo;

    // per-step scratch
    private final int[] slot;
    private int[] touched = new int[1024];
    private float[] grad = new float[1024];
    private final float[] gradBias;
    private final float[] z;

    /**
     * A network with Xavier-initialised weights and zero biases.
     *
     * @param inputs     feature count
     * @param outputs    label count
     * @param multiLabel sigmoid outputs (binary cross-entropy per label) instead of softmax
     */
    public SparseLinearTrainer(int inputs, int outputs, boolean multiLabel, NetworkConfig config) {
        if (config.hiddenUnits() != 0) {
            throw new IllegalArgumentException("the sparse trainer trains a linear network only, not "
                    + config.hiddenUnits() + " hidden units");
        }
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a network needs inputs and outputs: " + inputs + " x " + outputs);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.multiLabel = multiLabel;
        this.learningRate = (float) config.learningRate();
        this.l2 = (float) config.l2();
        long size = (long) inputs * outputs;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(inputs + " features x " + outputs + " labels is too large a network");
        }
        w = new float[(int) size];
        mw = new float[w.length];
        vw = new float[w.length];
        b = new float[outputs];
        mb = new float[outputs];
        vb = new float[outputs];
        slot = new int[inputs];
        Arrays.fill(slot, -1);
        upTo = new int[inputs];
        gradBias = new float[outputs];
        z = new float[outputs];
        // DL4J's XAVIER: Gaussian with mean 0 and variance 2 / (fanIn + fanOut)
        Random random = new Random(config.seed());
        double std = Math.sqrt(2.0 / (inputs + outputs));
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (random.nextGaussian() * std);
        }
    }

    /**
     * One Adam step on a minibatch: the mean loss of its articles (each weighted), its gradient, the L2 term for the
     * weight rows of features that occur in the batch, then Adam on those rows and on the biases.
     *
     * @param indices per article of the batch, its feature columns (strictly increasing)
     * @param values  per article, the value of each column
     * @param targets per article, which labels are gold
     * @param weights per article, the weight of each label's loss (multi-label) or of the article (its first
     *                entry, single-label); null for all 1
     * @return the batch's mean data loss (the L2 term not included)
     */
    public double step(int[][] indices, float[][] values, boolean[][] targets, float[][] weights) {
        int batch = indices.length;
        if (batch == 0) {
            return 0;
        }
        int count = 0;
        for (int[] idx : indices) {
            for (int f : idx) {
                if (slot[f] < 0) {
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    slot[f] = count;
                    touched[count++] = f;
                }
            }
        }
        int needed = count * outputs;
        if (grad.length < needed) {
            grad = new float[Math.max(needed, grad.length * 2)];
        } else {
            Arrays.fill(grad, 0, needed, 0f);
        }
        Arrays.fill(gradBias, 0f);
        double loss = 0;
        float scale = 1f / batch;
        for (int r = 0; r < batch; r++) {
            int[] idx = indices[r];
            float[] val = values[r];
            forward(idx, val, z);
            loss += lossAndDelta(z, targets[r], weights == null ? null : weights[r], scale);
            // z now holds dLoss/dz for this article
            for (int o = 0; o < outputs; o++) {
                gradBias[o] += z[o];
            }
            for (int k = 0; k < idx.length; k++) {
                int base = slot[idx[k]] * outputs;
                float v = val[k];
                for (int o = 0; o < outputs; o++) {
                    grad[base + o] += v * z[o];
                }
            }
        }
        iteration++;
        current = false;
        double beta1t = Math.pow(BETA1, iteration);
        double beta2t = Math.pow(BETA2, iteration);
        float alpha = (float) (learningRate * Math.sqrt(1 - beta2t) / (1 - beta1t));
        for (int s = 0; s < count; s++) {
            int f = touched[s];
            slot[f] = -1;
            catchUp(f, alpha);
            adam(w, mw, vw, f * outputs, grad, s * outputs, alpha, l2);
            upTo[f] = iteration;
        }
        adam(b, mb, vb, 0, gradBias, 0, alpha, 0f);
        return loss / batch;
    }

    /**
     * Brings feature {@code f}'s weight row up to date for the steps since it last occurred, in which its loss
     * gradient was zero and dense Adam would still have moved it: its momentum keeps carrying the weight for a few
     * steps, and the L2 term, divided by the decaying second moment, pulls it towards zero. Per element, over k
     * skipped steps with step size {@code alpha} (the current one; it changes slowly after the first steps):
     * {@code m_j = beta1^j m}, {@code v_j = beta2^j v}, so the momentum moves the weight by {@code alpha m / sqrt(v) *
     * sum_j (beta1 / sqrt(beta2))^j}, and the L2 gradient {@code l2 w} scales it by about {@code exp(-alpha l2 / sqrt(v)
     * * sum_j beta2^(-j/2))}. Both sums are geometric, so a row costs the same whatever k is. Adam's epsilon is left
     * out of these two terms, and the L2 term's own contribution to the moments is neglected (it is about
     * {@code l2 |w|}, orders of magnitude below a real gradient).
     */
    private void catchUp(int f, float alpha) {
        int last = upTo[f];
        int k = iteration - 1 - last;
        if (k <= 0 || last == 0) {
            return; // up to date, or never stepped yet: moments of zero carry nothing
        }
        powers(k);
        float momentum = (float) (alpha * momentumSum[k]);
        float decay = (float) (alpha * decaySum[k] * l2);
        float m1 = (float) beta1Power[k];
        float v1 = (float) beta2Power[k];
        int at = f * outputs;
        for (int i = at; i < at + outputs; i++) {
            // a stepped row's second moments are positive: a gradient of exactly zero does not occur in practice,
            // and the floor keeps the division finite if one did
            float inv = 1f / (float) Math.sqrt(Math.max(vw[i], 1e-30f));
            w[i] = w[i] * (float) Math.exp(-decay * inv) - momentum * mw[i] * inv;
            mw[i] *= m1;
            vw[i] *= v1;
        }
    }

    // powers(k) fills these for 0..k: beta1^k, beta2^k, sum_{j=1..k} r^j with r = beta1 / sqrt(beta2), and
    // sum_{j=1..k} q^j with q = 1 / sqrt(beta2); a table, because Math.pow per row and step cost more than the step
    private double[] beta1Power = {1};
    private double[] beta2Power = {1};
    private double[] momentumSum = {0};
    private double[] decaySum = {0};

    private void powers(int k) {
        int have = beta1Power.length;
        if (k < have) {
            return;
        }
        int size = Math.max(k + 1, have * 2);
        beta1Power = Arrays.copyOf(beta1Power, size);
        beta2Power = Arrays.copyOf(beta2Power, size);
        momentumSum = Arrays.copyOf(momentumSum, size);
        decaySum = Arrays.copyOf(decaySum, size);
        double r = BETA1 / Math.sqrt(BETA2);
        double q = 1 / Math.sqrt(BETA2);
        for (int j = have; j < size; j++) {
            beta1Power[j] = Math.pow(BETA1, j);
            beta2Power[j] = Math.pow(BETA2, j);
            momentumSum[j] = momentumSum[j - 1] + Math.pow(r, j);
            decaySum[j] = decaySum[j - 1] + Math.pow(q, j);
        }
    }

    /**
     * Brings every weight row up to date ({@link #catchUp}), as before reading all weights: the logits of articles
     * outside the batches, {@link #params()}, {@link #snapshot()}.
     */
    private void catchUpAll() {
        if (current) {
            return;
        }
        current = true;
        double beta1t = Math.pow(BETA1, iteration);
        double beta2t = Math.pow(BETA2, iteration);
        float alpha = (float) (learningRate * Math.sqrt(1 - beta2t) / (1 - beta1t));
        iteration++; // catchUp brings rows up to iteration - 1
        for (int f = 0; f < inputs; f++) {
            catchUp(f, alpha);
            if (upTo[f] > 0) {
                upTo[f] = iteration - 1;
            }
        }
        iteration--;
    }

    private void adam(float[] param, float[] m, float[] v, int at, float[] g, int gAt, float alpha, float penalty) {
        for (int o = 0; o < outputs; o++) {
            int i = at + o;
            float gi = g[gAt + o] + penalty * param[i];
            float mi = BETA1 * m[i] + (1 - BETA1) * gi;
            float vi = BETA2 * v[i] + (1 - BETA2) * gi * gi;
            m[i] = mi;
            v[i] = vi;
            param[i] -= alpha * mi / ((float) Math.sqrt(vi) + EPSILON);
        }
    }

    /** {@code out = b + x W} for one sparse article. */
    private void forward(int[] idx, float[] val, float[] out) {
        System.arraycopy(b, 0, out, 0, outputs);
        for (int k = 0; k < idx.length; k++) {
            int base = idx[k] * outputs;
            float v = val[k];
            for (int o = 0; o < outputs; o++) {
                out[o] += v * w[base + o];
            }
        }
    }

    /**
     * The article's weighted loss; replaces the logits {@code zz} with {@code scale * weight * (p - y)}, the loss's
     * gradient with respect to the logits divided by the batch size (DL4J averages over the minibatch).
     */
    private double lossAndDelta(float[] zz, boolean[] y, float[] weight, float scale) {
        double loss = 0;
        if (multiLabel) {
            for (int o = 0; o < outputs; o++) {
                double x = zz[o];
                double wt = weight == null ? 1 : weight[o];
                // -[y log s(x) + (1 - y) log(1 - s(x))] = softplus(x) - y x, computed stably
                double softplus = Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
                loss += wt * (softplus - (y[o] ? x : 0));
                double p = 1 / (1 + Math.exp(-x));
                zz[o] = (float) (scale * wt * (p - (y[o] ? 1 : 0)));
            }
            return loss;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < outputs; o++) {
            max = Math.max(max, zz[o]);
        }
        double sum = 0;
        for (int o = 0; o < outputs; o++) {
            sum += Math.exp(zz[o] - max);
        }
        double logSum = max + Math.log(sum);
        double wt = weight == null ? 1 : weight[0];
        for (int o = 0; o < outputs; o++) {
            double logP = zz[o] - logSum;
            if (y[o]) {
                loss -= wt * logP;
            }
            zz[o] = (float) (scale * wt * (Math.exp(logP) - (y[o] ? 1 : 0)));
        }
        return loss;
    }

    /** The pre-activations (logits) of one sparse article with the current weights. */
    public float[] logits(int[] idx, float[] val) {
        catchUpAll();
        float[] out = new float[outputs];
        forward(idx, val, out);
        return out;
    }

    /**
     * The parameters as DL4J flattens them for {@link NetworkFactory}'s linear network ({@code MultiLayerNetwork
     * .params()}): the {@code [inputs, outputs]} weight matrix in column-major order, then the biases.
     */
    public float[] params() {
        catchUpAll();
        float[] out = new float[w.length + outputs];
        for (int f = 0; f < inputs; f++) {
            int base = f * outputs;
            for (int o = 0; o < outputs; o++) {
                out[o * inputs + f] = w[base + o];
            }
        }
        System.arraycopy(b, 0, out, w.length, outputs);
        return out;
    }

    /** Sets the weights and biases from a DL4J parameter vector ({@link #params()}'s layout); moments unchanged. */
    public void setParams(float[] params) {
        if (params.length != w.length + outputs) {
            throw new IllegalArgumentException(params.length + " parameters for a network that has "
                    + (w.length + outputs));
        }
        for (int f = 0; f < inputs; f++) {
            int base = f * outputs;
            for (int o = 0; o < outputs; o++) {
                w[base + o] = params[o * inputs + f];
            }
        }
        System.arraycopy(params, w.length, b, 0, outputs);
    }

    /** A copy of the current weights and biases, for {@link #restore} (early stopping keeps the best epoch's). */
    public float[][] snapshot() {
        catchUpAll();
        return new float[][] {w.clone(), b.clone()};
    }

    /** Puts back the weights and biases of a {@link #snapshot}. */
    public void restore(float[][] snapshot) {
        System.arraycopy(snapshot[0], 0, w, 0, w.length);
        System.arraycopy(snapshot[1], 0, b, 0, outputs);
    }
}
