package org.newsdesk.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.text.WordSet;

/**
 * Key phrases of an article, after RAKE (Rose, Engel, Cramer and Cowley 2010, "Automatic Keyword Extraction from
 * Individual Documents", in <i>Text Mining: Applications and Theory</i>): candidate phrases are runs of up to three
 * content words inside a candidate sentence, broken at stop words, modal and reporting verbs, honorifics, punctuation
 * and bare numbers. A phrase scores the
 * mean document frequency of its words (a word of the headline counts twice more), times one plus half of its
 * repetitions, times the square root of its length; the best phrases are returned in their first spelling in the
 * text, skipping one whose words overlap a phrase already taken. Stateless.
 */
public final class KeyPhrases {

    private static final int MAX_WORDS = 3;
    /** Words that also break phrases here: modal and reporting verbs and honorifics, frequent in news but no topic. */
    private static final WordSet PHRASE_BREAKERS = new WordSet(List.of("said", "says", "say", "told", "tells",
            "added", "according", "asked", "could", "would", "may", "might", "must", "shall", "also", "mr", "mrs", "ms",
            "dr", "yesterday", "today", "tomorrow"));

    private KeyPhrases() {
    }

    /** A candidate phrase: its words (ids of {@link ArticleWords}) and where it first occurs. */
    static final class Phrase {
        final int[] words;
        final int first;
        final int end;
        int count;
        double score;

        Phrase(int[] words, int first, int end) {
            this.words = words;
            this.first = first;
            this.end = end;
        }
    }

    /**
     * The phrases of one article by their words (phrases with the same words are one phrase): open addressing over
     * the word-id triples (-1 for a missing second or third word), at most half full.
     */
    static final class PhraseIndex {
        private int[] keys = new int[3 * 64];
        private int[] values = new int[64]; // phrase number + 1; 0 for an empty slot
        private int size;

        /** The number of the phrase of words {@code a b c}, or -1. */
        int get(int a, int b, int c) {
            int mask = values.length - 1;
            for (int slot = hash(a, b, c) & mask; values[slot] != 0; slot = (slot + 1) & mask) {
                if (keys[3 * slot] == a && keys[3 * slot + 1] == b && keys[3 * slot + 2] == c) {
                    return values[slot] - 1;
                }
            }
            return -1;
        }

        /** Records phrase {@code number} (not yet present) for words {@code a b c}. */
        void put(int a, int b, int c, int number) {
            if (2 * (size + 1) > values.length) {
                int[] oldKeys = keys;
                int[] oldValues = values;
                keys = new int[oldKeys.length * 2];
                values = new int[oldValues.length * 2];
                for (int slot = 0; slot < oldValues.length; slot++) {
                    if (oldValues[slot] != 0) {
                        insert(oldKeys[3 * slot], oldKeys[3 * slot + 1], oldKeys[3 * slot + 2], oldValues[slot]);
                    }
                }
            }
            insert(a, b, c, number + 1);
            size++;
        }

        private void insert(int a, int b, int c, int value) {
            int mask = values.length - 1;
            int slot = hash(a, b, c) & mask;
            while (values[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[3 * slot] = a;
            keys[3 * slot + 1] = b;
            keys[3 * slot + 2] = c;
            values[slot] = value;
        }

        private static int hash(int a, int b, int c) {
            int h = (a * 31 + b) * 31 + c;
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /**
     * Up to {@code max} key phrases, best first.
     *
     * @param title the headline (may be empty)
     * @param body  the text the spans point into
     * @param spans the candidate sentences
     */
    public static List<String> extract(String title, String body, List<SentenceSpan> spans, int max) {
        return extract(body, ArticleWords.of(body, spans, title), max);
    }

    /** As {@link #extract(String, String, List, int)}, from the words of the same title and spans. */
    static List<String> extract(String body, ArticleWords aw, int max) {
        int[] freq = new int[aw.words];
        // per word: 0 unknown, 1 may be in a phrase, 2 breaks phrases (stop word, phrase breaker, no letter)
        byte[] kind = new byte[aw.words];
        PhraseIndex index = new PhraseIndex();
        List<Phrase> phrases = new ArrayList<>();
        int[] run = new int[MAX_WORDS + 1];
        for (int s = 0; s < aw.sentences(); s++) {
            int runLength = 0;
            int runStart = -1;
            int runEnd = -1;
            int previousEnd = -1;
            for (int t = aw.sentenceStart[s]; t < aw.sentenceStart[s + 1]; t++) {
                int start = aw.tokenStart[t];
                int end = aw.tokenEnd[t];
                int w = aw.tokenWord[t];
                boolean breaks = previousEnd >= 0 && hasPunctuation(body, previousEnd, start);
                previousEnd = end;
                if (breaks) {
                    flush(body, run, runLength, runStart, runEnd, index, phrases);
                    runLength = 0;
                }
                if (kind[w] == 0) {
                    kind[w] = aw.stop[w] || breaksPhrases(aw, w) || !hasLetter(aw, w) ? (byte) 2 : 1;
                }
                if (kind[w] == 2) {
                    flush(body, run, runLength, runStart, runEnd, index, phrases);
                    runLength = 0;
                    continue;
                }
                freq[w]++;
                if (runLength == 0) {
                    runStart = start;
                }
                if (runLength <= MAX_WORDS) {
                    run[runLength] = w;
                }
                runLength++;
                runEnd = end;
            }
            flush(body, run, runLength, runStart, runEnd, index, phrases);
        }
        for (Phrase p : phrases) {
            double sum = 0;
            for (int w : p.words) {
                sum += freq[w] + (aw.inTitle[w] ? 2 : 0);
            }
            p.score = sum / p.words.length * (1 + 0.5 * (p.count - 1)) * Math.sqrt(p.words.length);
        }
        // Best first: score descending, then first occurrence, then order of creation (what a stable sort by score
        // and first occurrence gives). Only the first few are needed, so they are taken from a heap, not sorted.
        PhraseHeap heap = new PhraseHeap(phrases);
        List<String> out = new ArrayList<>();
        boolean[] used = new boolean[aw.words];
        while (out.size() < max && !heap.isEmpty()) {
            Phrase p = phrases.get(heap.poll());
            if (p.words.length == 1 && aw.wordLength[p.words[0]] < 3) {
                continue;
            }
            boolean overlaps = false;
            for (int w : p.words) {
                overlaps |= used[w];
            }
            if (overlaps) {
                continue;
            }
            for (int w : p.words) {
                used[w] = true;
            }
            out.add(singleSpaced(body, p.first, p.end));
        }
        return out;
    }

    /** A binary heap of phrase numbers, best phrase on top (see {@link #better}). */
    static final class PhraseHeap {
        private final List<Phrase> phrases;
        private final int[] heap;
        private int size;

        PhraseHeap(List<Phrase> phrases) {
            this.phrases = phrases;
            this.size = phrases.size();
            this.heap = new int[size];
            for (int i = 0; i < size; i++) {
                heap[i] = i;
            }
            for (int i = size / 2 - 1; i >= 0; i--) {
                siftDown(i);
            }
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** Removes and returns the best phrase's number. */
        int poll() {
            int top = heap[0];
            heap[0] = heap[--size];
            siftDown(0);
            return top;
        }

        private void siftDown(int i) {
            int x = heap[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && better(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!better(heap[child], x)) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = x;
        }

        /** Phrase {@code a} comes before phrase {@code b}: higher score, then earlier occurrence, then created first. */
        private boolean better(int a, int b) {
            Phrase pa = phrases.get(a);
            Phrase pb = phrases.get(b);
            if (pa.score != pb.score) {
                return Double.compare(pb.score, pa.score) < 0;
            }
            if (pa.first != pb.first) {
                return pa.first < pb.first;
            }
            return a < b;
        }
    }

    /**
     * Records the run of {@code length} words {@code body[start, end)} as a phrase when it has at most
     * {@value #MAX_WORDS} words.
     */
    private static void flush(String body, int[] run, int length, int start, int end, PhraseIndex index,
                              List<Phrase> phrases) {
        if (length == 0 || length > MAX_WORDS) {
            return;
        }
        if (end < body.length() && body.charAt(end) == '.' && body.lastIndexOf('.', end - 1) >= start) {
            end++; // an abbreviation such as U.S. keeps its final dot
        }
        int b = length > 1 ? run[1] : -1;
        int c = length > 2 ? run[2] : -1;
        int number = index.get(run[0], b, c);
        Phrase p;
        if (number < 0) {
            p = new Phrase(Arrays.copyOf(run, length), start, end);
            index.put(run[0], b, c, phrases.size());
            phrases.add(p);
        } else {
            p = phrases.get(number);
        }
        p.count++;
    }

    private static boolean breaksPhrases(ArticleWords aw, int w) {
        return PHRASE_BREAKERS.contains(aw.chars, aw.wordOffset[w], aw.wordLength[w], aw.wordHash[w]);
    }

    private static boolean hasLetter(ArticleWords aw, int w) {
        for (int i = aw.wordOffset[w], end = i + aw.wordLength[w]; i < end; i++) {
            if (Character.isLetter(aw.chars[i])) {
                return true;
            }
        }
        return false;
    }

    private static String singleSpaced(String body, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasPunctuation(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
