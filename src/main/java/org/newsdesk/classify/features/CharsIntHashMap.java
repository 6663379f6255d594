package org.newsdesk.classify.features;

import java.util.Arrays;

/**
 * A map from character sequences to {@code int} values, looked up by a region of a {@code char[]} without making a
 * string: the keys' characters live in one pooled array, each slot keeps its key's hash, start and length (open
 * addressing, linear probing, at most half full). Made for a per-thread cache of token codes. Not thread-safe.
 */
final class CharsIntHashMap {

    /** What {@link #get} returns for a key that is not in the map. */
    static final int MISSING = Integer.MIN_VALUE;

    private final int initialCapacity;
    private int[] hashes;
    private int[] starts;
    /** Key length of each slot; -1 marks a free slot. */
    private int[] lengths;
    private int[] values;
    private char[] pool;
    private int used;
    private int mask;
    private int shift;
    private int size;

    /** An empty map with room for about {@code expected} keys before it grows. */
    CharsIntHashMap(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException("negative expected size " + expected);
        }
        this.initialCapacity = Math.max(4, Integer.highestOneBit(Math.max(1, expected) * 2 - 1) << 1);
        allocate(initialCapacity);
        this.pool = new char[8 * initialCapacity];
    }

    private void allocate(int capacity) {
        hashes = new int[capacity];
        starts = new int[capacity];
        lengths = new int[capacity];
        Arrays.fill(lengths, -1);
        values = new int[capacity];
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
    }

    private static int hash(char[] text, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + text[i];
        }
        return h;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    /** The value of the key {@code text[offset, offset + length)}, or {@link #MISSING}. */
    int get(char[] text, int offset, int length) {
        int h = hash(text, offset, length);
        int i = slot(h);
        int len;
        while ((len = lengths[i]) >= 0) {
            if (len == length && hashes[i] == h
                    && Arrays.equals(pool, starts[i], starts[i] + len, text, offset, offset + length)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return MISSING;
    }

    /**
     * Maps the key {@code text[offset, offset + length)} (its characters are copied) to {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is {@link #MISSING}
     */
    void put(char[] text, int offset, int length, int value) {
        if (value == MISSING) {
            throw new IllegalArgumentException("the value " + value + " means missing");
        }
        int h = hash(text, offset, length);
        int i = slot(h);
        int len;
        while ((len = lengths[i]) >= 0) {
            if (len == length && hashes[i] == h
                    && Arrays.equals(pool, starts[i], starts[i] + len, text, offset, offset + length)) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        if (used + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(2 * pool.length, used + length));
        }
        System.arraycopy(text, offset, pool, used, length);
        hashes[i] = h;
        starts[i] = used;
        lengths[i] = length;
        values[i] = value;
        used += length;
        size++;
        if (2 * size > lengths.length) {
            grow();
        }
    }

    private void grow() {
        int[] oldHashes = hashes;
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        int[] oldValues = values;
        allocate(2 * oldLengths.length);
        for (int j = 0; j < oldLengths.length; j++) {
            if (oldLengths[j] >= 0) {
                int i = slot(oldHashes[j]);
                while (lengths[i] >= 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[j];
                starts[i] = oldStarts[j];
                lengths[i] = oldLengths[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** Number of keys. */
    int size() {
        return size;
    }

    /** Removes every key and gives back the memory grown beyond the initial size. */
    void clear() {
        allocate(initialCapacity);
        pool = new char[8 * initialCapacity];
        used = 0;
        size = 0;
    }
}
