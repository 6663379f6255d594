package org.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SummarizeStructuresTest {

    @Test
    void phraseIndexAnswersAsAHashMapOfWordTriples() {
        KeyPhrases.PhraseIndex index = new KeyPhrases.PhraseIndex();
        Map<List<Integer>, Integer> reference = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            int a = random.nextInt(300);
            int b = random.nextInt(4) == 0 ? -1 : random.nextInt(300);
            int c = b < 0 || random.nextBoolean() ? -1 : random.nextInt(300);
            List<Integer> key = List.of(a, b, c);
            Integer expected = reference.get(key);
            assertEquals(expected == null ? -1 : expected, index.get(a, b, c), key::toString);
            if (expected == null) {
                index.put(a, b, c, reference.size());
                reference.put(key, reference.size());
            }
        }
        for (Map.Entry<List<Integer>, Integer> e : reference.entrySet()) {
            List<Integer> k = e.getKey();
            assertEquals(e.getValue(), index.get(k.get(0), k.get(1), k.get(2)));
        }
        assertEquals(-1, index.get(300, 300, 300)); // never put
    }

    @Test
    void phraseHeapPollsInTheOrderOfAStableSortByScoreThenFirstOccurrence() {
        Random random = new Random(4);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(60);
            List<KeyPhrases.Phrase> phrases = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                KeyPhrases.Phrase p = new KeyPhrases.Phrase(new int[] {i}, random.nextInt(5), 0);
                p.score = random.nextInt(4) == 0 ? 0.0 : random.nextInt(3) == 0 ? -0.0 : random.nextInt(6) / 2.0;
                phrases.add(p);
            }
            List<KeyPhrases.Phrase> sorted = new java.util.ArrayList<>(phrases);
            sorted.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score)
                    : Integer.compare(a.first, b.first));
            KeyPhrases.PhraseHeap heap = new KeyPhrases.PhraseHeap(phrases);
            for (KeyPhrases.Phrase expected : sorted) {
                assertEquals(expected, phrases.get(heap.poll()));
            }
            assertEquals(true, heap.isEmpty());
        }
    }

    @Test
    void rankPositionsAreTheOrderOfASortByDescendingScoreThenIndex() {
        Random random = new Random(9);
        for (int round = 0; round < 500; round++) {
            int n = random.nextInt(30);
            double[] rank = new double[n];
            for (int i = 0; i < n; i++) {
                rank[i] = random.nextInt(3) == 0 ? 0.25 : random.nextInt(4) == 0 ? -0.0 : random.nextDouble();
            }
            if (n > 2) {
                rank[1] = 0.0; // 0.0 and -0.0 differ for Double.compare
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(rank[y], rank[x]) != 0 ? Double.compare(rank[y], rank[x])
                    : Integer.compare(x, y));
            int[] expected = new int[n];
            for (int r = 0; r < n; r++) {
                expected[order[r]] = r;
            }
            assertArrayEquals(expected, SentenceFeatures.rankPositions(rank));
        }
    }
}
