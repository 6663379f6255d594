package org.newsdesk.summarize;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.text.StopWords;

/**
 * What a scorer knows about the candidate sentences of one article: a fixed set of general features per sentence
 * (none tied to a corpus's words), and the cosine similarity of every pair of sentences.
 *
 * <p><b>Centrality</b> follows LexRank (Erkan and Radev 2004, "LexRank: Graph-based Lexical Centrality as Salience in
 * Text Summarization", JAIR 22) and TextRank (Mihalcea and Tarau 2004): sentences are term-frequency vectors of their
 * content words (lower-cased, {@link StopWords} removed, no stemming), edges are their cosine similarities, and the
 * score is weighted PageRank with damping {@value #DAMPING}. Plain arrays are used instead of ND4J: a news article has
 * 5 to 60 sentences, so the whole graph is a few thousand multiply-adds, far below the cost of creating one INDArray.
 *
 * <p><b>Memory is bounded per article.</b> Only the first {@value #MAX_GRAPH_SENTENCES} sentences enter the graph
 * (their similarity matrix is at most 8 MB); every article of the starter corpus has far fewer, so for them nothing
 * changes. In a longer one (a live blog of thousands of short lines), a later sentence gets the centrality one step of
 * the same walk would give it from the graph's converged scores, {@code (1 - d) / g + d * sum_j score[j] * sim(j, s)
 * / out[j]} over the {@code g} graph sentences, and then all scores are scaled to sum to 1; its degree and those of the
 * graph sentences count only edges to graph sentences, and its similarity to any sentence is computed when asked.
 *
 * <p>Built once per article and immutable afterwards.
 */
public final class SentenceFeatures {

    /** Feature names, in column order; saved with a supervised scorer so that a mismatch is detected on load. */
    public static final List<String> NAMES = List.of(
            "centrality", "centrality_rank", "degree", "position", "inverse_position", "first", "words",
            "words_squared", "title_overlap", "frequency", "numbers", "names", "quote", "similarity_to_first",
            "short", "log_sentences", "question", "exclamation", "dangling", "teaser");

    /**
     * Words that, opening a sentence, point back to something said before it ("This", "They", "However", "Well,"):
     * such a sentence cannot stand alone in a summary.
     */
    private static final Set<String> DANGLING = Set.of(
            "this", "that", "these", "those", "that's", "they", "they're", "them", "it", "it's", "its", "he", "she",
            "his", "her", "their", "however", "but", "and", "so", "also", "well", "still", "yet", "instead", "then",
            "such", "thus", "meanwhile", "moreover", "furthermore", "besides", "nonetheless", "nevertheless", "or",
            "nor", "plus", "otherwise", "likewise", "similarly", "indeed", "anyway", "oh", "hence", "therefore",
            "apparently", "anyhow", "hmm", "yes", "ok", "okay");
    /** Words of teasers and chat that address the reader ("Guess who's ...", "Wondering what ...?"). */
    private static final Set<String> TEASER = Set.of(
            "you", "your", "you're", "yours", "you'll", "you've", "you'd", "let's", "guess", "wondering", "curious",
            "imagine", "folks", "buckle", "spoiler", "stay", "tuned");

    /** PageRank damping, chosen by cross-validation on the BBC training split (0.85, 0.9, 0.95, 0.99 tried). */
    static final double DAMPING = 0.95;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;
    /** Most sentences in the centrality graph (the first ones of the article); see the class comment. */
    static final int MAX_GRAPH_SENTENCES = 1000;

    private final int n;
    private final double[][] features;
    /** Similarities among the first {@code similarity.length} sentences (the graph); others are computed on demand. */
    private final double[][] similarity;
    private final int[][] termIds;
    private final int[][] termCounts;
    private final double[] norm;
    private final double[] centrality;
    private final double maxCentrality;

    private SentenceFeatures(double[][] features, double[][] similarity, int[][] termIds, int[][] termCounts,
                             double[] norm, double[] centrality) {
        this.n = features.length;
        this.features = features;
        this.similarity = similarity;
        this.termIds = termIds;
        this.termCounts = termCounts;
        this.norm = norm;
        this.centrality = centrality;
        double max = 0;
        for (double c : centrality) {
            max = Math.max(max, c);
        }
        this.maxCentrality = max;
    }

    /**
     * Computes the features of the candidate sentences of an article.
     *
     * @param body  the article body the spans point into
     * @param spans the candidate sentences, in article order
     * @param title the headline, may be empty
     */
    public static SentenceFeatures of(String body, List<SentenceSpan> spans, String title) {
        return of(body, ArticleWords.of(body, spans, title));
    }

    /** Computes the features from the article's words, tokenized once ({@code words} of the same spans). */
    static SentenceFeatures of(String body, ArticleWords aw) {
        int n = aw.sentences();
        int[][] termIds = new int[n][];
        int[][] termCounts = new int[n][];
        int[] words = new int[n];
        int[] numbers = new int[n];
        int[] names = new int[n];
        boolean[] quote = new boolean[n];
        int[] buffer = new int[64];
        // Word ids number all words in order of first occurrence; the content words keep that order, as the ids
        // given to content words only did before, so sorting by id sums in the same order.
        int[] docTf = new int[aw.words];
        int[] counts = new int[aw.words];
        for (int s = 0; s < n; s++) {
            int distinct = 0;
            int from = aw.sentenceStart[s];
            int to = aw.sentenceStart[s + 1];
            for (int t = from; t < to; t++) {
                words[s]++;
                char first = body.charAt(aw.tokenStart[t]);
                if (Character.isDigit(first)) {
                    numbers[s]++;
                } else if (Character.isUpperCase(first) && words[s] > 1) {
                    names[s]++;
                }
                int id = aw.tokenWord[t];
                if (aw.stop[id]) {
                    continue;
                }
                if (counts[id]++ == 0) { // each content word once per sentence, counted in counts
                    if (distinct == buffer.length) {
                        buffer = Arrays.copyOf(buffer, distinct * 2);
                    }
                    buffer[distinct++] = id;
                }
            }
            for (int i = aw.spanStart[s]; i < aw.spanEnd[s] && !quote[s]; i++) {
                char c = body.charAt(i);
                quote[s] = c == '"' || c == '\u201c' || c == '\u201d';
            }
            Arrays.sort(buffer, 0, distinct);
            int[] tId = Arrays.copyOf(buffer, distinct);
            int[] tCount = new int[distinct];
            for (int i = 0; i < distinct; i++) {
                tCount[i] = counts[tId[i]];
                counts[tId[i]] = 0;
            }
            termIds[s] = tId;
            termCounts[s] = tCount;
            for (int i = 0; i < distinct; i++) {
                docTf[tId[i]] += tCount[i];
            }
        }
        boolean[] inTitle = aw.inTitleContent;
        int titleTerms = aw.titleContentTerms;

        double[] norm = new double[n];
        for (int s = 0; s < n; s++) {
            double sq = 0;
            for (int c : termCounts[s]) {
                sq += (double) c * c;
            }
            norm[s] = Math.sqrt(sq);
        }
        int g = Math.min(n, MAX_GRAPH_SENTENCES);
        double[][] sim = new double[g][g];
        // The dot products are sums of integer products, exact in any order: sentence a's counts are spread into a
        // dense array once and every later sentence looks its words up there, instead of merging sorted lists.
        int[] dense = counts; // all zero again
        for (int a = 0; a < g; a++) {
            int[] ia = termIds[a];
            int[] ca = termCounts[a];
            for (int i = 0; i < ia.length; i++) {
                dense[ia[i]] = ca[i];
            }
            for (int b = a + 1; b < g; b++) {
                double v = cosine(dense, norm[a], termIds[b], termCounts[b], norm[b]);
                sim[a][b] = v;
                sim[b][a] = v;
            }
            for (int i = 0; i < ia.length; i++) {
                dense[ia[i]] = 0;
            }
        }
        double[] rank = pageRank(sim);
        // degree: the sum of a sentence's similarities to the graph sentences
        double[] degreeSum = new double[n];
        for (int s = 0; s < g; s++) {
            for (int t = 0; t < g; t++) {
                degreeSum[s] += sim[s][t];
            }
        }
        if (n > g) {
            rank = extendRank(rank, sim, degreeSum, termIds, termCounts, norm, dense, n);
        }
        int maxTf = 1;
        for (int i = 0; i < docTf.length; i++) {
            maxTf = Math.max(maxTf, docTf[i]); // 0 for stop words
        }
        int[] rankPosition = n > g ? sortedRankPositions(rank) : rankPositions(rank);

        boolean[] teaserWord = new boolean[aw.words];
        for (int id = 0; id < aw.words; id++) {
            teaserWord[id] = aw.wordLength[id] <= 9 && TEASER.contains(aw.word(id));
        }
        double[][] f = new double[n][NAMES.size()];
        for (int s = 0; s < n; s++) {
            double degree = degreeSum[s];
            int degreeOf = n > g ? (s < g ? g - 1 : g) : n - 1;
            int titleHits = 0;
            double freq = 0;
            int content = 0;
            for (int i = 0; i < termIds[s].length; i++) {
                if (inTitle[termIds[s][i]]) {
                    titleHits++;
                }
                freq += (double) docTf[termIds[s][i]] / maxTf * termCounts[s][i];
                content += termCounts[s][i];
            }
            double w = words[s];
            double[] row = f[s];
            row[0] = rank[s] * n;
            row[1] = n > 1 ? (double) rankPosition[s] / (n - 1) : 0;
            row[2] = degreeOf > 0 ? degree / degreeOf : 0;
            row[3] = n > 1 ? (double) s / (n - 1) : 0;
            row[4] = 1.0 / (s + 1);
            row[5] = s == 0 ? 1 : 0;
            row[6] = Math.min(w / 25.0, 4);
            row[7] = row[6] * row[6];
            row[8] = titleTerms == 0 ? 0 : (double) titleHits / titleTerms;
            row[9] = content == 0 ? 0 : freq / content;
            row[10] = w == 0 ? 0 : numbers[s] / w;
            row[11] = w == 0 ? 0 : names[s] / w;
            row[12] = quote[s] ? 1 : 0;
            row[13] = s == 0 ? 1 : s < g ? sim[s][0] : cosine(termIds[s], termCounts[s], norm[s], termIds[0],
                    termCounts[0], norm[0]);
            row[14] = w < 6 ? 1 : 0;
            row[15] = Math.log(n);
            int from = aw.spanStart[s];
            int to = aw.spanEnd[s];
            row[16] = lastMark(body, from, to) == '?' ? 1 : 0;
            row[17] = body.indexOf('!', from) >= 0 && body.indexOf('!', from) < to ? 1 : 0;
            row[18] = dangling(body, from, to) ? 1 : 0;
            boolean teaser = false;
            for (int t = aw.sentenceStart[s]; t < aw.sentenceStart[s + 1] && !teaser; t++) {
                teaser = teaserWord[aw.tokenWord[t]];
            }
            row[19] = teaser ? 1 : 0;
        }
        return new SentenceFeatures(f, sim, termIds, termCounts, norm, rank);
    }

    /**
     * The centrality of every sentence of an article longer than the graph: the graph's scores, and for each later
     * sentence one step of the same walk from them (see the class comment), all scaled to sum to 1. Also adds the
     * later sentences' similarities to the graph sentences to {@code degreeSum}.
     */
    private static double[] extendRank(double[] graphRank, double[][] sim, double[] degreeSum, int[][] termIds,
                                       int[][] termCounts, double[] norm, int[] dense, int n) {
        int g = graphRank.length;
        double[] out = degreeSum; // out[j] for a graph sentence j: its similarities to the graph, summed once above
        double[] rank = Arrays.copyOf(graphRank, n);
        for (int s = g; s < n; s++) {
            int[] is = termIds[s];
            int[] cs = termCounts[s];
            for (int i = 0; i < is.length; i++) {
                dense[is[i]] = cs[i];
            }
            double sum = 0;
            double degree = 0;
            for (int j = 0; j < g; j++) {
                double v = cosine(dense, norm[s], termIds[j], termCounts[j], norm[j]);
                degree += v;
                if (v > 0 && out[j] > 0) {
                    sum += graphRank[j] * v / out[j];
                }
            }
            for (int i = 0; i < is.length; i++) {
                dense[is[i]] = 0;
            }
            degreeSum[s] = degree;
            rank[s] = (1 - DAMPING) / g + DAMPING * sum;
        }
        double total = 0;
        for (double r : rank) {
            total += r;
        }
        for (int s = 0; s < n; s++) {
            rank[s] /= total;
        }
        return rank;
    }

    /** {@link #rankPositions} by sorting, for articles too long for its quadratic count; the same positions. */
    static int[] sortedRankPositions(double[] rank) {
        int n = rank.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(rank[b], rank[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        return position;
    }

    /** The last character of {@code text[from, to)} before trailing white space, quotes and brackets (0 if none). */
    static char lastMark(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && "\"'\u201d\u2019)]*".indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Whether the sentence {@code text[from, to)} opens, after any quotes or brackets, with a word that points back to
     * what came before it ({@link #DANGLING}) or with a lower-case letter (a fragment).
     */
    static boolean dangling(String text, int from, int to) {
        int i = from;
        while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        if (i == to) {
            return false;
        }
        if (Character.isLowerCase(text.charAt(i))) {
            return true;
        }
        int end = i;
        while (end < to && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\''
                || text.charAt(end) == '\u2019')) {
            end++;
        }
        if (end - i > 11) {
            return false;
        }
        String word = text.substring(i, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return DANGLING.contains(word);
    }

    /**
     * Position of each sentence when sorted by descending score, ties (by {@link Double#compare}) in sentence order:
     * the number of sentences that come before it in that total order, counted without sorting.
     */
    static int[] rankPositions(double[] rank) {
        int n = rank.length;
        int[] position = new int[n];
        for (int s = 0; s < n; s++) {
            int before = 0;
            for (int t = 0; t < n; t++) {
                int c = Double.compare(rank[t], rank[s]);
                if (c > 0 || (c == 0 && t < s)) {
                    before++;
                }
            }
            position[s] = before;
        }
        return position;
    }

    /** Cosine of two sentences given as sorted term ids and counts (the same value as the dense form). */
    private static double cosine(int[] ia, int[] ca, double na, int[] ib, int[] cb, double nb) {
        if (na == 0 || nb == 0) {
            return 0;
        }
        long dot = 0;
        for (int i = 0, j = 0; i < ia.length && j < ib.length; ) {
            if (ia[i] == ib[j]) {
                dot += (long) ca[i++] * cb[j++];
            } else if (ia[i] < ib[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (na * nb);
    }

    /** Cosine of the sentence spread into {@code dense} (norm {@code na}) and sentence {@code ib, cb}. */
    private static double cosine(int[] dense, double na, int[] ib, int[] cb, double nb) {
        if (na == 0 || nb == 0) {
            return 0;
        }
        long dot = 0;
        for (int j = 0; j < ib.length; j++) {
            dot += (long) dense[ib[j]] * cb[j];
        }
        return dot / (na * nb);
    }

    /**
     * Weighted PageRank over a symmetric similarity matrix; a sentence with no edge keeps the teleport share.
     *
     * <p>Each iteration computes, for every sentence {@code i}, the sum over {@code j} with {@code w[j][i] > 0} of
     * {@code w[j][i] / out[j] * score[j]}, in increasing {@code j}. The quotients and the {@code j} are found once,
     * before the iterations, so each iteration is only the multiply-adds, done in the same order on the same values.
     */
    static double[] pageRank(double[][] w) {
        int n = w.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i] += w[i][j];
            }
        }
        int edges = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (w[j][i] > 0) {
                    edges++;
                }
            }
        }
        int[] first = new int[n + 1];
        int[] from = new int[edges];
        double[] share = new double[edges];
        int e = 0;
        for (int i = 0; i < n; i++) {
            first[i] = e;
            for (int j = 0; j < n; j++) {
                if (w[j][i] > 0) {
                    from[e] = j;
                    share[e++] = w[j][i] / out[j];
                }
            }
        }
        first[n] = e;
        double[] score = new double[n];
        Arrays.fill(score, 1.0 / Math.max(1, n));
        double[] next = new double[n];
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (out[j] == 0) {
                    dangling += score[j];
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int k = first[i], end = first[i + 1]; k < end; k++) {
                    sum += share[k] * score[from[k]];
                }
                next[i] = (1 - DAMPING) / n + DAMPING * (sum + dangling / n);
                delta = Math.max(delta, Math.abs(next[i] - score[i]));
            }
            double[] swap = score;
            score = next;
            next = swap;
            if (delta < TOLERANCE) {
                break;
            }
        }
        return score;
    }

    /** Number of sentences. */
    public int size() {
        return n;
    }

    /** Feature {@code j} (see {@link #NAMES}) of sentence {@code i}. */
    public double feature(int i, int j) {
        return features[i][j];
    }

    /** A copy of sentence {@code i}'s feature row. */
    public double[] row(int i) {
        return features[i].clone();
    }

    /** Cosine similarity of the content-word vectors of sentences {@code i} and {@code j} (0 on the diagonal). */
    public double similarity(int i, int j) {
        if (i < similarity.length && j < similarity.length) {
            return similarity[i][j];
        }
        return i == j ? 0 : cosine(termIds[i], termCounts[i], norm[i], termIds[j], termCounts[j], norm[j]);
    }

    /** Centrality of sentence {@code i} relative to the article's most central sentence, in [0, 1]. */
    public double relativeCentrality(int i) {
        return maxCentrality > 0 ? centrality[i] / maxCentrality : 0;
    }

    /** PageRank centrality of sentence {@code i}; the scores of all sentences sum to 1. */
    public double centrality(int i) {
        return centrality[i];
    }
}
