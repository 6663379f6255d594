package org.newsdesk.summarize;

import java.util.Arrays;
import java.util.List;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.text.StopWords;
import org.newsdesk.text.WordSet;
import org.newsdesk.text.WordTokenizer;

/**
 * The words of an article's candidate sentences, tokenized once ({@link WordTokenizer}) and shared by
 * {@link SentenceFeatures} and {@link KeyPhrases}. Each distinct lower-cased word ({@link WordTokenizer#lower}) gets an
 * id, in order of first occurrence, from a hash table over the characters themselves, so no {@code String} is made
 * per token; whether a word is a {@link StopWords stop word} is looked up once per distinct word. The headline's
 * words are looked up in the same table.
 *
 * <p>Built once per article by one thread and not changed afterwards.
 */
final class ArticleWords {

    /** Per sentence: offset of its first character in the body. */
    final int[] spanStart;
    /** Per sentence: offset after its last character. */
    final int[] spanEnd;
    /** Token {@code t} of sentence {@code s} is {@code t} in {@code [sentenceStart[s], sentenceStart[s + 1])}. */
    final int[] sentenceStart;
    /** Per token: offset of its first character in the body. */
    int[] tokenStart;
    /** Per token: offset after its last character. */
    int[] tokenEnd;
    /** Per token: its word id. */
    int[] tokenWord;

    /** Number of distinct words. */
    int words;
    /** Per word: its lower-cased characters are {@code chars[wordOffset[w], wordOffset[w] + wordLength[w])}. */
    char[] chars;
    int[] wordOffset;
    int[] wordLength;
    /** Per word: a stop word. */
    boolean[] stop;

    /** Per word: the headline holds it. */
    final boolean[] inTitle;
    /** Per word: the headline holds it and it is no stop word. */
    final boolean[] inTitleContent;
    /**
     * Number of elements of the old {@code titleIds} set of {@link SentenceFeatures}: distinct content words of the
     * headline found in the sentences, plus one per occurrence of a headline content word not found there.
     */
    final int titleContentTerms;

    private int charCount;
    /** Per word: {@link WordSet#hash} of its characters. */
    int[] wordHash;
    private int[] table;
    private int tableMask;

    private ArticleWords(String body, List<SentenceSpan> spans, String title) {
        int n = spans.size();
        sentenceStart = new int[n + 1];
        spanStart = new int[n];
        spanEnd = new int[n];
        int length = 0;
        for (int s = 0; s < n; s++) {
            SentenceSpan span = spans.get(s);
            spanStart[s] = span.start();
            spanEnd[s] = span.end();
            length += span.end() - span.start();
        }
        int tokenCapacity = Math.max(16, length / 5);
        tokenStart = new int[tokenCapacity];
        tokenEnd = new int[tokenCapacity];
        tokenWord = new int[tokenCapacity];
        chars = new char[Math.max(64, length / 2)];
        int wordCapacity = Math.max(16, tokenCapacity / 2);
        wordOffset = new int[wordCapacity];
        wordLength = new int[wordCapacity];
        wordHash = new int[wordCapacity];
        stop = new boolean[wordCapacity];
        table = new int[Integer.highestOneBit(wordCapacity) * 4];
        Arrays.fill(table, -1);
        tableMask = table.length - 1;

        int[] count = {0};
        for (int s = 0; s < n; s++) {
            SentenceSpan span = spans.get(s);
            sentenceStart[s] = count[0];
            WordTokenizer.tokenize(body, span.start(), span.end(), (text, start, end) -> {
                int t = count[0]++;
                if (t == tokenStart.length) {
                    int grown = t * 2;
                    tokenStart = Arrays.copyOf(tokenStart, grown);
                    tokenEnd = Arrays.copyOf(tokenEnd, grown);
                    tokenWord = Arrays.copyOf(tokenWord, grown);
                }
                tokenStart[t] = start;
                tokenEnd[t] = end;
                tokenWord[t] = find(text, start, end, true);
            });
        }
        sentenceStart[n] = count[0];

        inTitle = new boolean[words];
        inTitleContent = new boolean[words];
        int[] contentTerms = {0};
        String t = title == null ? "" : title;
        WordTokenizer.tokenize(t, 0, t.length(), (text, start, end) -> {
            int id = find(text, start, end, false);
            if (id >= 0) {
                inTitle[id] = true;
                if (!stop[id] && !inTitleContent[id]) {
                    inTitleContent[id] = true;
                    contentTerms[0]++;
                }
            } else if (!StopWords.contains(WordTokenizer.lower(text, start, end))) {
                contentTerms[0]++;
            }
        });
        titleContentTerms = contentTerms[0];
    }

    /**
     * The words of {@code spans} (cut from {@code body}) and of {@code title}.
     *
     * @param title the headline, may be null or empty
     */
    static ArticleWords of(String body, List<SentenceSpan> spans, String title) {
        return new ArticleWords(body, spans, title);
    }

    /** Number of candidate sentences. */
    int sentences() {
        return sentenceStart.length - 1;
    }

    /** Number of tokens of all sentences. */
    int tokens() {
        return sentenceStart[sentenceStart.length - 1];
    }

    /** The id of the word {@code text[start, end)} (lower-cased here), or -1 when the sentences do not hold it. */
    int idOf(CharSequence text, int start, int end) {
        return find(text, start, end, false);
    }

    /** The lower-cased word {@code id} (allocates; for tests and messages). */
    String word(int id) {
        return new String(chars, wordOffset[id], wordLength[id]);
    }

    /**
     * The id of the lower-cased token {@code text[start, end)}; when it is new, a new id if {@code add}, else -1.
     * The token is lower-cased into the character pool first; it stays there only when it is a new word.
     */
    private int find(CharSequence text, int start, int end, boolean add) {
        int len = end - start;
        if (charCount + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
        }
        int h = 0;
        for (int i = 0; i < len; i++) {
            char c = lower(text.charAt(start + i));
            chars[charCount + i] = c;
            h = 31 * h + c;
        }
        int slot = mix(h) & tableMask;
        for (int id = table[slot]; id >= 0; id = table[slot]) {
            if (wordHash[id] == h && wordLength[id] == len
                    && Arrays.equals(chars, wordOffset[id], wordOffset[id] + len, chars, charCount, charCount + len)) {
                return id;
            }
            slot = (slot + 1) & tableMask;
        }
        if (!add) {
            return -1;
        }
        int id = words++;
        if (id == wordOffset.length) {
            int grown = id * 2;
            wordOffset = Arrays.copyOf(wordOffset, grown);
            wordLength = Arrays.copyOf(wordLength, grown);
            wordHash = Arrays.copyOf(wordHash, grown);
            stop = Arrays.copyOf(stop, grown);
        }
        wordOffset[id] = charCount;
        wordLength[id] = len;
        wordHash[id] = h;
        stop[id] = StopWords.contains(chars, charCount, len, h);
        charCount += len;
        table[slot] = id;
        if (words * 2 > table.length) {
            rehash(table.length * 2);
        }
        return id;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        Arrays.fill(table, -1);
        tableMask = capacity - 1;
        for (int id = 0; id < words; id++) {
            int slot = mix(wordHash[id]) & tableMask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & tableMask;
            }
            table[slot] = id;
        }
    }

    /** Spreads the high bits of a String-style hash into the low ones used as the slot. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }

    /** As {@link WordTokenizer#lower}, for one character. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }
}
