package org.newsdesk.text;

import java.util.Arrays;
import java.util.Collection;

/**
 * An immutable set of words that can also be probed with a range of a {@code char[]}, so that a caller holding a word
 * in a buffer needs no {@code String} to test it. Open addressing with linear probing over a power-of-two table at
 * most half full; the hash is {@link String#hashCode()}'s. Membership is exact string equality, as in a
 * {@code Set<String>}.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordSet {

    private final String[] slots;
    /** Per slot: the word's characters and hash, so that a probe with characters touches no String. */
    private final char[][] slotChars;
    private final int[] slotHashes;
    private final int mask;
    private final int size;

    /** A set of {@code words} (duplicates are kept once). */
    public WordSet(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
        String[] table = new String[capacity];
        int m = capacity - 1;
        int count = 0;
        for (String w : words) {
            int i = w.hashCode() & m;
            while (table[i] != null && !table[i].equals(w)) {
                i = (i + 1) & m;
            }
            if (table[i] == null) {
                table[i] = w;
                count++;
            }
        }
        this.slots = table;
        this.slotChars = new char[capacity][];
        this.slotHashes = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            if (table[i] != null) {
                slotChars[i] = table[i].toCharArray();
                slotHashes[i] = table[i].hashCode();
            }
        }
        this.mask = m;
        this.size = count;
    }

    /** Number of words. */
    public int size() {
        return size;
    }

    /** True when {@code word} is in the set. */
    public boolean contains(String word) {
        int i = word.hashCode() & mask;
        for (String s = slots[i]; s != null; s = slots[i]) {
            if (s.equals(word)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** True when the word {@code chars[offset, offset + length)} is in the set. */
    public boolean contains(char[] chars, int offset, int length) {
        return contains(chars, offset, length, hash(chars, offset, length));
    }

    /**
     * As {@link #contains(char[], int, int)}, with the word's hash already known.
     *
     * @param hash {@link #hash(char[], int, int)} of the word
     */
    public boolean contains(char[] chars, int offset, int length, int hash) {
        int i = hash & mask;
        for (char[] w = slotChars[i]; w != null; w = slotChars[i]) {
            if (slotHashes[i] == hash && w.length == length
                    && Arrays.equals(w, 0, length, chars, offset, offset + length)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** The hash this set uses for a word given as characters: equal to {@code String.hashCode()} of the word. */
    public static int hash(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }
}
