package org.newsdesk.classify.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Counts in how many documents each feature occurs, then freezes the most frequent ones into a {@link Vocabulary}.
 * Not thread-safe. Ties in document frequency are broken by the feature's text, so the result does not depend on
 * hash order.
 */
public final class VocabularyBuilder {

    private final Map<String, int[]> docFreq = new HashMap<>();
    private int documents;

    /** Counts one document's features (repeats within the document count once). */
    public VocabularyBuilder add(Collection<String> features) {
        for (String f : new HashSet<>(features)) {
            docFreq.computeIfAbsent(f, k -> new int[1])[0]++;
        }
        documents++;
        return this;
    }

    /** Number of documents counted. */
    public int documents() {
        return documents;
    }

    /**
     * Freezes the vocabulary: features in at least {@code minDocFreq} documents, at most {@code maxFeatures} of them,
     * most frequent first; idf = ln((1 + N) / (1 + df)) + 1 (the smoothed form scikit-learn uses).
     *
     * @throws IllegalStateException if no feature qualifies
     */
    public Vocabulary build(FeatureSettings settings) {
        List<Map.Entry<String, int[]>> kept = new ArrayList<>();
        for (var e : docFreq.entrySet()) {
            if (e.getValue()[0] >= settings.minDocFreq()) {
                kept.add(e);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalStateException("no feature occurs in " + settings.minDocFreq()
                    + " or more of the " + documents + " training articles");
        }
        kept.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        int n = Math.min(settings.maxFeatures(), kept.size());
        List<String> terms = new ArrayList<>(n);
        float[] idf = new float[n];
        for (int i = 0; i < n; i++) {
            terms.add(kept.get(i).getKey());
            idf[i] = (float) (Math.log((1.0 + documents) / (1.0 + kept.get(i).getValue()[0])) + 1.0);
        }
        return new Vocabulary(terms, idf);
    }
}
