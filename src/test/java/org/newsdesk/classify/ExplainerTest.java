package org.newsdesk.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdesk.classify.features.Vocabulary;
import org.newsdesk.classify.features.VocabularyBuilder;
import org.newsdesk.classify.features.NgramExtractor;
import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.core.Article;
import org.newsdesk.testing.Fixtures;
import org.newsdesk.text.AnalysisSettings;
import org.newsdesk.text.TermAnalyzer;

/** The explainer against a straightforward version: a full sort and a regex scan for every term. */
class ExplainerTest {

    private static Vocabulary vocabulary(TermAnalyzer analyzer, List<Article> articles) {
        NgramExtractor extractor = new NgramExtractor(analyzer, 2);
        VocabularyBuilder builder = new VocabularyBuilder();
        for (Article a : articles) {
            builder.add(extractor.features(a));
        }
        return builder.build(new FeatureSettings(2, 1, 100_000, true));
    }

    /** Sort every position by decreasing contribution, then column; stop at 5 taken or a non-positive one. */
    private static int[] sorted(double[] c, int[] idx, boolean[] numeric) {
        Integer[] order = new Integer[c.length];
        for (int k = 0; k < c.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> -c[k]).thenComparing(k -> idx[k]));
        List<Integer> out = new ArrayList<>();
        for (int k : order) {
            if (out.size() == TopicClassifier.EXPLANATION_SIZE || c[k] <= 0) {
                break;
            }
            if (!numeric[idx[k]]) {
                out.add(k);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void picksTheSameFeaturesAsAFullSort() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            terms.add(i % 7 == 0 ? "<num> t" + i : "t" + i);
        }
        Vocabulary v = new Vocabulary(terms, new float[terms.size()]);
        Explainer explainer = new Explainer(List.of("x"), null, 1.0, AnalysisSettings.defaults(),
                new TermAnalyzer(AnalysisSettings.defaults()), v);
        boolean[] numeric = new boolean[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            numeric[i] = terms.get(i).contains(TermAnalyzer.NUMBER);
        }
        Random r = new Random(9);
        double[] pool = {0.0, -0.0, 1.0, 2.0, 0.5, -1.0, 1e-9, Double.NaN, Double.POSITIVE_INFINITY, 3.0};
        for (int trial = 0; trial < 20_000; trial++) {
            int n = r.nextInt(25);
            int[] idx = r.ints(0, terms.size()).distinct().limit(n).sorted().toArray();
            double[] c = new double[idx.length];
            for (int k = 0; k < c.length; k++) {
                c[k] = r.nextInt(3) == 0 ? pool[r.nextInt(pool.length)] : r.nextGaussian();
            }
            assertArrayEquals(sorted(c, idx, numeric), explainer.strongest(c, idx), java.util.Arrays.toString(c));
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    /** The straightforward surface form: all the article's words by regex, then the rule. */
    private static String surfaceOf(String term, Article article, TermAnalyzer analyzer) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String text : new String[] {article.title(), article.text()}) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                distinct.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        String best = null;
        for (String w : distinct) {
            if (w.startsWith(term) && (best == null || w.length() < best.length()) && analyzesTo(analyzer, w, term)) {
                best = w;
            }
        }
        if (best != null) {
            return best;
        }
        String prefix = term.substring(0, Math.min(3, term.length()));
        for (String w : distinct) {
            if (w.startsWith(prefix) && !w.startsWith(term) && analyzesTo(analyzer, w, term)) {
                return w;
            }
        }
        return term;
    }

    private static boolean analyzesTo(TermAnalyzer analyzer, String word, String term) {
        List<String> t = analyzer.terms(word);
        return t.size() == 1 && t.get(0).equals(term);
    }

    @Test
    void readsEveryTermAsTheSameWordAsARegexScan() {
        for (AnalysisSettings s : List.of(AnalysisSettings.defaults(), new AnalysisSettings(true, true, false, true),
                new AnalysisSettings(false, false, true, false))) {
            TermAnalyzer analyzer = new TermAnalyzer(s);
            List<Article> articles = new ArrayList<>(Fixtures.singleLabel());
            articles.add(Article.of("odd", "Company's COMPANIES", "The companies’ chiefs, İstanbul's Σοφός "
                    + "naïve rock'n'roll 6,000 co-operation co-operated cooperating goalkeepers' Goalkeeping"));
            Vocabulary v = vocabulary(analyzer, articles);
            Explainer explainer = new Explainer(List.of("x"), null, 1.0, s, analyzer, v);
            LinkedHashSet<String> terms = new LinkedHashSet<>();
            for (String f : v.terms()) {
                java.util.Collections.addAll(terms, f.split(" "));
            }
            for (Article a : articles) {
                Map<String, String> expected = new HashMap<>();
                for (String t : terms) {
                    expected.put(t, s.stem() || !s.lowercase() ? surfaceOf(t, a, analyzer) : t);
                }
                assertEquals(expected, explainer.surfaces(a, terms), a.id() + " " + s);
            }
        }
    }
}
