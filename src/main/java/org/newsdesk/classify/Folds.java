package org.newsdesk.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.newsdesk.core.Article;

/** Stratified k-fold assignment, shared by training-time validation and cross-validation. */
public final class Folds {

    private Folds() {
    }

    /**
     * Assigns each article a fold in [0, k): the articles of each first label (in label order) are shuffled with a
     * seeded random source and dealt round-robin, continuing across labels, so every fold gets a share of every label.
     *
     * @return the fold of each article, in the articles' order
     */
    public static int[] assign(List<Article> articles, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds: " + k);
        }
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < articles.size(); i++) {
            List<String> l = articles.get(i).labels();
            byLabel.computeIfAbsent(l.isEmpty() ? "" : l.get(0), x -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[articles.size()];
        int next = 0;
        for (List<Integer> group : byLabel.values()) {
            List<Integer> g = new ArrayList<>(group);
            Collections.shuffle(g, random);
            for (int i : g) {
                fold[i] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }
}
