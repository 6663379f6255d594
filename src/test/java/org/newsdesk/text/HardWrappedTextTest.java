package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wire copy wrapped at a fixed width is split into sentences, not into lines. */
class HardWrappedTextTest {

    private static List<String> sentences(String text) {
        return new SentenceSplitter().split(text).stream().map(s -> s.cut(text)).toList();
    }

    @Test
    void joinsWrappedLinesOfAParagraph() {
        String text = "Computer Terminal Systems Inc said\nit has completed the sale of 200,000 shares of its common\n"
                + "stock to Sedio N.V. of Lugano, Switzerland for 50,000 dlrs.\n"
                + "    The company said the warrants are exercisable for five\nyears at a purchase price of .125 dlrs"
                + " per share.\n    Computer Terminal said Sedio also has the right to buy\nadditional shares.";
        List<String> s = sentences(text);
        assertEquals(3, s.size(), s.toString());
        assertEquals("The company said the warrants are exercisable for five\nyears at a purchase price of .125 dlrs"
                + " per share.", s.get(1));
    }

    @Test
    void unwrappedTextKeepsOneSentencePerLine() {
        String text = "Council cuts bus fares\nBy Jane Smith\nThe council cut fares on Monday.\nRiders welcomed it.";
        assertEquals(4, sentences(text).size());
    }
}
