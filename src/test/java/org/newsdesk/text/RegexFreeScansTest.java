package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced regular expressions give what the expressions gave: the last word before a
 * final full stop ({@link SentenceSplitter}) and the wire dateline ({@link Boilerplate#datelineLength}). The old
 * expressions are kept here as the reference; fixtures cover abbreviations, initials, decimals, quotes and datelines,
 * and a seeded random search covers odd mixtures of the characters the expressions care about.
 */
class RegexFreeScansTest {

    /** SentenceSplitter's former pattern for the word before a final full stop. */
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}][\\p{L}.]*)\\.[\"'”’)\\]]*\\s*$");

    private static final Pattern DATELINE = LegacyBoilerplate.DATELINE;
    private static final Pattern AGENCY_DATELINE = LegacyBoilerplate.AGENCY_DATELINE;

    private static int oldDatelineLength(String sentence) {
        return LegacyBoilerplate.datelineLength(sentence);
    }

    /** The old pattern's group 1, or null. */
    private static String oldLastWord(String piece) {
        Matcher m = LAST_WORD.matcher(piece);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The scans' word, or null, on the piece embedded in a longer text as the splitter calls them: after a space and
     * after a high surrogate (which must not pair with a low surrogate opening the piece).
     */
    private static String newLastWord(String piece) {
        String afterSpace = newLastWord("Xx. ", piece);
        assertEquals(afterSpace, newLastWord("Xx\uD835", piece));
        return afterSpace;
    }

    private static String newLastWord(String before, String piece) {
        String text = before + piece + "\uDC00 Yy.";
        int from = before.length();
        int to = from + piece.length();
        int dot = SentenceSplitter.finalDot(text, from, to);
        int start = dot < 0 ? -1 : SentenceSplitter.lastWordStart(text, from, dot);
        return start < 0 ? null : text.substring(start, dot);
    }

    private static final List<String> PIECES = List.of(
            "Mr.", "He met Mr.", "Dr. Jones said so.", "J.", "J. K.", "George W.", "in the U.S.", "in the U.S.A.",
            "e.g.", "i.e.", "etc.", "He said \"no.\"", "He said 'no.'", "It rose 3.5.", "It rose 3.", "Sales of 6,000.",
            "(Reuters.)", "[see Fig.]", "He said “no.”", "Tom’s.", "End.   ", "End.\t", "End.\u0085", "End.\u2028",
            "End.\u2029", "End.\r\n", "End. \u0085", "End.\u00a0", "End.\" \"", ".", "..", "...", "a..", ".a.", "x.y.",
            "U.S..", "St.", "No.", "Ph.D.", "Ave.)", "Ltd.\"", "Inc.'", "Corp.]", "Vol. 3.", "ÉCOLE.", "Éc.",
            "naïve.", "İ.", "straße.", "Ω.", "中文.", "𝐀.", "x𝐀.", "\uDC00a.", "a\uD835.", "1a.", "a1.", "-a.", "a-b.",
            "Smith-Jones.", "D'Arcy.", "O’Neill.", "", " ", "no dot", "ends with dot .", "abc .", "abc. x");

    @Test
    void lastWordScansMatchTheOldPatternOnFixtures() {
        for (String piece : PIECES) {
            assertEquals(oldLastWord(piece), newLastWord(piece), () -> "piece '" + piece + "'");
        }
    }

    @Test
    void lastWordScansMatchTheOldPatternOnRandomPieces() {
        String alphabet = "aZ.. ..\"'”’)]\t\n\r\u000b\f\u0085\u2028\u00a0Éİß1,-(";
        String[] extras = {"𝐀", "\uD835", "\uDC00", "Mr", "U.S", "e.g"};
        Random random = new Random(42);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(8) == 0) {
                    b.append(extras[random.nextInt(extras.length)]);
                } else {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String piece = b.toString();
            assertEquals(oldLastWord(piece), newLastWord(piece), () -> "piece '" + escape(piece) + "'");
        }
    }

    private static final List<String> SENTENCES = List.of(
            "LONDON (Reuters) - Shares rose.", "WASHINGTON, March 3 - The Senate voted.", "WASHINGTON, March 3 -",
            "NEW YORK, March 3 (Reuters) - Oil fell.", "NEW YORK (AP) -- Stocks fell.", "Paris (AFP) - Talks ended.",
            "Paris (AFP): Talks ended.", "São Paulo (Reuters) — Brazil's ...", "SÃO PAULO, Jan. 5 (Reuters) - Brazil",
            "LONDON – Prices rose", "LONDON—Prices rose", "LONDON —— Prices", "The man - who was tired - slept.",
            "A - B", "AB -", "AB -x", "A. B. - C", "US (Reuters) - X", "U.S. (Reuters) - X", "Lagos (BBC) - X",
            "London (Bloomberg)", "London (Bloomberg)x", "London (bloomberg) - X", "London (AP)(AFP) - X",
            "London, (Reuters) - X", "London,   12 (Reuters) - X", "LONDON, " + "x".repeat(40) + " - X",
            "L" + "O".repeat(45) + " - X", "Mr. Smith - the chairman - said.", "BBC (BBC) - x", "İSTANBUL (Reuters) - x",
            "ÉCOLE - x", "É\u0301COLE - x", "𝐀B (Reuters) - x", "AB\u0085 - x", "AB\u2028- x", "AB \u2013x",
            "LONDON, March 3 (Reuters) -\u0085", "a (Reuters) - x", "", "A", "(Reuters) - x", "LONDON, 3.5 - x");

    @Test
    void datelineLengthMatchesTheOldPatternsOnFixtures() {
        for (String s : SENTENCES) {
            assertEquals(oldDatelineLength(s), Boilerplate.datelineLength(s), () -> "sentence '" + s + "'");
        }
        assertEquals(19, Boilerplate.datelineLength("LONDON (Reuters) - Shares rose."));
        assertEquals(22, Boilerplate.datelineLength("WASHINGTON, March 3 - The Senate voted."));
    }

    @Test
    void datelineGatesHoldWheneverTheOldPatternsMatch() {
        Random random = new Random(7);
        String[] parts = {"A", "B", "É", "a", "x", " ", " ", ",", ".", "'", "’", "-", "–", "—", ":", "\t", "\n", "1",
            "(Reuters)", "(AP)", "(AFP)", "(BBC)", "(", ")", "\u0301", "İ", "𝐀", "LONDON", "March 3", "\u0085"};
        for (int round = 0; round < 200_000; round++) {
            StringBuilder b = new StringBuilder();
            b.append(random.nextBoolean() ? "L" : parts[random.nextInt(parts.length)]);
            int length = random.nextInt(10);
            for (int i = 0; i < length; i++) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String s = b.toString();
            if (AGENCY_DATELINE.matcher(s).lookingAt()) {
                assertTrue(Boilerplate.mayOpenWithAgency(s), () -> "agency gate on '" + escape(s) + "'");
            }
            if (s.length() > 0 && DATELINE.matcher(s).lookingAt()) {
                assertTrue(Boilerplate.mayOpenWithDateline(s), () -> "dateline gate on '" + escape(s) + "'");
            }
            assertEquals(oldDatelineLength(s), Boilerplate.datelineLength(s), () -> "sentence '" + escape(s) + "'");
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }
}
