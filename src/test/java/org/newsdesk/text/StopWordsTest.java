package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void characterLookupsAgreeWithStringLookups() {
        List<String> words = new ArrayList<>(StopWords.classifierWords());
        words.addAll(StopWords.quantityWords());
        words.addAll(List.of("market", "storm", "percentage", "millionaire", "", "x", "said", "firsts"));
        for (String w : words) {
            char[] buffer = ("##" + w + "#").toCharArray();
            assertEquals(StopWords.isClassifierStopword(w), StopWords.isClassifierStopword(buffer, 2, w.length()), w);
            assertEquals(StopWords.isQuantity(w),
                    StopWords.isQuantity(buffer, 2, w.length(), WordSet.hash(buffer, 2, w.length())), w);
        }
    }
}
