package org.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdesk.text.SentenceSplitter;
import org.newsdesk.text.StopWords;

/**
 * The key phrases of every seed and every starter-corpus article read well: no function word, no phrase of
 * quantities or numbers only, no phrase ending in a function word.
 */
class KeyPhrasesCorpusTest {

    private final Summarizer summarizer = new Summarizer(new SentenceSplitter(), new UnsupervisedScorer());

    @Test
    void noKeyPhraseIsAFunctionWordAQuantityOrEndsInAFunctionWord() {
        List<String> problems = new ArrayList<>();
        int articles = 0;
        int phrases = 0;
        for (String[] a : TestArticles.all()) {
            List<String> keyPhrases = summarizer.summarize(a[1], a[2], new SummaryLength.Sentences(3)).keyphrases();
            articles++;
            String overlap = sharedWord(keyPhrases);
            if (overlap != null) {
                problems.add(a[0] + ": " + keyPhrases + " repeat \"" + overlap + "\"");
            }
            for (String phrase : keyPhrases) {
                phrases++;
                String problem = problem(phrase);
                if (problem != null) {
                    problems.add(a[0] + ": \"" + phrase + "\" " + problem);
                }
                assertTrue(a[2].replaceAll("\\s+", " ").contains(phrase),
                        a[0] + ": \"" + phrase + "\" is not spelled as in the article");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(articles > 600 && phrases > 5 * 600 * 0.9, articles + " articles, " + phrases + " phrases");
    }

    /**
     * A content word that two key phrases of one article share (a phrase and its own head word or part, such as
     * "bank" and "Bank Indonesia"), or null.
     */
    static String sharedWord(List<String> keyPhrases) {
        java.util.Map<String, Integer> owner = new java.util.HashMap<>();
        for (int i = 0; i < keyPhrases.size(); i++) {
            for (String w : keyPhrases.get(i).toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+")) {
                w = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
                if (functionWord(w)) {
                    continue;
                }
                Integer before = owner.putIfAbsent(w, i);
                if (before != null && before != i) {
                    return w;
                }
            }
        }
        return null;
    }

    /** What is wrong with a key phrase, or null. */
    static String problem(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+");
        String last = words[words.length - 1];
        if (words.length == 1 && functionWord(last)) {
            return "is a function word";
        }
        if (functionWord(last)) {
            return "ends in a function word";
        }
        boolean onlyQuantities = true;
        for (String w : words) {
            onlyQuantities &= StopWords.isQuantity(w) || w.chars().noneMatch(Character::isLetter);
        }
        return onlyQuantities ? "is only quantities or numbers" : null;
    }

    private static boolean functionWord(String word) {
        return StopWords.contains(word) || StopWords.isClassifierStopword(word);
    }

    @Test
    void theCheckCatchesWhatTheOldKeyPhrasesHad() {
        for (String bad : List.of("percent", "million", "5,000", "two million", "would", "said", "growth has",
                "storm also", "talks with the")) {
            assertTrue(problem(bad) != null, bad);
        }
        for (String good : List.of("North Korea", "Vale do Sado", "Bank of England", "U.K.", "basis points")) {
            assertEquals(null, problem(good), good);
        }
        assertEquals("bank", sharedWord(List.of("Bank Indonesia", "rupiah", "bank")));
        assertEquals("ferrada", sharedWord(List.of("Camila Ferrada", "Ferrada's film")));
        assertEquals(null, sharedWord(List.of("Bank of England", "Bank of Japan's".substring(5), "rates")));
    }
}
