package org.newsdesk.classify;

import java.util.Arrays;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.newsdesk.classify.features.SparseVector;

/**
 * The forward pass of a trained topic network ({@link org.newsdesk.classify.network.NetworkFactory}: an optional
 * ReLU hidden layer, then the output layer) evaluated directly on sparse input in plain Java, from a copy of the DL4J
 * network's weights. A news article has a few hundred non-zero features out of tens of thousands, so this costs
 * {@code nnz x width} multiply-adds per article instead of a dense {@code vocabulary x width} product and an off-heap
 * matrix per batch. Returns raw output-layer pre-activations (logits); the caller applies temperature and
 * softmax/sigmoid. Immutable and thread-safe.
 */
final class SparseNetwork {

    private final int inputs;
    private final int hidden;
    private final int outputs;
    /** Row-major {@code inputs x (hidden or outputs)}. */
    private final float[] w1;
    private final float[] b1;
    /** Row-major {@code hidden x outputs}; empty without a hidden layer. */
    private final float[] w2;
    private final float[] b2;

    private SparseNetwork(int inputs, int hidden, int outputs, float[] w1, float[] b1, float[] w2, float[] b2) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.outputs = outputs;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    /** A copy of the network's current weights. */
    static SparseNetwork of(MultiLayerNetwork network) {
        int layers = network.getnLayers();
        if (layers < 1 || layers > 2) {
            throw new IllegalArgumentException("a topic network has 1 or 2 layers, not " + layers);
        }
        long[] shape1 = new long[2];
        float[] w1 = matrix(network.getLayer(0), "W", shape1);
        float[] firstBias = vector(network.getLayer(0), "b");
        int inputs = (int) shape1[0];
        int width = firstBias.length;
        if (shape1[1] != width) {
            throw new IllegalArgumentException("layer 0 has " + shape1[1] + " outputs but " + width + " biases");
        }
        if (layers == 1) {
            return new SparseNetwork(inputs, 0, width, w1, firstBias, new float[0], new float[0]);
        }
        long[] shape2 = new long[2];
        float[] w2 = matrix(network.getLayer(1), "W", shape2);
        float[] b2 = vector(network.getLayer(1), "b");
        if (shape2[0] != width || shape2[1] != b2.length) {
            throw new IllegalArgumentException("layer shapes do not chain: " + width + " vs " + shape2[0]);
        }
        return new SparseNetwork(inputs, width, b2.length, w1, firstBias, w2, b2);
    }

    /**
     * The network whose flattened DL4J parameters are {@code params} (what {@code MultiLayerNetwork.params()} gives
     * for the network {@link org.newsdesk.classify.network.NetworkFactory} builds): per layer its weights
     * {@code [in, out]} in column-major order, then its biases. Equal to {@link #of} of a network holding these
     * parameters, without ND4J.
     *
     * @param hidden hidden units, 0 for none
     * @throws IllegalArgumentException if the parameter count does not fit the shape
     */
    static SparseNetwork fromParams(float[] params, int inputs, int hidden, int outputs) {
        long expected = TopicClassifier.parameterCount(inputs, hidden, outputs);
        if (params.length != expected) {
            throw new IllegalArgumentException(params.length + " parameters for a network that has " + expected);
        }
        int width = hidden == 0 ? outputs : hidden;
        float[] w1 = rowMajor(params, 0, inputs, width);
        int at = inputs * width;
        float[] b1 = Arrays.copyOfRange(params, at, at + width);
        at += width;
        if (hidden == 0) {
            return new SparseNetwork(inputs, 0, outputs, w1, b1, new float[0], new float[0]);
        }
        float[] w2 = rowMajor(params, at, hidden, outputs);
        at += hidden * outputs;
        float[] b2 = Arrays.copyOfRange(params, at, at + outputs);
        return new SparseNetwork(inputs, hidden, outputs, w1, b1, w2, b2);
    }

    /** The column-major {@code rows x cols} matrix at {@code offset} of {@code flat}, as a row-major array. */
    private static float[] rowMajor(float[] flat, int offset, int rows, int cols) {
        float[] out = new float[rows * cols];
        for (int c = 0; c < cols; c++) {
            int from = offset + c * rows;
            for (int r = 0; r < rows; r++) {
                out[r * cols + c] = flat[from + r];
            }
        }
        return out;
    }

    /** A weight matrix {@code [rows, cols]} as one row-major array (one bulk copy, not one call per element). */
    private static float[] matrix(Layer layer, String name, long[] shape) {
        INDArray w = layer.getParam(name);
        if (w.rank() != 2) {
            throw new IllegalArgumentException("weight " + name + " has rank " + w.rank());
        }
        shape[0] = w.rows();
        shape[1] = w.columns();
        return w.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    private static float[] vector(Layer layer, String name) {
        return layer.getParam(name).castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    int inputs() {
        return inputs;
    }

    int outputs() {
        return outputs;
    }

    /** Pre-activations of the output layer for one article. */
    float[] logits(SparseVector x) {
        int[] idx = x.indices();
        float[] val = x.values();
        if (hidden == 0) {
            return affine(idx, val, b1, w1, outputs);
        }
        float[] h = hiddenActivations(idx, val);
        float[] z = b2.clone();
        for (int j = 0; j < hidden; j++) {
            float a = h[j];
            if (a > 0) {
                int base = j * outputs;
                for (int o = 0; o < outputs; o++) {
                    z[o] += a * w2[base + o];
                }
            }
        }
        return z;
    }

    private float[] hiddenActivations(int[] idx, float[] val) {
        float[] h = affine(idx, val, b1, w1, hidden);
        for (int j = 0; j < hidden; j++) {
            h[j] = Math.max(0f, h[j]);
        }
        return h;
    }

    /** {@code bias + x W} for a sparse input {@code x} and a row-major {@code W} with {@code width} columns. */
    private static float[] affine(int[] idx, float[] val, float[] bias, float[] w, int width) {
        float[] out = bias.clone();
        for (int k = 0; k < idx.length; k++) {
            int base = idx[k] * width;
            float v = val[k];
            for (int o = 0; o < width; o++) {
                out[o] += v * w[base + o];
            }
        }
        return out;
    }

    /**
     * Each input's contribution to output {@code label}'s logit, gradient times input (Simonyan et al. 2014;
     * Shrikumar et al. 2017): exactly {@code x_i * W[i, label]} for a linear network, and for a ReLU hidden layer
     * {@code x_i * sum_j W1[i, j] * [h_j > 0] * W2[j, label]}.
     *
     * @return one contribution per non-zero of {@code x}, in its order
     */
    double[] contributions(SparseVector x, int label) {
        int[] idx = x.indices();
        float[] val = x.values();
        double[] out = new double[idx.length];
        if (hidden == 0) {
            for (int k = 0; k < idx.length; k++) {
                out[k] = (double) val[k] * w1[idx[k] * outputs + label];
            }
            return out;
        }
        float[] h = hiddenActivations(idx, val);
        float[] gate = new float[hidden];
        for (int j = 0; j < hidden; j++) {
            gate[j] = h[j] > 0 ? w2[j * outputs + label] : 0f;
        }
        for (int k = 0; k < idx.length; k++) {
            int base = idx[k] * hidden;
            double g = 0;
            for (int j = 0; j < hidden; j++) {
                g += w1[base + j] * gate[j];
            }
            out[k] = val[k] * g;
        }
        return out;
    }

    @Override
    public String toString() {
        return "SparseNetwork[" + inputs + (hidden > 0 ? " -> " + hidden : "") + " -> " + outputs + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseNetwork s && inputs == s.inputs && hidden == s.hidden && outputs == s.outputs
                && Arrays.equals(w1, s.w1) && Arrays.equals(b1, s.b1) && Arrays.equals(w2, s.w2)
                && Arrays.equals(b2, s.b2);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(b1) * 31 + inputs;
    }
}
