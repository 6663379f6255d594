package org.newsdesk.classify.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accumulates (gold, predicted) label sets one article at a time and produces a {@link ClassificationReport}.
 *
 * <p>Labels not in the list given to the constructor are appended to it when first seen (a model may not know a
 * gold label, or a label list may be incomplete): those of the gold set before those of the predicted set, and
 * within one set in natural {@code String} order, so the result does not depend on a set's iteration order.
 *
 * <p>The data count as single-label while every gold set and every predicted set holds exactly one label (pass
 * {@code Set.of(topLabel)} for a single-label classifier); one article with zero or several labels on either side
 * makes the evaluation multi-label, and the report then has no gold &times; predicted confusion matrix, only the
 * per-label 2&times;2 counts.
 *
 * <p>Mutable and not thread-safe; {@link #report()} can be called any number of times and returns an immutable
 * snapshot.
 */
public final class ClassificationEvaluator {
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<String> labels = new ArrayList<>();
    /** Per label index: {tp, fp, fn}. */
    private final List<int[]> counts = new ArrayList<>();
    /** Single-label pairs: (gold index &lt;&lt; 32 | predicted index) to count. */
    private final Map<Long, Integer> pairs = new HashMap<>();
    private int articles;
    private int exactMatches;
    private boolean multiLabel;

    /**
     * An evaluator over the given labels, in the order reports list them.
     *
     * @param labels the known labels, without duplicates; may be empty
     * @throws IllegalArgumentException if a label appears twice
     */
    public ClassificationEvaluator(List<String> labels) {
        for (String label : labels) {
            Objects.requireNonNull(label, "label");
            if (index.containsKey(label)) {
                throw new IllegalArgumentException("duplicate label in the label list: " + label);
            }
            indexOf(label);
        }
    }

    /**
     * Adds one article.
     *
     * @param gold      the article's gold labels (one for single-label data)
     * @param predicted the labels the classifier assigned (one for single-label data)
     * @return this evaluator
     */
    public ClassificationEvaluator add(Set<String> gold, Set<String> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        for (String label : new TreeSet<>(gold)) {
            indexOf(label);
        }
        for (String label : new TreeSet<>(predicted)) {
            indexOf(label);
        }
        for (String label : gold) {
            int[] c = counts.get(index.get(label));
            if (predicted.contains(label)) {
                c[0]++;
            } else {
                c[2]++;
            }
        }
        for (String label : predicted) {
            if (!gold.contains(label)) {
                counts.get(index.get(label))[1]++;
            }
        }
        if (gold.size() == 1 && predicted.size() == 1) {
            long key = ((long) index.get(gold.iterator().next()) << 32) | index.get(predicted.iterator().next());
            pairs.merge(key, 1, Integer::sum);
        } else {
            multiLabel = true;
        }
        if (gold.equals(predicted)) {
            exactMatches++;
        }
        articles++;
        return this;
    }

    /**
     * Adds one single-label article.
     *
     * @param gold      the gold label
     * @param predicted the predicted (top) label
     * @return this evaluator
     */
    public ClassificationEvaluator add(String gold, String predicted) {
        return add(Set.of(gold), Set.of(predicted));
    }

    /** Articles added so far. */
    public int count() {
        return articles;
    }

    /** The report over the articles added so far. */
    public ClassificationReport report() {
        int n = labels.size();
        List<LabelStats> perLabel = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] c = counts.get(i);
            perLabel.add(new LabelStats(labels.get(i), c[0], c[1], c[2], articles - c[0] - c[1] - c[2]));
        }
        List<List<Integer>> confusion = new ArrayList<>();
        if (!multiLabel) {
            for (int g = 0; g < n; g++) {
                List<Integer> row = new ArrayList<>(n);
                for (int p = 0; p < n; p++) {
                    row.add(pairs.getOrDefault(((long) g << 32) | p, 0));
                }
                confusion.add(row);
            }
        }
        return new ClassificationReport(labels, articles, exactMatches, multiLabel, perLabel, confusion);
    }

    private int indexOf(String label) {
        Objects.requireNonNull(label, "label");
        Integer i = index.get(label);
        if (i == null) {
            i = labels.size();
            index.put(label, i);
            labels.add(label);
            counts.add(new int[3]);
        }
        return i;
    }
}
