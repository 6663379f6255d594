package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        WordTokenizer.tokenize(text, 0, text.length(), (t, s, e) -> out.add(WordTokenizer.lower(t, s, e)));
        return out;
    }

    @Test
    void keepsJoinedPunctuationInsideWordsAndLowerCases() {
        assertEquals(List.of("timewarner", "made", "10.9bn", "o'sullivan", "said", "6,000", "e-mails"),
                tokens("TimeWarner made $10.9bn, O’Sullivan said: 6,000 e-mails."));
        assertEquals(List.of(), tokens(" -- ... "));
    }

    @Test
    void stopWordsAreFunctionWordsOnly() {
        assertTrue(StopWords.contains("the"));
        assertTrue(StopWords.contains("it's"));
        assertFalse(StopWords.contains("said"));
        assertFalse(StopWords.contains("profit"));
    }
}
