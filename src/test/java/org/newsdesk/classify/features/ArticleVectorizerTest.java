package org.newsdesk.classify.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.Article;
import org.newsdesk.testing.Fixtures;
import org.newsdesk.text.AnalysisSettings;
import org.newsdesk.text.TermAnalyzer;

/** The vectorizer must give exactly the vector of the string path: extractor, then encoder. */
class ArticleVectorizerTest {

    private static final String[] EXTRA = {"Russia's", "workers’", "6,000", "3.5", "1990s", "U.S.", "co-operate",
        "don't", "O'Neil", "naïve", "Straße", "東京", "😀", "İstanbul", "ΣΟΦΟΣ", "e-mail", "it's", "The", "and", "of",
        "2024", "£5m", "C++", "x86", "'quoted'", "rock'n'roll", "AT&T", "#tag", "@user", "ﬁnance"};
    private static final String[] PUNCT = {" ", " ", " ", ", ", ". ", "\n", " - ", "; ", " (", ") ", "’ ", "'"};

    /** Random news-like text: the fixtures' words, possessives, numbers, odd Unicode, punctuation. */
    static String randomText(Random r, List<String> words, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String w = r.nextInt(6) == 0 ? EXTRA[r.nextInt(EXTRA.length)] : words.get(r.nextInt(words.size()));
            if (r.nextInt(8) == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            if (r.nextInt(15) == 0) {
                w = w + (r.nextBoolean() ? "'s" : "’s");
            }
            b.append(w).append(PUNCT[r.nextInt(PUNCT.length)]);
        }
        return b.toString();
    }

    static List<String> fixtureWords() {
        List<String> words = new ArrayList<>();
        for (Article a : Fixtures.singleLabel()) {
            for (String w : (a.title() + " " + a.text()).split("[^\\p{L}]+")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static List<Article> articles(long seed, int count) {
        Random r = new Random(seed);
        List<String> words = fixtureWords();
        List<Article> out = new ArrayList<>(Fixtures.singleLabel());
        for (int i = 0; i < count; i++) {
            out.add(Article.of("r" + i, randomText(r, words, r.nextInt(6)), randomText(r, words, r.nextInt(300))));
        }
        out.add(Article.of("empty", "", ""));
        return out;
    }

    /** A vocabulary built from the articles' features, some words left out while their pairs stay in. */
    private static Vocabulary vocabulary(NgramExtractor extractor, List<Article> articles, int maxNgram) {
        VocabularyBuilder builder = new VocabularyBuilder();
        for (Article a : articles) {
            builder.add(extractor.features(a));
        }
        Vocabulary full = builder.build(new FeatureSettings(maxNgram, 1, 100_000, true));
        List<String> terms = new ArrayList<>();
        List<Float> idf = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            String t = full.terms().get(i);
            // drop every third word: word pairs with a dropped word must still be found
            if (t.contains(" ") || i % 3 != 0) {
                terms.add(t);
                idf.add(full.idf(i));
            }
        }
        // features the string path can never produce: they must not disturb the others
        for (String odd : new String[] {"", " goal", "goal ", "goal  match", "a b c d e f"}) {
            if (!terms.contains(odd)) {
                terms.add(odd);
                idf.add(1.5f);
            }
        }
        float[] values = new float[idf.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = idf.get(i);
        }
        return new Vocabulary(terms, values);
    }

    private static void assertSameVectors(AnalysisSettings settings, int maxNgram, boolean sublinear) {
        List<Article> articles = articles(maxNgram * 31L + (sublinear ? 1 : 0) + settings.hashCode(), 60);
        try (TermAnalyzer analyzer = new TermAnalyzer(settings)) {
            NgramExtractor extractor = new NgramExtractor(analyzer, maxNgram);
            Vocabulary vocabulary = vocabulary(extractor, articles.subList(0, 40), maxNgram);
            assertTrue(vocabulary.terms().stream().anyMatch(t -> t.contains(" ")
                    && vocabulary.indexOf(t.substring(0, t.indexOf(' '))) < 0), "a pair without its word");
            FeatureEncoder encoder = new FeatureEncoder(vocabulary, sublinear);
            ArticleVectorizer vectorizer = new ArticleVectorizer(analyzer, maxNgram, encoder, vocabulary);
            int nonEmpty = 0;
            for (int pass = 0; pass < 2; pass++) { // the second pass runs on the warm token cache
                for (Article a : articles) {
                    SparseVector expected = encoder.encode(extractor.features(a));
                    SparseVector actual = vectorizer.encode(a);
                    assertArrayEquals(expected.indices(), actual.indices(), a.id() + " " + settings);
                    assertArrayEquals(expected.values(), actual.values(), a.id() + " " + settings);
                    nonEmpty += actual.nonZeros() > 0 ? 1 : 0;
                }
            }
            assertTrue(nonEmpty > articles.size(), "most articles have known features");
        }
    }

    @Test
    void sameVectorAsTheStringPathForWordsAndPairs() {
        assertSameVectors(AnalysisSettings.defaults(), 2, true);
    }

    @Test
    void sameVectorForWordsOnlyAndForTriples() {
        assertSameVectors(AnalysisSettings.defaults(), 1, true);
        assertSameVectors(AnalysisSettings.defaults(), 3, false);
    }

    @Test
    void sameVectorUnderEveryAnalysisSetting() {
        for (int bits = 0; bits < 16; bits++) {
            AnalysisSettings s = new AnalysisSettings((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0,
                    (bits & 8) != 0);
            assertSameVectors(s, 2, bits % 2 == 0);
        }
    }

    @Test
    void threadsShareOneVectorizer() throws Exception {
        List<Article> articles = articles(5, 200);
        try (TermAnalyzer analyzer = new TermAnalyzer(AnalysisSettings.defaults())) {
            NgramExtractor extractor = new NgramExtractor(analyzer, 2);
            Vocabulary vocabulary = vocabulary(extractor, articles, 2);
            FeatureEncoder encoder = new FeatureEncoder(vocabulary, true);
            ArticleVectorizer vectorizer = new ArticleVectorizer(analyzer, 2, encoder, vocabulary);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> jobs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    jobs.add(pool.submit(() -> {
                        for (Article a : articles) {
                            SparseVector expected = encoder.encode(extractor.features(a));
                            SparseVector actual = vectorizer.encode(a);
                            assertArrayEquals(expected.indices(), actual.indices(), a.id());
                            assertArrayEquals(expected.values(), actual.values(), a.id());
                        }
                        return null;
                    }));
                }
                for (Future<?> f : jobs) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void weighGivesTheEncodersVector() {
        Vocabulary v = new Vocabulary(List.of("a", "b", "c"), new float[] {1.5f, 2f, 1f});
        FeatureEncoder e = new FeatureEncoder(v, true);
        SparseVector expected = e.encode(List.of("c", "a", "c", "zzz", "c"));
        SparseVector actual = e.weigh(new int[] {0, 2, 99}, new int[] {1, 3, 5}, 2);
        assertArrayEquals(expected.indices(), actual.indices());
        assertArrayEquals(expected.values(), actual.values());
        assertEquals(0, e.weigh(new int[0], new int[0], 0).nonZeros());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> e.weigh(new int[] {2, 1}, new int[] {1, 1}, 2));
    }
}
