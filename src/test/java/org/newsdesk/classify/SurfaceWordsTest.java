package org.newsdesk.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SurfaceWordsTest {

    /** The pattern the scanner stands for. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private static List<String> byRegex(List<String> prefixes, String... texts) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (prefixes.stream().anyMatch(w::startsWith)) {
                    distinct.add(w);
                }
            }
        }
        return new ArrayList<>(distinct);
    }

    /** Letters, digits, apostrophes, case pairs that change length, surrogate pairs and lone surrogates. */
    private static final String[] PIECES = {"a", "B", "comp", "Compan", "y", "'", "’", "s", "t", " ", ".", "-", "1",
        "٣", "½", "Ⅻ", "é", "É", "İ", "Σ", "ς", "ß", "ﬁ", "東", "\uD835\uDC00", "\uD83D\uDE00", "\uD835", "\uDC00",
        "\u0301", "ʼ", "_", "\n", "co", "CO", "Ab"};

    @Test
    void findsTheRegexWordsOnRandomText() {
        Random r = new Random(3);
        List<List<String>> prefixSets = List.of(List.of(""), List.of("com", "y"), List.of("ab", "s", "i̇"),
                List.of("é", "σ", "ß"), List.of("b", "co", "1", "ⅻ"), List.of());
        for (int i = 0; i < 20_000; i++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(25); k > 0; k--) {
                (r.nextBoolean() ? a : b).append(PIECES[r.nextInt(PIECES.length)]);
            }
            List<String> prefixes = prefixSets.get(i % prefixSets.size());
            assertEquals(byRegex(prefixes, a.toString(), b.toString()),
                    SurfaceWords.distinctStartingWith(prefixes, a.toString(), b.toString()),
                    "'" + a + "' + '" + b + "' for " + prefixes);
        }
    }

    @Test
    void keepsFirstOccurrenceOrderAcrossTexts() {
        assertEquals(List.of("company's", "companies", "don’t", "co"),
                SurfaceWords.distinctStartingWith(List.of("com", "do", "co"),
                        "The Company's results: companies", "don’t stop, COMPANY'S co"));
    }
}
