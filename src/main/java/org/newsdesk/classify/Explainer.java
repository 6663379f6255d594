package org.newsdesk.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdesk.classify.features.SparseVector;
import org.newsdesk.classify.features.Vocabulary;
import org.newsdesk.core.Article;
import org.newsdesk.core.Evidence;
import org.newsdesk.text.AnalysisSettings;
import org.newsdesk.text.StopWords;
import org.newsdesk.text.TermAnalyzer;

/**
 * Explains a prediction: for each assigned topic, up to {@link TopicClassifier#EXPLANATION_SIZE} of the article's
 * features that pushed its logit up the most (gradient &times; input, {@link SparseNetwork#contributions}), strongest
 * first (ties: lower column first), each read as the article's own words.
 *
 * <p>Each feature's terms are split once when the model is loaded. The strongest features are picked by repeated
 * selection among the positive contributions (a handful of passes) instead of sorting them all. A stemmed term reads
 * as a word of the article that analyses to it: the shortest word that starts with the term (the first such in the
 * article among equally short ones), else the first word that shares the term's first three letters; else the term
 * itself. The article's words are only collected for the prefixes of the terms that need a surface form.
 *
 * <p>Thread-safe.
 */
final class Explainer {

    /** Most words whose analysis {@link #analyzesTo} remembers. */
    private static final int TERM_CACHE_SIZE = 200_000;

    private final List<String> labels;
    private final SparseNetwork sparse;
    private final double temperature;
    private final AnalysisSettings analysisSettings;
    private final TermAnalyzer analyzer;
    /** The terms of each feature (split at spaces). */
    private final String[][] parts;
    /**
     * Whether each feature is left out of explanations: it holds {@link TermAnalyzer#NUMBER} ("<num>" does not read as
     * a phrase of the article), a function word (models trained with Lucene's short stop-word list have features such
     * as "said most"), or only words for amounts ("million", "percent"), which name no topic to a reader.
     */
    private final boolean[] unreadable;
    /** Word to its single analysed term ("" when it analyses to none or several), shared by all threads. */
    private final ConcurrentHashMap<String, String> termOfWord;

    Explainer(List<String> labels, SparseNetwork sparse, double temperature, AnalysisSettings analysisSettings,
              TermAnalyzer analyzer, Vocabulary vocabulary) {
        this.labels = labels;
        this.sparse = sparse;
        this.temperature = temperature;
        this.analysisSettings = analysisSettings;
        this.analyzer = analyzer;
        List<String> terms = vocabulary.terms();
        this.parts = new String[terms.size()][];
        this.unreadable = new boolean[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            parts[i] = terms.get(i).split(" ");
            unreadable[i] = unreadable(parts[i]);
        }
        this.termOfWord = new ConcurrentHashMap<>();
    }

    /** Function words and their Porter stems ("has" is the term "ha"). */
    private static final Set<String> FUNCTION_TERMS = withStems(StopWords.classifierWords());
    /** Words for amounts and their Porter stems. */
    private static final Set<String> QUANTITY_TERMS = withStems(StopWords.quantityWords());

    private static Set<String> withStems(List<String> words) {
        Set<String> out = new HashSet<>(words);
        try (TermAnalyzer stemmer = new TermAnalyzer(new AnalysisSettings(true, false, true, false))) {
            for (String w : words) {
                String t = stemmer.filter(w);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Whether a feature of these terms cannot explain a topic to a reader (see {@link #unreadable}). */
    static boolean unreadable(String[] terms) {
        boolean allQuantities = true;
        for (String t : terms) {
            if (t.contains(TermAnalyzer.NUMBER) || FUNCTION_TERMS.contains(t)) {
                return true;
            }
            allQuantities &= QUANTITY_TERMS.contains(t) || t.chars().noneMatch(Character::isLetter);
        }
        return allQuantities;
    }

    /** The explanation of each topic of {@code topics} (in that order) for the article with vector {@code x}. */
    Map<String, List<Evidence>> explain(Article article, SparseVector x, List<String> topics) {
        if (topics.isEmpty()) {
            return Map.of();
        }
        int[] idx = x.indices();
        int[][] columns = new int[topics.size()][];
        double[][] weights = new double[topics.size()][];
        LinkedHashSet<String> needed = new LinkedHashSet<>();
        for (int t = 0; t < topics.size(); t++) {
            double[] c = sparse.contributions(x, labels.indexOf(topics.get(t)));
            int[] chosen = strongest(c, idx);
            columns[t] = new int[chosen.length];
            weights[t] = new double[chosen.length];
            for (int e = 0; e < chosen.length; e++) {
                int column = idx[chosen[e]];
                columns[t][e] = column;
                weights[t][e] = c[chosen[e]];
                java.util.Collections.addAll(needed, parts[column]);
            }
        }
        Map<String, String> surface = surfaces(article, needed);
        Map<String, List<Evidence>> out = new LinkedHashMap<>();
        for (int t = 0; t < topics.size(); t++) {
            List<Evidence> evidence = new ArrayList<>(columns[t].length);
            for (int e = 0; e < columns[t].length; e++) {
                StringBuilder phrase = new StringBuilder();
                for (String term : parts[columns[t][e]]) {
                    if (!phrase.isEmpty()) {
                        phrase.append(' ');
                    }
                    phrase.append(surface.get(term));
                }
                evidence.add(new Evidence(phrase.toString(), Math.round(weights[t][e] / temperature * 1e4) / 1e4));
            }
            out.put(topics.get(t), evidence);
        }
        return out;
    }

    /**
     * Positions (into {@code c}) of the explaining features: walking all positions in the order of decreasing
     * contribution (ties: increasing column), stop at the first contribution that is not positive or when
     * {@link TopicClassifier#EXPLANATION_SIZE} are taken, and skip {@link #unreadable} features.
     */
    int[] strongest(double[] c, int[] idx) {
        // The walk takes positive contributions, greatest first; a NaN (never met with finite weights) sorts after
        // everything, so it is only reached when no contribution is "<= 0" to stop the walk before it.
        int[] candidates = new int[c.length];
        int n = 0;
        int stoppers = 0;
        for (int k = 0; k < c.length; k++) {
            if (c[k] > 0) {
                candidates[n++] = k;
            } else if (c[k] <= 0) {
                stoppers++;
            }
        }
        if (stoppers == 0) {
            for (int k = 0; k < c.length; k++) {
                if (Double.isNaN(c[k])) {
                    candidates[n++] = k;
                }
            }
        }
        int[] chosen = new int[Math.min(TopicClassifier.EXPLANATION_SIZE, n)];
        int taken = 0;
        while (taken < chosen.length && n > 0) {
            int best = 0;
            for (int j = 1; j < n; j++) {
                int a = candidates[j];
                int b = candidates[best];
                int cmp = Double.compare(-c[a], -c[b]);
                if (cmp < 0 || (cmp == 0 && idx[a] < idx[b])) {
                    best = j;
                }
            }
            int k = candidates[best];
            candidates[best] = candidates[--n];
            if (!unreadable[idx[k]]) {
                chosen[taken++] = k;
            }
        }
        return taken == chosen.length ? chosen : java.util.Arrays.copyOf(chosen, taken);
    }

    /** The surface form of each term. */
    Map<String, String> surfaces(Article article, LinkedHashSet<String> terms) {
        Map<String, String> out = new HashMap<>(terms.size() * 2);
        if (!analysisSettings.stem() && analysisSettings.lowercase()) {
            for (String term : terms) {
                out.put(term, term);
            }
            return out;
        }
        LinkedHashSet<String> prefixes = new LinkedHashSet<>();
        for (String term : terms) {
            prefixes.add(prefix(term));
        }
        List<String> words = SurfaceWords.distinctStartingWith(new ArrayList<>(prefixes), article.title(),
                article.text());
        for (String term : terms) {
            out.put(term, surfaceOf(term, words));
        }
        return out;
    }

    private static String prefix(String term) {
        return term.substring(0, Math.min(3, term.length()));
    }

    /**
     * A Porter stem is usually a prefix of its words: try those first (shortest first), then any word sharing the
     * first three letters ("compani" <- "company").
     */
    private String surfaceOf(String term, List<String> words) {
        String best = null;
        for (String w : words) {
            if (w.startsWith(term) && (best == null || w.length() < best.length()) && analyzesTo(w, term)) {
                best = w;
                if (w.length() == term.length()) {
                    break;
                }
            }
        }
        if (best != null) {
            return best;
        }
        String prefix = prefix(term);
        for (String w : words) {
            if (w.startsWith(prefix) && !w.startsWith(term) && analyzesTo(w, term)) {
                return w;
            }
        }
        return term;
    }

    private boolean analyzesTo(String word, String term) {
        String single = termOfWord.get(word);
        if (single == null) {
            List<String> t = analyzer.terms(word);
            single = t.size() == 1 ? t.get(0) : "";
            if (termOfWord.size() >= TERM_CACHE_SIZE) {
                termOfWord.clear(); // a crude bound: news vocabularies repeat, so the cache refills with what is used
            }
            termOfWord.put(word, single);
        }
        return single.equals(term);
    }
}
