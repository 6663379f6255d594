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
    void phraseIndexAnswersAsAHashMapOfWordSequences() {
        KeyPhrases.PhraseIndex index = new KeyPhrases.PhraseIndex();
        Map<List<Integer>, Integer> reference = new HashMap<>();
        Random random = new Random(3);
        int[] buffer = new int[10];
        for (int i = 0; i < 20_000; i++) {
            int from = random.nextInt(3);
            int len = 1 + random.nextInt(random.nextInt(4) == 0 ? 7 : 3);
            Integer[] key = new Integer[len];
            for (int k = 0; k < len; k++) {
                buffer[from + k] = random.nextInt(len == 1 ? 300 : 20);
                key[k] = buffer[from + k];
            }
            List<Integer> words = List.of(key);
            Integer expected = reference.get(words);
            assertEquals(expected == null ? -1 : expected, index.get(buffer, from, len), words::toString);
            if (expected == null) {
                assertEquals(reference.size(), index.add(buffer, from, len));
                reference.put(words, reference.size());
            }
        }
        for (Map.Entry<List<Integer>, Integer> e : reference.entrySet()) {
            int[] k = e.getKey().stream().mapToInt(Integer::intValue).toArray();
            assertEquals(e.getValue(), index.get(k, 0, k.length));
        }
        assertEquals(-1, index.get(new int[] {300, 300, 300}, 0, 3)); // never added
        assertEquals(-1, index.get(new int[0], 0, 0));
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
