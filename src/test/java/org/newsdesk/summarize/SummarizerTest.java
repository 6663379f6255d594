package org.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.text.SentenceSplitter;

class SummarizerTest {

    /** Centrality alone, so that these tests see what the graph does without the position prior. */
    private final Summarizer summarizer = new Summarizer(new SentenceSplitter(), new UnsupervisedScorer(0));

    private static final String BODY = String.join("\n",
            "The city council approved a new budget for public transport on Monday.",
            "Bus fares will fall next year under the transport budget, the council said.",
            "A spokesman for the council said the budget for buses and trams would rise by 12%.",
            "Separately, a cat was rescued from a tree.",
            "Council members said public transport and bus services were the budget's priority.",
            "[1] https://example.org/council-budget [2] https://example.org/buses");

    @Test
    void returnsSentencesVerbatimInArticleOrder() {
        Summary s = summarizer.summarize(BODY, new SummaryLength.Sentences(3));
        assertEquals(3, s.sentences().size());
        int last = -1;
        for (SummarySentence sentence : s.sentences()) {
            assertTrue(BODY.contains(sentence.text()), sentence.text());
            assertTrue(sentence.index() > last);
            last = sentence.index();
        }
    }

    @Test
    void prefersCentralSentencesAndNeverPicksReferenceLists() {
        Summary s = summarizer.summarize(BODY, new SummaryLength.Sentences(5));
        assertEquals(5, s.sentences().size());
        assertFalse(s.text().contains("https://"));
        Summary two = summarizer.summarize(BODY, new SummaryLength.Sentences(2));
        assertFalse(two.text().contains("cat"), two.text());
    }

    @Test
    void ratioTakesSentencesUntilTheShareOfBodyWordsIsReached() {
        int bodyWords = Summarizer.countWords(BODY);
        Summary s = summarizer.summarize(BODY, new SummaryLength.Ratio(0.4));
        int words = Summarizer.countWords(s.text());
        assertTrue(words >= 0.4 * bodyWords, words + " of " + bodyWords);
        int withoutLast = words - s.sentences().stream()
                .mapToInt(x -> Summarizer.countWords(x.text())).min().orElse(0);
        assertTrue(withoutLast < 0.4 * bodyWords || s.sentences().size() == 1);
    }

    @Test
    void wordTargetStopsOnceReached() {
        Summary s = summarizer.summarize(BODY, new SummaryLength.Words(20));
        assertTrue(Summarizer.countWords(s.text()) >= 20);
        assertTrue(s.sentences().size() <= 2);
    }

    @Test
    void skipsARepeatedParagraph() {
        String body = "Floods hit the northern valley after days of rain.\n"
                + "Floods hit the northern valley after days of rain.\n"
                + "Rescue teams evacuated 300 residents from the valley.\n"
                + "The rain is expected to ease on Friday.";
        Summary s = summarizer.summarize(body, new SummaryLength.Sentences(2));
        assertEquals(2, s.sentences().size());
        assertFalse(s.sentences().get(0).text().equals(s.sentences().get(1).text()));
    }

    @Test
    void bodyWithOnlyBoilerplateGivesAnEmptySummary() {
        assertEquals(List.of(), summarizer.summarize("https://example.org/a https://example.org/b",
                new SummaryLength.Sentences(3)).sentences());
    }

    @Test
    void countsWhitespaceSeparatedWords() {
        assertEquals(4, Summarizer.countWords("  one two\tthree\nfour "));
        assertEquals(0, Summarizer.countWords(""));
    }
}
