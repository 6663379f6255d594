package org.newsdesk.classify.features;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A sparse feature vector: sorted column indices and their values. Immutable.
 *
 * @param indices columns, strictly increasing
 * @param values  value of each column
 */
public record SparseVector(int[] indices, float[] values) {
    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("sparse vector with " + indices.length + " indices and "
                    + values.length + " values");
        }
        indices = indices.clone();
        values = values.clone();
    }

    /** Number of non-zero entries. */
    public int nonZeros() {
        return indices.length;
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    @Override
    public float[] values() {
        return values.clone();
    }

    /** Writes this vector into row {@code row} of a zeroed matrix. */
    void putInto(INDArray matrix, int row) {
        for (int i = 0; i < indices.length; i++) {
            matrix.putScalar(row, indices[i], values[i]);
        }
    }
}
