package org.newsdesk.classify.features;

import java.util.Arrays;

/**
 * A map from character sequences to {@code int} values, looked up by a region of a {@code char[]} without making a
 * string. Made for a per-thread cache of token codes, where most keys are short words: each slot is four adjacent
 * {@code long}s (key hash and length; the key's first eight characters, packed; where the rest of a longer key starts
 * in a pooled character array, and the value), so a look-up of a key of up to eight characters reads one slot and
 * nothing else. Open addressing, linear probing, at most half full. Not thread-safe.
 */
final class CharsIntHashMap {

    /** What {@link #get} returns for a key that is not in the map. */
    static final int MISSING = Integer.MIN_VALUE;
    /** Characters of a key kept in its slot. */
    private static final int INLINE = 8;

    private final int initialCapacity;
    /** Per slot: hash << 32 | (length + 1) (0 when free), chars 0-3, chars 4-7, pool start << 32 | value. */
    private long[] table;
    /** Characters 8 and on of the longer keys. */
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
        clear();
    }

    private void allocate(int capacity) {
        table = new long[4 * capacity];
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

    /** Characters {@code from} to {@code from + 3} of the key, packed (zero beyond its end). */
    private static long pack(char[] text, int offset, int length, int from) {
        long p = 0;
        for (int i = Math.min(length, from + 4) - 1; i >= from; i--) {
            p = (p << 16) | text[offset + i];
        }
        return p;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private static long meta(int hash, int length) {
        return ((long) hash << 32) | (length + 1L);
    }

    /** The slot (index of its first long) holding the key, or of the free slot where it would go. */
    private int find(char[] text, int offset, int length, int hash) {
        long meta = meta(hash, length);
        long c0 = pack(text, offset, length, 0);
        long c1 = length > 4 ? pack(text, offset, length, 4) : 0;
        int i = slot(hash);
        long m;
        while ((m = table[4 * i]) != 0) {
            int s = 4 * i;
            if (m == meta && table[s + 1] == c0 && table[s + 2] == c1
                    && (length <= INLINE || restEquals((int) (table[s + 3] >>> 32), text, offset, length))) {
                return s;
            }
            i = (i + 1) & mask;
        }
        return 4 * i;
    }

    private boolean restEquals(int start, char[] text, int offset, int length) {
        for (int k = INLINE; k < length; k++) {
            if (pool[start + k - INLINE] != text[offset + k]) {
                return false;
            }
        }
        return true;
    }

    /** The value of the key {@code text[offset, offset + length)}, or {@link #MISSING}. */
    int get(char[] text, int offset, int length) {
        int s = find(text, offset, length, hash(text, offset, length));
        return table[s] == 0 ? MISSING : (int) table[s + 3];
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
        int s = find(text, offset, length, h);
        if (table[s] != 0) {
            table[s + 3] = (table[s + 3] & 0xFFFFFFFF00000000L) | (value & 0xFFFFFFFFL);
            return;
        }
        int start = used;
        if (length > INLINE) {
            int rest = length - INLINE;
            if (used + rest > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(2 * pool.length, used + rest));
            }
            System.arraycopy(text, offset + INLINE, pool, used, rest);
            used += rest;
        }
        table[s] = meta(h, length);
        table[s + 1] = pack(text, offset, length, 0);
        table[s + 2] = length > 4 ? pack(text, offset, length, 4) : 0;
        table[s + 3] = ((long) start << 32) | (value & 0xFFFFFFFFL);
        size++;
        if (2 * size > mask + 1) {
            grow();
        }
    }

    private void grow() {
        long[] old = table;
        allocate(2 * (mask + 1));
        for (int j = 0; j < old.length; j += 4) {
            if (old[j] != 0) {
                int i = slot((int) (old[j] >>> 32));
                while (table[4 * i] != 0) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, j, table, 4 * i, 4);
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
        pool = new char[4 * initialCapacity];
        used = 0;
        size = 0;
    }
}
