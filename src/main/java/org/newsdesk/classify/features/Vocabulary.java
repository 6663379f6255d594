package org.newsdesk.classify.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A frozen feature vocabulary: each feature's column and inverse document frequency. Immutable and thread-safe.
 * Built by {@link VocabularyBuilder}; its column order is part of a trained model.
 */
public final class Vocabulary {

    private final List<String> terms;
    private final float[] idf;
    private final Map<String, Integer> index;

    /**
     * @param terms features in column order, no duplicates
     * @param idf   inverse document frequency of each feature, same length as {@code terms}
     * @throws IllegalArgumentException if the lengths differ or a term repeats
     */
    public Vocabulary(List<String> terms, float[] idf) {
        if (terms.size() != idf.length) {
            throw new IllegalArgumentException("vocabulary has " + terms.size() + " terms but " + idf.length + " idf values");
        }
        this.terms = List.copyOf(terms);
        this.idf = idf.clone();
        this.index = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            if (index.put(terms.get(i), i) != null) {
                throw new IllegalArgumentException("vocabulary term repeats: '" + terms.get(i) + "'");
            }
        }
    }

    /** Number of features. */
    public int size() {
        return terms.size();
    }

    /** The column of {@code term}, or -1 when it is not in the vocabulary. */
    public int indexOf(String term) {
        Integer i = index.get(term);
        return i == null ? -1 : i;
    }

    /** Inverse document frequency of column {@code i}. */
    public float idf(int i) {
        return idf[i];
    }

    /** Features in column order. */
    public List<String> terms() {
        return terms;
    }

    /** A copy of the idf values in column order. */
    public float[] idfValues() {
        return idf.clone();
    }
}
