package org.newsdesk.classify.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharsIntHashMapTest {

    private static int get(CharsIntHashMap m, String key) {
        char[] padded = ("<<" + key + ">>").toCharArray();
        return m.get(padded, 2, key.length());
    }

    @Test
    void looksUpARegionOfABuffer() {
        CharsIntHashMap m = new CharsIntHashMap(0);
        char[] buffer = "xxworkersyy".toCharArray();
        assertEquals(CharsIntHashMap.MISSING, m.get(buffer, 2, 7));
        m.put(buffer, 2, 7, 5);
        buffer[2] = 'W'; // the map copied the key
        assertEquals(5, get(m, "workers"));
        assertEquals(CharsIntHashMap.MISSING, get(m, "worker"));
        assertEquals(CharsIntHashMap.MISSING, get(m, "Workers"));
        m.put("workers".toCharArray(), 0, 7, -2);
        assertEquals(-2, get(m, "workers"), "put replaces");
        assertEquals(1, m.size());
        m.put(new char[0], 0, 0, 9);
        assertEquals(9, get(m, ""), "the empty key is a key");
    }

    @Test
    void keysThatDifferOnlyInLengthOrLateCharactersAreDistinct() {
        CharsIntHashMap m = new CharsIntHashMap(2);
        String[] keys = {"a", "a\0", "a\0\0\0\0\0\0\0\0", "internationalisation", "internationalisatioN",
            "internationalisatio", "internat", "internati", "\0"};
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i].toCharArray(), 0, keys[i].length(), i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, get(m, keys[i]), keys[i]);
        }
        assertEquals(CharsIntHashMap.MISSING, get(m, "internationalisatiom"));
        assertEquals(keys.length, m.size());
    }

    @Test
    void agreesWithAHashMapWhileGrowingAndAfterClear() {
        Random r = new Random(17);
        CharsIntHashMap m = new CharsIntHashMap(4);
        Map<String, Integer> reference = new HashMap<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 30_000; i++) {
                StringBuilder b = new StringBuilder();
                for (int k = r.nextInt(r.nextBoolean() ? 9 : 20); k > 0; k--) {
                    b.append((char) (r.nextBoolean() ? 'a' + r.nextInt(3) : r.nextInt(0x3000)));
                }
                String key = b.toString();
                int value = r.nextInt(1000) - 2;
                reference.put(key, value);
                m.put(key.toCharArray(), 0, key.length(), value);
            }
            assertEquals(reference.size(), m.size());
            for (Map.Entry<String, Integer> e : reference.entrySet()) {
                assertEquals(e.getValue(), get(m, e.getKey()), e.getKey());
            }
            m.clear();
            assertEquals(0, m.size());
            for (String k : reference.keySet()) {
                assertEquals(CharsIntHashMap.MISSING, get(m, k));
            }
            reference.clear();
        }
    }

    @Test
    void refusesTheMissingMarkerAsAValue() {
        CharsIntHashMap m = new CharsIntHashMap(1);
        assertThrows(IllegalArgumentException.class, () -> m.put(new char[] {'a'}, 0, 1, CharsIntHashMap.MISSING));
    }
}
