package org.newsdesk.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.Article;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.InputOptions;
import org.newsdesk.summarize.Summarizer;

/** Checks the starter corpus the default model is trained from (training-data/articles.csv). */
class StarterCorpusTest {

    static final List<String> TAXONOMY = List.of("war-and-conflict", "politics", "general-news",
            "business-and-economy", "science-and-technology", "health", "sport", "entertainment-and-culture",
            "crime-and-justice", "disasters-and-accidents", "environment-and-climate");

    static List<Article> corpus;

    @BeforeAll
    static void read() {
        corpus = new ArrayList<>();
        for (ReadOutcome o : ArticleSource.readAll(Path.of("training-data/articles.csv"), InputOptions.defaults())) {
            if (o instanceof ReadOutcome.Failed f) {
                throw new AssertionError("unreadable corpus record: " + f.error().describe());
            }
            corpus.add(((ReadOutcome.Ok) o).article());
        }
    }

    @Test
    void hasAtLeast2000ArticlesAnd150PerLabel() {
        assertTrue(corpus.size() >= 2000, "articles: " + corpus.size());
        Map<String, Integer> counts = new TreeMap<>();
        corpus.forEach(a -> a.labels().forEach(l -> counts.merge(l, 1, Integer::sum)));
        for (String label : TAXONOMY) {
            assertTrue(counts.getOrDefault(label, 0) >= 150, label + ": " + counts.get(label));
        }
    }

    @Test
    void usesOnlyTaxonomyLabelsOneToThreeEach() {
        for (Article a : corpus) {
            assertTrue(a.labels().size() >= 1 && a.labels().size() <= 3, a.id() + " " + a.labels());
            assertEquals(a.labels().size(), new HashSet<>(a.labels()).size(), a.id() + " repeats a label");
            assertTrue(TAXONOMY.containsAll(a.labels()), a.id() + " " + a.labels());
        }
    }

    @Test
    void mostArticlesCarryOneLabelAsMostNewsDoes() {
        long single = corpus.stream().filter(a -> a.labels().size() == 1).count();
        long three = corpus.stream().filter(a -> a.labels().size() == 3).count();
        assertTrue(single * 100 >= 75L * corpus.size(), single + " of " + corpus.size() + " carry one label");
        assertTrue(three * 100 <= 2L * corpus.size(), three + " carry three labels");
    }

    @Test
    void coversEveryFormFromFlashesToLongFeatures() {
        long flashes = corpus.stream().filter(a -> a.text().isBlank()).count();
        long briefs = corpus.stream().filter(a -> !a.text().isBlank() && Summarizer.countWords(a.text()) <= 60).count();
        long standard = corpus.stream().filter(a -> Summarizer.countWords(a.text()) > 60
                && Summarizer.countWords(a.text()) <= 500).count();
        long long_ = corpus.stream().filter(a -> Summarizer.countWords(a.text()) > 500).count();
        assertTrue(flashes >= 100, flashes + " headline-only flashes");
        assertTrue(briefs >= 300, briefs + " briefs of at most 60 words");
        assertTrue(standard >= 1000, standard + " articles of 61 to 500 words");
        assertTrue(long_ >= 50, long_ + " articles of over 500 words");
        for (Article a : corpus) {
            int words = Summarizer.countWords(a.text());
            assertTrue(words <= 1000, a.id() + " has " + words + " words");
            assertTrue(!a.title().isBlank(), a.id() + " has no title");
        }
    }

    @Test
    void everyArticleWithABodyHasAnEditorsSummaryCutFromIt() {
        for (Article a : corpus) {
            if (a.text().isBlank()) {
                assertTrue(a.referenceSummary() == null || a.referenceSummary().isBlank(), a.id() + ": a flash has no summary");
                continue;
            }
            assertTrue(a.referenceSummary() != null && !a.referenceSummary().isBlank(), a.id() + " has no summary");
            // the reference joins whole sentences of the body: it is covered by a few long pieces of the body
            String text = squeeze(a.text());
            String summary = squeeze(a.referenceSummary());
            int pieces = 0;
            for (int p = 0; p < summary.length(); pieces++) {
                int len = 0;
                while (p + len < summary.length() && text.contains(summary.substring(p, p + len + 1))) {
                    len++;
                }
                assertTrue(len >= Math.min(20, summary.length() - p), a.id() + ": summary not cut from the text at: "
                        + summary.substring(p, Math.min(summary.length(), p + 60)));
                p += len;
            }
            assertTrue(pieces <= 4, a.id() + ": summary in " + pieces + " pieces");
            assertTrue(!a.referenceSummary().contains("? ") && !a.referenceSummary().strip().endsWith("?"),
                    a.id() + ": a question in the summary");
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void noTwoArticlesAreNearCopies() {
        List<Set<String>> shingles = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            Set<String> s = shingles(corpus.get(i).text());
            shingles.add(s);
            for (String sh : s) {
                index.computeIfAbsent(sh, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> docs : index.values()) {
            for (int x = 0; x < docs.size(); x++) {
                for (int y = x + 1; y < docs.size(); y++) {
                    shared.merge((long) docs.get(x) * 100_000 + docs.get(y), 1, Integer::sum);
                }
            }
        }
        List<String> nearCopies = new ArrayList<>();
        for (var e : shared.entrySet()) {
            int i = (int) (e.getKey() / 100_000);
            int j = (int) (e.getKey() % 100_000);
            double jaccard = e.getValue() / (double) (shingles.get(i).size() + shingles.get(j).size() - e.getValue());
            if (jaccard >= 0.2) {
                nearCopies.add(corpus.get(i).id() + " ~ " + corpus.get(j).id() + " " + jaccard);
            }
        }
        assertEquals(List.of(), nearCopies);
        Set<String> titles = new HashSet<>();
        for (Article a : corpus) {
            assertTrue(titles.add(a.title().toLowerCase(Locale.ROOT)), "repeated title: " + a.title());
        }
    }

    /** Five-word shingles of lower-cased alphanumeric words. */
    static Set<String> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+");
        List<String> words = new ArrayList<>();
        for (String x : w) {
            if (!x.isEmpty()) {
                words.add(x);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + 5)));
        }
        return out;
    }
}
