package org.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.text.SentenceSplitter;

/** The selection rules of issue 5: candidates, near duplicates, length, fewer sentences, never empty, key phrases. */
class SummaryRulesTest {

    private final Summarizer summarizer = new Summarizer(new SentenceSplitter(), new UnsupervisedScorer());

    private static final String TITLE = "Council cuts bus fares";
    private static final String BODY = String.join("\n",
            "Council cuts bus fares",
            "By Jane Smith, City Desk",
            "LONDON (Reuters) - The city council cut bus fares by 10% on Monday to win back passengers.",
            "Photo: A bus waits at the central station.",
            "Bus fares will fall again next year under the transport budget, the council said.",
            "Read more: the full council budget",
            "Council leader Anna Berg said bus fares had risen too fast since 2019.",
            "The cut costs the council 4 million pounds a year.",
            "https://example.org/budget",
            "References",
            "[1] https://example.org/council-budget");

    @Test
    void neverChoosesBoilerplateAndCutsTheDateline() {
        Summary s = summarizer.summarize(TITLE, BODY, new SummaryLength.Sentences(10));
        assertEquals(4, s.sentences().size(), s.text());
        for (SummarySentence x : s.sentences()) {
            assertFalse(x.text().startsWith("Council cuts bus fares") && x.text().length() < 30, x.text());
            assertFalse(x.text().contains("Jane Smith") || x.text().contains("Photo:") || x.text().contains("Read more")
                    || x.text().contains("https://") || x.text().contains("References"), x.text());
        }
        assertTrue(s.sentences().get(0).text().startsWith("The city council cut bus fares"), s.text());
    }

    @Test
    void fewerSentencesThanAskedGivesAllOfThemInArticleOrder() {
        String body = "Rain fell all day in the valley. Rivers rose in the evening. Roads closed at night.";
        Summary s = summarizer.summarize("", body, new SummaryLength.Sentences(7));
        assertEquals(3, s.sentences().size());
        assertEquals(body, s.text());
    }

    @Test
    void neverEmptyForABodyWithProse() {
        for (SummaryLength length : List.of(new SummaryLength.Sentences(1), new SummaryLength.Ratio(0.01),
                new SummaryLength.Words(1))) {
            Summary s = summarizer.summarize("A title", "Short.", length);
            assertEquals("Short.", s.text());
        }
        assertEquals(1, summarizer.summarize("", "One sentence without a full stop", new SummaryLength.Words(500))
                .sentences().size());
    }

    @Test
    void exactLengthRules() {
        int bodyWords = Summarizer.countWords(BODY);
        Summary two = summarizer.summarize(TITLE, BODY, new SummaryLength.Sentences(2));
        assertEquals(2, two.sentences().size());
        Summary words = summarizer.summarize(TITLE, BODY, new SummaryLength.Words(20));
        int w = Summarizer.countWords(words.text());
        assertTrue(w >= 20, words.text());
        int smallest = words.sentences().stream().mapToInt(x -> Summarizer.countWords(x.text())).min().orElse(0);
        assertTrue(w - smallest < 20 || words.sentences().size() == 1, words.text());
        Summary ratio = summarizer.summarize(TITLE, BODY, new SummaryLength.Ratio(0.3));
        assertTrue(Summarizer.countWords(ratio.text()) >= 0.3 * bodyWords);
    }

    @Test
    void nearDuplicateThresholdIsSettable() {
        String body = "Floods hit the northern valley after days of heavy rain.\n"
                + "After days of heavy rain, floods hit the northern valley.\n"
                + "Rescue teams evacuated 300 residents from the valley.\n"
                + "The rain is expected to ease on Friday.";
        Summary strict = summarizer.summarize("", body, new SummaryLength.Sentences(2));
        assertFalse(strict.text().contains("Floods hit") && strict.text().contains("floods hit"), strict.text());
        Summary loose = new Summarizer(new SentenceSplitter(), new UnsupervisedScorer(), 1.0)
                .summarize("", body, new SummaryLength.Sentences(4));
        assertEquals(4, loose.sentences().size());
        Summary dedupedAll = summarizer.summarize("", body, new SummaryLength.Sentences(4));
        assertEquals(3, dedupedAll.sentences().size());
        assertThrows(IllegalArgumentException.class,
                () -> new Summarizer(new SentenceSplitter(), new UnsupervisedScorer(), 0));
    }

    @Test
    void keyPhrasesAreAtMostFiveAndComeFromTheText() {
        Summary s = summarizer.summarize(TITLE, BODY, new SummaryLength.Sentences(2));
        assertFalse(s.keyphrases().isEmpty());
        assertTrue(s.keyphrases().size() <= 5);
        for (String p : s.keyphrases()) {
            assertTrue(BODY.contains(p), p);
            assertFalse(p.contains("https") || p.contains("Jane"), p);
        }
        assertTrue(s.keyphrases().stream().anyMatch(p -> p.toLowerCase().contains("bus fares")), s.keyphrases().toString());
    }

    @Test
    void leadTakesTheFirstCandidatesUnderTheSameRule() {
        Summary lead = summarizer.lead(TITLE, BODY, new SummaryLength.Sentences(2));
        assertEquals(2, lead.sentences().size());
        assertTrue(lead.text().startsWith("The city council cut bus fares"), lead.text());
        assertTrue(lead.text().contains("Bus fares will fall again"), lead.text());
    }

    @Test
    void positionPriorFavoursTheLeadSentence() {
        String body = "Ministers agreed a new climate deal on Sunday after two weeks of talks.\n"
                + "The talks ran late into the night.\n"
                + "Delegates said the talks were hard and the talks nearly failed.\n"
                + "The talks will resume next year, delegates said.";
        Summary one = summarizer.summarize("", body, new SummaryLength.Sentences(1));
        assertTrue(one.text().startsWith("Ministers agreed"), one.text());
    }

    @Test
    void sentencesOfHardWrappedTextComeOutOnOneLine() {
        String body = "The company said the warrants are exercisable for five\nyears at a purchase price\n"
                + "of .125 dlrs per share and other terms.\n    A second paragraph starts\nhere and it\nends here.";
        Summary s = summarizer.summarize("", body, new SummaryLength.Sentences(1));
        assertEquals("The company said the warrants are exercisable for five years at a purchase price of .125 dlrs "
                + "per share and other terms.", s.text());
    }

    @Test
    void keyPhrasesKeepTheFinalDotOfAnAbbreviation() {
        String body = "Talks with the U.S. resumed on Monday. The U.S. side said the U.S. wanted a deal soon.";
        Summary s = summarizer.summarize("", body, new SummaryLength.Sentences(1));
        assertTrue(s.keyphrases().contains("U.S."), s.keyphrases().toString());
    }
}
