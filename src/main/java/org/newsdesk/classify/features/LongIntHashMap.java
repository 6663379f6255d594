package org.newsdesk.classify.features;

/**
 * A map from {@code long} keys to non-negative {@code int} values on two primitive arrays (open addressing, linear
 * probing, at most half full): no boxing and no objects per entry, so a look-up is a multiply, a shift and usually
 * one array read. Any {@code long} may be a key. Not thread-safe while it is written; safe to read from many threads
 * once it is filled and published safely (e.g. through a final field).
 */
final class LongIntHashMap {

    /** What {@link #get} returns for a key that is not in the map. */
    static final int MISSING = -1;
    /** Marks a free slot; the key with this value is kept aside in {@link #emptyKeyValue}. */
    private static final long FREE = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int mask;
    private int shift;
    private int size;
    private int emptyKeyValue = MISSING;

    /** An empty map sized for about {@code expected} entries without growing. */
    LongIntHashMap(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException("negative expected size " + expected);
        }
        allocate(Math.max(4, Integer.highestOneBit(Math.max(1, expected) * 2 - 1) << 1));
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        java.util.Arrays.fill(keys, FREE);
        values = new int[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /**
     * Maps {@code key} to {@code value}, replacing any earlier value.
     *
     * @return the earlier value, or {@link #MISSING}
     * @throws IllegalArgumentException if {@code value} is negative
     */
    int put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values must not be negative: " + value);
        }
        if (key == FREE) {
            int old = emptyKeyValue;
            if (old == MISSING) {
                size++;
            }
            emptyKeyValue = value;
            return old;
        }
        int i = slot(key);
        while (keys[i] != FREE) {
            if (keys[i] == key) {
                int old = values[i];
                values[i] = value;
                return old;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
        if (2 * size > keys.length) {
            grow();
        }
        return MISSING;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(2 * oldKeys.length);
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k != FREE) {
                int i = slot(k);
                while (keys[i] != FREE) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                values[i] = oldValues[j];
            }
        }
    }

    /** The value of {@code key}, or {@link #MISSING}. */
    int get(long key) {
        if (key == FREE) {
            return emptyKeyValue;
        }
        int i = slot(key);
        long k;
        while ((k = keys[i]) != FREE) {
            if (k == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return MISSING;
    }

    /** Number of keys. */
    int size() {
        return size;
    }
}
