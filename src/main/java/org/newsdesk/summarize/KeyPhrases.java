package org.newsdesk.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final class Phrase {
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

    /** The word ids of a phrase, as a hash key (phrases with the same words are one phrase). */
    private record Key(int a, int b, int c) {
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
        Map<Key, Phrase> index = new HashMap<>();
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
        List<Phrase> all = new ArrayList<>(phrases);
        for (Phrase p : all) {
            double sum = 0;
            for (int w : p.words) {
                sum += freq[w] + (aw.inTitle[w] ? 2 : 0);
            }
            p.score = sum / p.words.length * (1 + 0.5 * (p.count - 1)) * Math.sqrt(p.words.length);
        }
        all.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score) : Integer.compare(a.first, b.first));
        List<String> out = new ArrayList<>();
        boolean[] used = new boolean[aw.words];
        for (Phrase p : all) {
            if (out.size() >= max) {
                break;
            }
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

    /**
     * Records the run of {@code length} words {@code body[start, end)} as a phrase when it has at most
     * {@value #MAX_WORDS} words.
     */
    private static void flush(String body, int[] run, int length, int start, int end, Map<Key, Phrase> index,
                              List<Phrase> phrases) {
        if (length == 0 || length > MAX_WORDS) {
            return;
        }
        if (end < body.length() && body.charAt(end) == '.' && body.lastIndexOf('.', end - 1) >= start) {
            end++; // an abbreviation such as U.S. keeps its final dot
        }
        Key key = new Key(run[0], length > 1 ? run[1] : -1, length > 2 ? run[2] : -1);
        Phrase p = index.get(key);
        if (p == null) {
            p = new Phrase(Arrays.copyOf(run, length), start, end);
            index.put(key, p);
            phrases.add(p);
        }
        p.count++;
    }

    private static boolean breaksPhrases(ArticleWords aw, int w) {
        return PHRASE_BREAKERS.contains(aw.chars, aw.wordOffset[w], aw.wordLength[w]);
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
