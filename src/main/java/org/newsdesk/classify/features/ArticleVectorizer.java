package org.newsdesk.classify.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.core.Article;
import org.newsdesk.text.TermAnalyzer;

/**
 * Turns an article into its TF-IDF vector without building a string per feature: the same vector as
 * {@code encoder.encode(new NgramExtractor(analyzer, maxNgram).features(article))}, at a fraction of the cost.
 *
 * <p>Every term that occurs in a vocabulary feature (as a word or as a part of a word pair, whether or not the word
 * itself is a feature) gets a number. The features form a trie over those numbers: a word is the node with the
 * term's number, and the node of an n-gram is found from the node of its first n-1 terms and the number of its last
 * term in a primitive {@code long -> int} table ({@link LongIntHashMap}); each node knows the column of the feature
 * it spells, if any. An article's terms come from {@link TermAnalyzer#tokens} and {@link TermAnalyzer#filter}, the
 * latter cached per thread by token text, so a token met before costs one hash look-up on its characters; each
 * n-gram then costs one table look-up. Term counts go into a per-thread array indexed by column.
 *
 * <p>Immutable and thread-safe: each thread gets its own buffers and token cache.
 */
public final class ArticleVectorizer {

    /** Token code: the filters drop the token. */
    private static final int DROPPED = -2;
    /** Token code (and node): a term of no vocabulary feature. */
    private static final int UNKNOWN = -1;
    /** Distinct token texts a thread's cache holds before it is emptied (a bound on memory, not on correctness). */
    static final int TOKEN_CACHE_SIZE = 1 << 17;

    private final TermAnalyzer analyzer;
    private final FeatureEncoder encoder;
    private final int maxNgram;
    private final int dimension;
    private final boolean foldNumbers;
    /** Every term of every usable feature, numbered 0..terms-1: these numbers are also the words' nodes. */
    private final Map<String, Integer> termNumbers;
    /** The node of {@link TermAnalyzer#NUMBER}, or {@link #UNKNOWN}. */
    private final int numberNode;
    /** The column of the feature each node spells, or -1 for a node that only starts longer features. */
    private final int[] columnOfNode;
    /** (node, term number) to the node of the n-gram one term longer. */
    private final LongIntHashMap next;
    private final ThreadLocal<Scratch> scratch;

    /**
     * A vectorizer for features of up to {@code maxNgram} terms of {@code analyzer} over the encoder's vocabulary.
     * Features with more terms than {@code maxNgram} can never be met and are left out.
     */
    public ArticleVectorizer(TermAnalyzer analyzer, int maxNgram, FeatureEncoder encoder, Vocabulary vocabulary) {
        if (maxNgram < 1) {
            throw new IllegalArgumentException("maxNgram must be positive: " + maxNgram);
        }
        if (encoder.dimension() != vocabulary.size()) {
            throw new IllegalArgumentException("encoder of " + encoder.dimension() + " columns for a vocabulary of "
                    + vocabulary.size());
        }
        this.analyzer = analyzer;
        this.encoder = encoder;
        this.maxNgram = maxNgram;
        this.dimension = vocabulary.size();
        this.foldNumbers = analyzer.settings().numbersAsToken();
        List<String> features = vocabulary.terms();
        String[][] parts = new String[features.size()][];
        Map<String, Integer> numbers = new HashMap<>(features.size() * 2);
        int longer = 0;
        for (int c = 0; c < features.size(); c++) {
            // the extractor joins terms with one space and a term never holds a space (the tokenizer splits there)
            String[] p = features.get(c).split(" ", -1);
            if (p.length <= maxNgram) {
                parts[c] = p;
                longer += p.length - 1;
                for (String t : p) {
                    numbers.putIfAbsent(t, numbers.size());
                }
            }
        }
        int terms = numbers.size();
        int[] columns = new int[terms + longer];
        Arrays.fill(columns, -1);
        LongIntHashMap edges = new LongIntHashMap(features.size());
        int nodes = terms;
        for (int c = 0; c < features.size(); c++) {
            String[] p = parts[c];
            if (p == null) {
                continue;
            }
            int node = numbers.get(p[0]);
            for (int k = 1; k < p.length; k++) {
                long key = key(node, numbers.get(p[k]));
                int child = edges.get(key);
                if (child == LongIntHashMap.MISSING) {
                    child = nodes++;
                    edges.put(key, child);
                }
                node = child;
            }
            columns[node] = c;
        }
        this.termNumbers = numbers;
        this.numberNode = numbers.getOrDefault(TermAnalyzer.NUMBER, UNKNOWN);
        this.columnOfNode = Arrays.copyOf(columns, nodes);
        this.next = edges;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(dimension));
    }

    private static long key(int node, int term) {
        return ((long) node << 32) | term;
    }

    /** The article's TF-IDF vector; all zero when none of its n-grams is in the vocabulary. */
    public SparseVector encode(Article article) {
        Scratch s = scratch.get();
        s.terms = 0;
        s.owner = this;
        try {
            analyzer.tokens(article.title() + "\n" + article.text(), s);
        } finally {
            s.owner = null; // the thread's buffers must not keep this vectorizer alive
        }
        int[] t = s.termBuffer;
        int n = s.terms;
        int[] tf = s.tf;
        long[] seen = s.seen;
        for (int i = 0; i < n; i++) {
            int node = t[i];
            if (node < 0) {
                continue;
            }
            int column = columnOfNode[node];
            if (column >= 0 && tf[column]++ == 0) {
                seen[column >>> 6] |= 1L << column;
            }
            for (int k = 1; k < maxNgram && i + k < n; k++) {
                int term = t[i + k];
                if (term < 0) {
                    break;
                }
                node = next.get(key(node, term));
                if (node < 0) {
                    break;
                }
                column = columnOfNode[node];
                if (column >= 0 && tf[column]++ == 0) {
                    seen[column >>> 6] |= 1L << column;
                }
            }
        }
        // the set bits give the columns in increasing order without a sort
        int[] columns = s.columns;
        int[] counts = s.counts;
        int distinct = 0;
        for (int w = 0; w < seen.length; w++) {
            long bits = seen[w];
            if (bits == 0) {
                continue;
            }
            seen[w] = 0;
            do {
                int column = (w << 6) + Long.numberOfTrailingZeros(bits);
                columns[distinct] = column;
                counts[distinct++] = tf[column];
                tf[column] = 0;
                bits &= bits - 1;
            } while (bits != 0);
        }
        return encoder.weigh(columns, counts, distinct);
    }

    /** The code of one token text: its term's number, {@link #UNKNOWN} or {@link #DROPPED}. */
    private int code(String token) {
        String term = analyzer.filter(token);
        if (term == null) {
            return DROPPED;
        }
        Integer number = termNumbers.get(term);
        return number == null ? UNKNOWN : number;
    }

    /** One thread's buffers: the article's term numbers, counts by column, and the token cache. */
    private static final class Scratch implements TermAnalyzer.TokenSink {
        final CharsIntHashMap cache = new CharsIntHashMap(1024);
        /** The vectorizer encoding an article on this thread right now. */
        ArticleVectorizer owner;
        int[] termBuffer = new int[1024];
        int terms;
        /** Count of each column in the current article; all zero between articles. */
        final int[] tf;
        /** The current article's columns as set bits; all zero between articles. */
        final long[] seen;
        /** The vector's columns (increasing) and their counts. */
        final int[] columns;
        final int[] counts;

        Scratch(int dimension) {
            tf = new int[dimension];
            seen = new long[(dimension + 63) >>> 6];
            columns = new int[dimension];
            counts = new int[dimension];
        }

        @Override
        public void token(char[] buffer, int length, boolean number) {
            int code = cache.get(buffer, 0, length);
            if (code == CharsIntHashMap.MISSING) {
                code = owner.code(new String(buffer, 0, length));
                if (cache.size() >= TOKEN_CACHE_SIZE) {
                    cache.clear();
                }
                cache.put(buffer, 0, length, code);
            }
            if (code == DROPPED) {
                return;
            }
            if (number && owner.foldNumbers) {
                code = owner.numberNode;
            }
            if (terms == termBuffer.length) {
                termBuffer = Arrays.copyOf(termBuffer, 2 * terms);
            }
            termBuffer[terms++] = code;
        }
    }
}
