package org.newsdesk.classify.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntHashMapTest {

    @Test
    void putGetAndReplace() {
        LongIntHashMap m = new LongIntHashMap(0);
        assertEquals(LongIntHashMap.MISSING, m.get(42L));
        assertEquals(LongIntHashMap.MISSING, m.put(42L, 7));
        assertEquals(7, m.get(42L));
        assertEquals(7, m.put(42L, 9), "put returns the earlier value");
        assertEquals(9, m.get(42L));
        assertEquals(1, m.size());
        assertEquals(LongIntHashMap.MISSING, m.get(43L));
    }

    @Test
    void everyLongIsAKeyIncludingTheFreeSlotMarker() {
        LongIntHashMap m = new LongIntHashMap(4);
        for (long k : new long[] {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32}) {
            assertEquals(LongIntHashMap.MISSING, m.get(k));
            m.put(k, (int) (k & 0xffff) + 1);
        }
        for (long k : new long[] {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32}) {
            assertEquals((int) (k & 0xffff) + 1, m.get(k), "key " + k);
        }
        assertEquals(5, m.size());
        m.put(Long.MIN_VALUE, 3);
        assertEquals(5, m.size());
        assertEquals(3, m.get(Long.MIN_VALUE));
    }

    @Test
    void agreesWithAHashMapWhileGrowing() {
        Random r = new Random(11);
        LongIntHashMap m = new LongIntHashMap(2);
        Map<Long, Integer> reference = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            // node/term pairs as the vectorizer builds them, plus arbitrary longs
            long key = i % 3 == 0 ? r.nextLong() : ((long) r.nextInt(3000) << 32) | r.nextInt(3000);
            int value = r.nextInt(Integer.MAX_VALUE);
            Integer old = reference.put(key, value);
            assertEquals(old == null ? LongIntHashMap.MISSING : old, m.put(key, value));
        }
        assertEquals(reference.size(), m.size());
        for (Map.Entry<Long, Integer> e : reference.entrySet()) {
            assertEquals(e.getValue(), m.get(e.getKey()));
        }
        for (int i = 0; i < 10_000; i++) {
            long key = r.nextLong();
            assertEquals(reference.getOrDefault(key, LongIntHashMap.MISSING), m.get(key));
        }
    }

    @Test
    void refusesNegativeValuesAndSizes() {
        LongIntHashMap m = new LongIntHashMap(1);
        assertThrows(IllegalArgumentException.class, () -> m.put(1L, -1));
        assertThrows(IllegalArgumentException.class, () -> new LongIntHashMap(-1));
    }
}
