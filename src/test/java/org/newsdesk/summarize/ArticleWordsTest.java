package org.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.text.StopWords;
import org.newsdesk.text.WordTokenizer;

class ArticleWordsTest {

    private static List<SentenceSpan> whole(String body) {
        return List.of(new SentenceSpan(0, 0, body.length()));
    }

    @Test
    void numbersDistinctLowerCasedWordsInOrderOfFirstOccurrence() {
        String body = "The U.S. market and the u.s. MARKET: O’Neill met o'neill.";
        ArticleWords w = ArticleWords.of(body, List.of(new SentenceSpan(0, 0, 19), new SentenceSpan(1, 20,
                body.length())), "");
        assertEquals(2, w.sentences());
        assertEquals(10, w.tokens());
        assertEquals(6, w.words);
        List<String> words = new ArrayList<>();
        for (int id = 0; id < w.words; id++) {
            words.add(w.word(id));
        }
        assertEquals(List.of("the", "u.s", "market", "and", "o'neill", "met"), words);
        assertEquals(0, w.sentenceStart[0]);
        assertEquals(4, w.sentenceStart[1]);
        assertTrue(w.stop[0]);
        assertTrue(w.stop[3]);
        assertFalse(w.stop[2]);
        assertEquals(w.tokenWord[1], w.tokenWord[5]); // U.S. and u.s.
        assertEquals(w.tokenWord[7], w.tokenWord[9]); // O’Neill and o'neill
        assertEquals("MARKET", body.substring(w.tokenStart[6], w.tokenEnd[6]));
    }

    @Test
    void agreesWithTheTokenizerOnManyDistinctWordsAndOddCharacters() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            body.append("w").append(Integer.toString(i, 36)).append(i % 7 == 0 ? " \u212Aelvin İz ΣΑΣ THE " : " ");
        }
        String text = body.toString();
        ArticleWords w = ArticleWords.of(text, whole(text), "");
        Map<String, Integer> expected = new LinkedHashMap<>();
        List<Integer> tokenIds = new ArrayList<>();
        WordTokenizer.tokenize(text, 0, text.length(), (t, s, e) -> {
            String lower = WordTokenizer.lower(t, s, e);
            tokenIds.add(expected.computeIfAbsent(lower, k -> expected.size()));
        });
        assertEquals(expected.size(), w.words);
        assertEquals(tokenIds.size(), w.tokens());
        int id = 0;
        for (String word : expected.keySet()) {
            assertEquals(word, w.word(id));
            assertEquals(StopWords.contains(word), w.stop[id], word);
            id++;
        }
        for (int t = 0; t < tokenIds.size(); t++) {
            assertEquals(tokenIds.get(t), w.tokenWord[t]);
        }
    }

    @Test
    void marksHeadlineWordsAndCountsHeadlineContentTermsAsTheOldSetDid() {
        String body = "Zebras run fast. The herd of zebras ran.";
        // "zebras" twice (one term), "the" and "of" stop words found in the body, "quagga" unknown twice (two terms:
        // the old set gave each unknown occurrence its own negative id), "yourselves" an unknown stop word (no term)
        ArticleWords w = ArticleWords.of(body, whole(body), "Zebras, the zebras; quagga quagga of yourselves");
        int zebras = 0;
        int the = 3;
        assertEquals("zebras", w.word(zebras));
        assertEquals("the", w.word(the));
        assertTrue(w.inTitle[zebras]);
        assertTrue(w.inTitleContent[zebras]);
        assertTrue(w.inTitle[the]);
        assertFalse(w.inTitleContent[the]);
        assertFalse(w.inTitle[1]);
        assertEquals(3, w.titleContentTerms);
        assertEquals(0, ArticleWords.of(body, whole(body), null).titleContentTerms);
    }

    @Test
    void anArticleWithoutSentencesHasNoWords() {
        ArticleWords w = ArticleWords.of("", List.of(), "Some headline");
        assertEquals(0, w.sentences());
        assertEquals(0, w.tokens());
        assertEquals(0, w.words);
        assertEquals(1, w.titleContentTerms); // "some" is a stop word
    }
}
