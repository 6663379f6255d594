package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    private static boolean containsChars(WordSet set, String word) {
        char[] buffer = ("##" + word + "#").toCharArray();
        boolean plain = set.contains(buffer, 2, word.length());
        assertEquals(plain, set.contains(buffer, 2, word.length(), WordSet.hash(buffer, 2, word.length())));
        return plain;
    }

    @Test
    void answersAsASetOfStringsIncludingHashCollisions() {
        // "Aa" and "BB" (and all their concatenations) share a hash code
        WordSet set = new WordSet(List.of("Aa", "AaAa", "BBBB", "", "said", "said"));
        assertEquals(5, set.size());
        for (String w : List.of("Aa", "AaAa", "BBBB", "", "said")) {
            assertTrue(set.contains(w), w);
            assertTrue(containsChars(set, w), w);
        }
        for (String w : List.of("BB", "AaBB", "BBAa", "sai", "saidx", "Said", "a")) {
            assertFalse(set.contains(w), w);
            assertFalse(containsChars(set, w), w);
        }
        assertEquals("said".hashCode(), WordSet.hash("said".toCharArray(), 0, 4));
    }

    @Test
    void agreesWithHashSetOnManyWords() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3000; i += 3) {
            words.add(Integer.toString(i, 7));
        }
        WordSet set = new WordSet(words);
        Set<String> reference = new HashSet<>(words);
        assertEquals(reference.size(), set.size());
        for (int i = 0; i < 3000; i++) {
            String w = Integer.toString(i, 7);
            assertEquals(reference.contains(w), set.contains(w), w);
            assertEquals(reference.contains(w), containsChars(set, w), w);
        }
        WordSet empty = new WordSet(List.of());
        assertFalse(empty.contains("a"));
        assertFalse(empty.contains(""));
    }

    @Test
    void stopWordsAnswerTheSameForStringsAndCharacters() {
        for (String w : List.of("the", "it's", "don't", "let's", "y", "said", "The", "news", "")) {
            char[] chars = w.toCharArray();
            assertEquals(StopWords.contains(w), StopWords.contains(chars, 0, chars.length, w.hashCode()), w);
        }
        assertTrue(StopWords.contains("the"));
        assertFalse(StopWords.contains("said"));
    }
}
