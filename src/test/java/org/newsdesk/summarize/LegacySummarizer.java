package org.newsdesk.summarize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.text.StopWords;
import org.newsdesk.text.WordTokenizer;

/**
 * The sentence features and PageRank as they were computed before the words of an article were tokenized once
 * ({@link ArticleWords}): one {@code String} and one map lookup per token. Kept as the reference the faster code must
 * reproduce bit for bit. (The key phrases of that time, RAKE runs between stop words, were replaced by noun phrases:
 * {@link KeyPhrases}.)
 */
final class LegacySummarizer {

    /** The features the legacy code computed: the first 16 of {@link SentenceFeatures#NAMES}. */
    static final int LEGACY_FEATURES = 16;

    private LegacySummarizer() {
    }

    /** What the old {@code SentenceFeatures.of} computed. */
    record Features(double[][] rows, double[][] similarity, double[] centrality) {
    }

    static Features features(String body, List<SentenceSpan> spans, String title) {
        int n = spans.size();
        Map<String, Integer> ids = new HashMap<>();
        int[][] termIds = new int[n][];
        int[][] termCounts = new int[n][];
        int[] words = new int[n];
        int[] numbers = new int[n];
        int[] names = new int[n];
        boolean[] quote = new boolean[n];
        int[] buffer = new int[64];
        int[] size = new int[1];
        int[] docTf = new int[16];
        for (int s = 0; s < n; s++) {
            SentenceSpan span = spans.get(s);
            size[0] = 0;
            final int sentence = s;
            int[][] buf = {buffer};
            WordTokenizer.tokenize(body, span.start(), span.end(), (text, start, end) -> {
                words[sentence]++;
                char first = text.charAt(start);
                if (Character.isDigit(first)) {
                    numbers[sentence]++;
                } else if (Character.isUpperCase(first) && words[sentence] > 1) {
                    names[sentence]++;
                }
                String w = WordTokenizer.lower(text, start, end);
                if (StopWords.contains(w)) {
                    return;
                }
                Integer id = ids.get(w);
                if (id == null) {
                    id = ids.size();
                    ids.put(w, id);
                }
                if (size[0] == buf[0].length) {
                    buf[0] = Arrays.copyOf(buf[0], size[0] * 2);
                }
                buf[0][size[0]++] = id;
            });
            buffer = buf[0];
            for (int i = span.start(); i < span.end() && !quote[s]; i++) {
                char c = body.charAt(i);
                quote[s] = c == '"' || c == '\u201c' || c == '\u201d';
            }
            int[] sorted = Arrays.copyOf(buffer, size[0]);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    distinct++;
                }
            }
            int[] tId = new int[distinct];
            int[] tCount = new int[distinct];
            int k = -1;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    tId[++k] = sorted[i];
                }
                tCount[k]++;
            }
            termIds[s] = tId;
            termCounts[s] = tCount;
            if (ids.size() > docTf.length) {
                docTf = Arrays.copyOf(docTf, Math.max(ids.size(), docTf.length * 2));
            }
            for (int i = 0; i < distinct; i++) {
                docTf[tId[i]] += tCount[i];
            }
        }
        Set<Integer> titleIds = new HashSet<>();
        WordTokenizer.tokenize(title == null ? "" : title, 0, title == null ? 0 : title.length(), (text, start, end) -> {
            String w = WordTokenizer.lower(text, start, end);
            Integer id = ids.get(w);
            if (!StopWords.contains(w)) {
                titleIds.add(id == null ? -1 - titleIds.size() : id);
            }
        });

        double[] norm = new double[n];
        for (int s = 0; s < n; s++) {
            double sq = 0;
            for (int c : termCounts[s]) {
                sq += (double) c * c;
            }
            norm[s] = Math.sqrt(sq);
        }
        double[][] sim = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double v = cosine(termIds[a], termCounts[a], norm[a], termIds[b], termCounts[b], norm[b]);
                sim[a][b] = v;
                sim[b][a] = v;
            }
        }
        double[] rank = pageRank(sim);
        int maxTf = 1;
        for (int i = 0; i < ids.size(); i++) {
            maxTf = Math.max(maxTf, docTf[i]);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(rank[y], rank[x]) != 0 ? Double.compare(rank[y], rank[x])
                : Integer.compare(x, y));
        int[] rankPosition = new int[n];
        for (int r = 0; r < n; r++) {
            rankPosition[order[r]] = r;
        }

        double[][] f = new double[n][LEGACY_FEATURES];
        for (int s = 0; s < n; s++) {
            double degree = 0;
            for (int t = 0; t < n; t++) {
                degree += sim[s][t];
            }
            int titleHits = 0;
            double freq = 0;
            int content = 0;
            for (int i = 0; i < termIds[s].length; i++) {
                if (titleIds.contains(termIds[s][i])) {
                    titleHits++;
                }
                freq += (double) docTf[termIds[s][i]] / maxTf * termCounts[s][i];
                content += termCounts[s][i];
            }
            double w = words[s];
            double[] row = f[s];
            row[0] = rank[s] * n;
            row[1] = n > 1 ? (double) rankPosition[s] / (n - 1) : 0;
            row[2] = n > 1 ? degree / (n - 1) : 0;
            row[3] = n > 1 ? (double) s / (n - 1) : 0;
            row[4] = 1.0 / (s + 1);
            row[5] = s == 0 ? 1 : 0;
            row[6] = Math.min(w / 25.0, 4);
            row[7] = row[6] * row[6];
            row[8] = titleIds.isEmpty() ? 0 : (double) titleHits / titleIds.size();
            row[9] = content == 0 ? 0 : freq / content;
            row[10] = w == 0 ? 0 : numbers[s] / w;
            row[11] = w == 0 ? 0 : names[s] / w;
            row[12] = quote[s] ? 1 : 0;
            row[13] = s == 0 ? 1 : sim[s][0];
            row[14] = w < 6 ? 1 : 0;
            row[15] = Math.log(n);
        }
        return new Features(f, sim, rank);
    }

    private static double cosine(int[] ia, int[] ca, double na, int[] ib, int[] cb, double nb) {
        if (na == 0 || nb == 0) {
            return 0;
        }
        long dot = 0;
        int i = 0;
        int j = 0;
        while (i < ia.length && j < ib.length) {
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

    static double[] pageRank(double[][] w) {
        int n = w.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i] += w[i][j];
            }
        }
        double[] score = new double[n];
        Arrays.fill(score, 1.0 / Math.max(1, n));
        double[] next = new double[n];
        for (int iter = 0; iter < 100; iter++) {
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (out[j] == 0) {
                    dangling += score[j];
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (w[j][i] > 0) {
                        sum += w[j][i] / out[j] * score[j];
                    }
                }
                next[i] = (1 - SentenceFeatures.DAMPING) / n + SentenceFeatures.DAMPING * (sum + dangling / n);
                delta = Math.max(delta, Math.abs(next[i] - score[i]));
            }
            double[] swap = score;
            score = next;
            next = swap;
            if (delta < 1e-9) {
                break;
            }
        }
        return score;
    }
}
