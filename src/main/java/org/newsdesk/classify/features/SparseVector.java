package org.newsdesk.classify.features;

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

    /** Adds this vector into row {@code row} of a row-major buffer with {@code columns} columns. */
    void addTo(float[] buffer, int row, int columns) {
        int base = row * columns;
        for (int i = 0; i < indices.length; i++) {
            buffer[base + indices[i]] += values[i];
        }
    }
}
