package org.newsdesk.classify.features;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Encodes features as TF-IDF vectors (Salton and Buckley 1988): tf (or 1 + ln tf) times idf, L2-normalised, over a
 * fixed {@link Vocabulary}. Features outside the vocabulary are ignored. Immutable and thread-safe.
 */
public final class FeatureEncoder {

    private final Vocabulary vocabulary;
    private final boolean sublinearTf;

    /** An encoder over the vocabulary. */
    public FeatureEncoder(Vocabulary vocabulary, boolean sublinearTf) {
        this.vocabulary = vocabulary;
        this.sublinearTf = sublinearTf;
    }

    /** The vocabulary's size: the length of every vector. */
    public int dimension() {
        return vocabulary.size();
    }

    /** The TF-IDF vector of one document's features; all zero when none is in the vocabulary. */
    public SparseVector encode(List<String> features) {
        // the known features' columns, sorted, so that equal columns are adjacent and the vector comes out ordered
        int[] columns = new int[features.size()];
        int known = 0;
        for (String f : features) {
            int i = vocabulary.indexOf(f);
            if (i >= 0) {
                columns[known++] = i;
            }
        }
        java.util.Arrays.sort(columns, 0, known);
        int[] counts = new int[known];
        int distinct = 0;
        for (int i = 0; i < known; ) {
            int column = columns[i];
            int tf = 0;
            while (i < known && columns[i] == column) {
                tf++;
                i++;
            }
            columns[distinct] = column;
            counts[distinct++] = tf;
        }
        return weigh(columns, counts, distinct);
    }

    /**
     * The TF-IDF vector of a document given as its distinct columns and their counts: what {@link #encode} returns
     * for features with those columns and counts.
     *
     * @param columns the first {@code n} are the document's columns, strictly increasing
     * @param counts  the first {@code n} are their term frequencies, each at least 1
     * @throws IllegalArgumentException if the columns are not strictly increasing, out of the vocabulary, or a count
     *                                  is below 1
     */
    public SparseVector weigh(int[] columns, int[] counts, int n) {
        int[] idx = new int[n];
        float[] val = new float[n];
        double norm = 0;
        for (int k = 0; k < n; k++) {
            int column = columns[k];
            int tf = counts[k];
            if (tf < 1 || column < 0 || column >= vocabulary.size() || (k > 0 && column <= columns[k - 1])) {
                throw new IllegalArgumentException("bad column " + column + " with count " + tf + " at " + k);
            }
            double w = (sublinearTf ? 1.0 + Math.log(tf) : tf) * vocabulary.idf(column);
            idx[k] = column;
            val[k] = (float) w;
            norm += w * w;
        }
        if (norm > 0) {
            float inv = (float) (1.0 / Math.sqrt(norm));
            for (int i = 0; i < val.length; i++) {
                val[i] *= inv;
            }
        }
        return new SparseVector(idx, val);
    }

    /**
     * A dense {@code rows x dimension} float matrix of the given vectors, one row each. Only the non-zero entries are
     * written into a zeroed off-heap matrix: far cheaper than filling and copying a Java array of the same size.
     */
    public INDArray batch(List<SparseVector> vectors) {
        INDArray x = Nd4j.zeros(DataType.FLOAT, vectors.size(), dimension());
        for (int r = 0; r < vectors.size(); r++) {
            vectors.get(r).putInto(x, r);
        }
        return x;
    }

    /**
     * Overwrites {@code matrix} (rows x dimension, one row per vector) with the given vectors and returns it: the
     * allocation-free form of {@link #batch(List)} for a training loop.
     *
     * @throws IllegalArgumentException if the matrix does not have one row per vector and one column per feature
     */
    public INDArray fill(INDArray matrix, List<SparseVector> vectors) {
        if (matrix.rows() != vectors.size() || matrix.columns() != dimension()) {
            throw new IllegalArgumentException("matrix " + matrix.rows() + "x" + matrix.columns() + " cannot hold "
                    + vectors.size() + " vectors of " + dimension());
        }
        matrix.assign(0);
        for (int r = 0; r < vectors.size(); r++) {
            vectors.get(r).putInto(matrix, r);
        }
        return matrix;
    }

    /** A dense {@code rows x labels} 0/1 target matrix. */
    public static INDArray targets(List<boolean[]> rows, int labels) {
        float[] buffer = new float[rows.size() * labels];
        for (int r = 0; r < rows.size(); r++) {
            boolean[] row = rows.get(r);
            if (row.length != labels) {
                throw new IllegalArgumentException("target row " + r + " has " + row.length + " labels, not " + labels);
            }
            for (int c = 0; c < labels; c++) {
                buffer[r * labels + c] = row[c] ? 1f : 0f;
            }
        }
        return Nd4j.create(buffer, new long[] {rows.size(), labels}, DataType.FLOAT);
    }

    @Override
    public String toString() {
        return "FeatureEncoder[dim=" + dimension() + ", sublinearTf=" + sublinearTf + "]";
    }
}
