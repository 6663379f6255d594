package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.SentenceSpan;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.cut(text)).toList();
    }

    @Test
    void keepsTitlesAndAbbreviationsInsideSentences() {
        assertEquals(List.of("Mr. Smith met Dr. Jones in Washington.", "They talked for an hour."),
                sentences("Mr. Smith met Dr. Jones in Washington. They talked for an hour."));
    }

    @Test
    void keepsUsInsideSentenceButEndsSentenceAfterItWhenNewSentenceStarts() {
        assertEquals(List.of("The U.S. Senate voted on Monday."), sentences("The U.S. Senate voted on Monday."));
        List<String> s = sentences("Exports to the U.S. rose. The rest fell.");
        assertEquals(List.of("Exports to the U.S. rose.", "The rest fell."), s);
        assertEquals(List.of("It was sold in the U.S.", "The firm said so."),
                sentences("It was sold in the U.S. The firm said so."));
    }

    @Test
    void keepsDecimalsAndThousandsTogether() {
        assertEquals(List.of("Growth was 3.5% as 6,000 workers arrived.", "Prices rose."),
                sentences("Growth was 3.5% as 6,000 workers arrived. Prices rose."));
    }

    @Test
    void keepsInitialsAndExampleAbbreviations() {
        assertEquals(List.of("J. K. Rowling wrote it, e.g. the first book.", "Sales soared."),
                sentences("J. K. Rowling wrote it, e.g. the first book. Sales soared."));
    }

    @Test
    void splitsQuotedSentencesAfterTheClosingQuote() {
        assertEquals(List.of("\"We will win,\" he said.", "\"Nobody doubts it.\"", "She agreed."),
                sentences("\"We will win,\" he said. \"Nobody doubts it.\" She agreed."));
    }

    @Test
    void everyLineBreakEndsASentenceAndSpansPointIntoTheText() {
        String text = "Headline without stop\n\n  First para here. Second one!\nThird?";
        List<SentenceSpan> spans = splitter.split(text);
        assertEquals(List.of("Headline without stop", "First para here.", "Second one!", "Third?"),
                spans.stream().map(s -> s.cut(text)).toList());
        for (int i = 0; i < spans.size(); i++) {
            assertEquals(i, spans.get(i).index());
        }
    }
}
