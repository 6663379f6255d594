package org.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsdesk.text.SentenceSplitter;

/** Issue 16 #9: the centrality graph of a long article is bounded; the sentences past it still get features. */
class SentenceFeaturesBoundTest {

    @Test
    void sortedRankPositionsAreThoseOfTheQuadraticCount() {
        Random random = new Random(4);
        double[] rank = new double[500];
        for (int i = 0; i < rank.length; i++) {
            rank[i] = random.nextInt(60) / 7.0; // many ties
        }
        assertArrayEquals(SentenceFeatures.rankPositions(rank), SentenceFeatures.sortedRankPositions(rank));
    }

    @Test
    void aLongArticleGetsCentralityForEverySentence() {
        String[] words = {"council", "river", "court", "minister", "budget", "trial", "flood", "school"};
        Random random = new Random(2);
        StringBuilder body = new StringBuilder();
        int sentences = SentenceFeatures.MAX_GRAPH_SENTENCES * 3;
        for (int s = 0; s < sentences; s++) {
            body.append("Update ").append(s).append(": ").append(words[random.nextInt(words.length)]).append(' ')
                    .append(words[random.nextInt(words.length)]).append(".\n");
        }
        String text = body.toString();
        SentenceFeatures f = SentenceFeatures.of(text, new SentenceSplitter().split(text), "Live");
        assertEquals(sentences, f.size());
        double sum = 0;
        for (int i = 0; i < f.size(); i++) {
            sum += f.centrality(i);
            assertTrue(f.relativeCentrality(i) >= 0 && f.relativeCentrality(i) <= 1);
            for (int j = 0; j < f.row(i).length; j++) {
                assertTrue(Double.isFinite(f.feature(i, j)), "feature " + j + " of " + i);
            }
        }
        assertEquals(1.0, sum, 1e-9);
        int late = sentences - 1;
        assertEquals(f.similarity(late, 3), f.similarity(3, late));
        assertTrue(f.similarity(late, 0) >= 0 && f.similarity(late, 0) <= 1 + 1e-12);
        assertEquals(0.0, f.similarity(late, late));
    }
}
