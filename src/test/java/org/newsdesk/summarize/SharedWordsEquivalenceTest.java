package org.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.text.SentenceSplitter;

/**
 * Features and PageRank computed from words tokenized once ({@link ArticleWords}) equal, bit for bit, what the former
 * per-token code ({@link LegacySummarizer}) computed; the summary's key phrases are those of {@link KeyPhrases} over
 * the same candidates.
 */
class SharedWordsEquivalenceTest {

    private final Summarizer summarizer = new Summarizer(new SentenceSplitter(), new UnsupervisedScorer());

    private static final String[][] ARTICLES = {
        {"U.S. jobs surge as U.S. firms hire", "WASHINGTON (Reuters) - U.S. employers added 250,000 jobs in March, "
            + "the Labor Department said on Friday. \"It's a strong report,\" said Jane O’Neill, an economist at "
            + "Acme Corp. in New York. Mr. Smith told reporters the U.S. economy was growing. The U.S. Senate will "
            + "vote on the e-mail bill. Jobs, jobs and more jobs: the 3.5% jobless rate is the lowest since 1969.\n\n"
            + "“We expect more hiring,” she added. It is what it is."},
        {"Zebra zebra zebra quagga", "Zoo keepers said the zebra foal was healthy. The zebra herd grew. "
            + "Quagga, an extinct zebra, was discussed. Nothing else."},
        {"", "Just one sentence without a title"},
        {"The the THE and of", "The cat sat. And the dog sat. Of it all, nothing."},
        {"Kelvin \u212Aelvin İstanbul", "The \u212Aelvin scale and the kelvin. İstanbul and istanbul are cities. "
            + "Don’t stop, don't stop. Mr. Brown's son’s book."},
        {"Empty body", ""},
        {"Numbers", "10.9bn 6,000 1,000,000. 2024 2025 2026. Figure 3.5 shows 7."},
    };

    @Test
    void fixtureArticlesGiveTheOldFeatures() {
        for (String[] a : ARTICLES) {
            assertSame(a[0], a[1]);
        }
    }

    @Test
    void randomArticlesGiveTheOldFeatures() {
        String[] vocabulary = {"the", "The", "a", "and", "of", "said", "Said", "told", "Mr.", "Dr.", "U.S.", "u.s.",
            "market", "Market", "MARKET", "shares", "oil", "prices", "rose", "fell", "3.5%", "6,000", "1969", "O’Neill",
            "o'neill", "e-mail", "E-mail", "Smith", "London", "bank", "banks", "rate", "rates", "today", "it's",
            "it’s", "don't", "\u212Aelvin", "kelvin", "İzmir", "izmir", "naïve", "Zürich", "growth", "—", "-", ",",
            ";", ":", "(", ")", "\"", "“", "”", "'", "?", "!", "x", "y", "z", "42", "\u00a0"};
        String[] ends = {".", ".", ".", "?", "!", ".\"", ".”", "\n", "\n\n", ". ", ":"};
        Random random = new Random(2024);
        for (int article = 0; article < 400; article++) {
            StringBuilder body = new StringBuilder();
            int sentences = random.nextInt(25);
            for (int s = 0; s < sentences; s++) {
                int words = 1 + random.nextInt(30);
                for (int w = 0; w < words; w++) {
                    body.append(vocabulary[random.nextInt(vocabulary.length)]);
                    body.append(random.nextInt(10) == 0 ? "" : " ");
                }
                body.append(ends[random.nextInt(ends.length)]).append(' ');
            }
            StringBuilder title = new StringBuilder();
            int titleWords = random.nextInt(8);
            for (int w = 0; w < titleWords; w++) {
                title.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            assertSame(title.toString(), body.toString());
        }
    }

    @Test
    void pageRankIsTheOldOneOnRandomGraphs() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(40);
            double[][] w = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double v = random.nextInt(3) == 0 ? 0 : random.nextDouble();
                    w[i][j] = v;
                    w[j][i] = v;
                }
            }
            if (n > 3) {
                for (int j = 0; j < n; j++) { // an isolated sentence: dangling
                    w[2][j] = 0;
                    w[j][2] = 0;
                }
            }
            assertArrayEquals(LegacySummarizer.pageRank(w), SentenceFeatures.pageRank(w));
        }
    }

    private void assertSame(String title, String body) {
        Summarizer.Candidates c = summarizer.candidates(title, body);
        List<SentenceSpan> spans = c.spans();
        LegacySummarizer.Features old = LegacySummarizer.features(body, spans, title);
        SentenceFeatures now = c.features();
        String where = "title '" + title + "', body '" + body + "'";
        assertEquals(old.rows().length, now.size(), where);
        for (int i = 0; i < now.size(); i++) {
            assertArrayEquals(old.rows()[i], java.util.Arrays.copyOf(now.row(i), LegacySummarizer.LEGACY_FEATURES),
                    where + ", sentence " + i);
            assertEquals(old.centrality()[i], now.centrality(i), where);
            for (int j = 0; j < now.size(); j++) {
                assertEquals(old.similarity()[i][j], now.similarity(i, j), where);
            }
        }
        SentenceFeatures direct = SentenceFeatures.of(body, spans, title);
        for (int i = 0; i < now.size(); i++) {
            assertArrayEquals(now.row(i), direct.row(i), where);
        }
        List<String> many = KeyPhrases.extract(title, body, spans, 1000);
        assertEquals(many.size(), new java.util.HashSet<>(many).size(), where);
        assertEquals(KeyPhrases.extract(title, body, spans, Summarizer.KEY_PHRASES),
                summarizer.summarize(title, body, new SummaryLength.Sentences(2)).keyphrases(), where);
    }
}
