package org.newsdesk.summarize.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
    private static final double EPS = 1e-12;
    private final Rouge rouge = new Rouge();

    @Test
    void identicalTextsScoreOne() {
        String text = "The central bank raised interest rates by half a point on Tuesday.";
        assertEquals(new RougeScore(1.0, 1.0, 1.0), rouge.score(text, text));
    }

    @Test
    void textsWithNoCommonTokenScoreZero() {
        assertEquals(RougeScore.ZERO, rouge.score("apples and pears", "stocks fell sharply"));
    }

    @Test
    void workedExampleMatchesHandCountedOverlaps() {
        // candidate: the cat was found under the bed (7 tokens, 6 bigrams)
        // reference: the cat was under the bed       (6 tokens, 5 bigrams)
        RougeDetail d = rouge.scoreDetail("the cat was found under the bed", "the cat was under the bed");
        // unigrams: the x2, cat, was, under, bed all matched = 6
        assertEquals(6.0 / 7, d.rouge1().precision(), EPS);
        assertEquals(1.0, d.rouge1().recall(), EPS);
        assertEquals(12.0 / 13, d.rouge1().f1(), EPS);
        // bigrams matched: "the cat", "cat was", "under the", "the bed" = 4
        assertEquals(4.0 / 6, d.rouge2().precision(), EPS);
        assertEquals(4.0 / 5, d.rouge2().recall(), EPS);
        assertEquals(8.0 / 11, d.rouge2().f1(), EPS);
        // LCS: the cat was under the bed = 6
        assertEquals(6.0 / 7, d.rougeL().precision(), EPS);
        assertEquals(1.0, d.rougeL().recall(), EPS);
        assertEquals(12.0 / 13, d.rougeL().f1(), EPS);
        assertEquals(new RougeScore(12.0 / 13, 8.0 / 11, 12.0 / 13).rouge1(), d.f1().rouge1(), EPS);
    }

    @Test
    void clipsRepeatedNgramsToReferenceCount() {
        // candidate "the the the the" has 4 "the" but the reference only 2: overlap is 2, not 4.
        RougeDetail d = rouge.scoreDetail("the the the the", "the cat the mat");
        assertEquals(2.0 / 4, d.rouge1().precision(), EPS);
        assertEquals(2.0 / 4, d.rouge1().recall(), EPS);
        // bigram "the the" x3 in the candidate, absent from the reference
        assertEquals(0.0, d.rouge2().f1());
        assertEquals(2, Rouge.lcsLength(List.of("the", "the", "the", "the"), List.of("the", "cat", "the", "mat")));
    }

    @Test
    void rougeLRewardsInOrderMatchesOnly() {
        // same bag of words, reversed order: ROUGE-1 is perfect, LCS is 1
        RougeDetail d = rouge.scoreDetail("alpha beta gamma", "gamma beta alpha");
        assertEquals(1.0, d.rouge1().f1(), EPS);
        assertEquals(0.0, d.rouge2().f1(), EPS);
        assertEquals(1.0 / 3, d.rougeL().f1(), EPS);
    }

    @Test
    void lcsSkipsGapsInBothSequences() {
        assertEquals(4, Rouge.lcsLength(List.of("a", "b", "c", "b", "d", "a", "b"),
                List.of("b", "d", "c", "a", "b", "a")));
        assertEquals(0, Rouge.lcsLength(List.of(), List.of("a")));
    }

    @Test
    void stemsTokensSoInflectedFormsMatch() {
        assertEquals(List.of("run"), rouge.tokenize("running"));
        assertEquals(List.of("run"), rouge.tokenize("runs"));
        assertEquals(new RougeScore(1.0, 1.0, 1.0), rouge.score("Markets were running", "market were runs"));
    }

    @Test
    void stemsOnlyTokensLongerThanThreeCharacters() {
        // Porter would turn "was" into "wa"; rouge-score leaves tokens of 3 characters or fewer alone.
        assertEquals(List.of("was", "thi", "cat", "run"), rouge.tokenize("was this cats running"));
    }

    @Test
    void withoutStemmerTokensAreKeptAsWritten() {
        Rouge plain = new Rouge(false);
        assertFalse(plain.usesStemmer());
        assertTrue(rouge.usesStemmer());
        assertEquals(List.of("running", "cats"), plain.tokenize("Running, cats!"));
        assertEquals(0.0, plain.score("running", "runs").rouge1());
    }

    @Test
    void ignoresCaseAndPunctuation() {
        assertEquals(new RougeScore(1.0, 1.0, 1.0),
                rouge.score("U.S. stocks -- FELL; 3% (again)!", "u s stocks fell 3 again"));
        assertEquals(List.of("u", "s", "stock", "fell", "3", "again"), rouge.tokenize("U.S. stocks -- FELL; 3% (again)!"));
    }

    @Test
    void nonAsciiLettersSeparateTokens() {
        // only [a-z0-9] survive: "café" -> "caf", "naïve" -> "na", "ve"
        assertEquals(List.of("caf", "na", "ve", "2024"), rouge.tokenize("Café naïve 2024"));
    }

    @Test
    void emptyOrPunctuationOnlyCandidateScoresZeroWithoutExceptions() {
        assertEquals(RougeDetail.ZERO, rouge.scoreDetail("", "the cat sat"));
        assertEquals(RougeDetail.ZERO, rouge.scoreDetail("?!...", "the cat sat"));
        assertEquals(RougeDetail.ZERO, rouge.scoreDetail("the cat sat", ""));
        assertEquals(RougeDetail.ZERO, rouge.scoreDetail("", ""));
    }

    @Test
    void singleTokenTextsHaveNoBigramsAndScoreZeroRouge2() {
        RougeDetail d = rouge.scoreDetail("cat", "cat");
        assertEquals(1.0, d.rouge1().f1(), EPS);
        assertEquals(0.0, d.rouge2().f1(), EPS);
        assertEquals(1.0, d.rougeL().f1(), EPS);
    }

    @Test
    void oneInstanceGivesTheSameAnswerOnRepeatedCalls() {
        RougeScore first = rouge.score("the runners were running", "a runner runs");
        RougeScore second = rouge.score("the runners were running", "a runner runs");
        assertEquals(first, second);
    }
}
