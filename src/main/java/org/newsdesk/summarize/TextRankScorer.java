package org.newsdesk.summarize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TextRank sentence centrality (Mihalcea and Tarau 2004, "TextRank: Bringing Order into Texts"): a graph of the
 * document's sentences whose edge weights are their term overlap normalised by length,
 * {@code |Si ∩ Sj| / (ln|Si| + ln|Sj|)}, ranked with weighted PageRank (damping 0.85) until no score moves by more
 * than 1e-6. Immutable and thread-safe.
 */
public final class TextRankScorer implements SentenceScorer {

    private static final double DAMPING = 0.85;
    private static final double TOLERANCE = 1e-6;
    private static final int MAX_ITERATIONS = 200;

    @Override
    public String name() {
        return "textrank";
    }

    @Override
    public double[] score(List<List<String>> sentenceTerms) {
        int n = sentenceTerms.size();
        double[][] w = similarity(sentenceTerms);
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                outWeight[i] += w[i][j];
            }
        }
        double[] score = new double[n];
        java.util.Arrays.fill(score, 1.0);
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[] next = new double[n];
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (w[j][i] > 0) {
                        sum += w[j][i] / outWeight[j] * score[j];
                    }
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
                delta = Math.max(delta, Math.abs(next[i] - score[i]));
            }
            score = next;
            if (delta < TOLERANCE) {
                break;
            }
        }
        return score;
    }

    /** The symmetric overlap-similarity matrix, zero on the diagonal. */
    static double[][] similarity(List<List<String>> sentenceTerms) {
        int n = sentenceTerms.size();
        List<Map<String, Integer>> counts = new java.util.ArrayList<>(n);
        for (List<String> terms : sentenceTerms) {
            Map<String, Integer> c = new HashMap<>();
            terms.forEach(t -> c.merge(t, 1, Integer::sum));
            counts.add(c);
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            int li = sentenceTerms.get(i).size();
            for (int j = i + 1; j < n; j++) {
                int lj = sentenceTerms.get(j).size();
                double denominator = Math.log(li) + Math.log(lj);
                if (li == 0 || lj == 0 || denominator <= 0) {
                    continue;
                }
                Set<String> shared = new HashSet<>(counts.get(i).keySet());
                shared.retainAll(counts.get(j).keySet());
                int overlap = 0;
                for (String t : shared) {
                    overlap += Math.min(counts.get(i).get(t), counts.get(j).get(t));
                }
                w[i][j] = w[j][i] = overlap / denominator;
            }
        }
        return w;
    }
}
