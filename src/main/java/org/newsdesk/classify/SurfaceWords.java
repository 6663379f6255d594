package org.newsdesk.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as the pattern {@code [\p{L}\p{N}]+(?:['’][\p{L}]+)?} finds them (a run of letters and digits,
 * then optionally an apostrophe and a run of letters: "company's", "don’t"), scanned by hand: no regex engine, and
 * a word is only copied and lower-cased when its first letters can start one of the wanted prefixes.
 */
final class SurfaceWords {

    /** ASCII letters and digits. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (int c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }

    private SurfaceWords() {
    }

    /**
     * The distinct lower-cased ({@link Locale#ROOT}) words of the texts, in order of first occurrence, keeping only
     * those that start with one of {@code prefixes} (each at most three characters; "" keeps every word).
     */
    static List<String> distinctStartingWith(List<String> prefixes, String... texts) {
        for (String p : prefixes) {
            if (p.length() > 3) {
                throw new IllegalArgumentException("prefix longer than three characters: " + p);
            }
        }
        // an ASCII word can only start with "" or a prefix that starts with its own lower-cased first letter
        boolean all = prefixes.contains("");
        String[][] byFirst = new String[0x80][];
        for (String p : prefixes) {
            if (!p.isEmpty() && p.charAt(0) < 0x80) {
                String[] b = byFirst[p.charAt(0)];
                b = b == null ? new String[1] : java.util.Arrays.copyOf(b, b.length + 1);
                b[b.length - 1] = p;
                byFirst[p.charAt(0)] = b;
            }
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char ch = text.charAt(i);
                if (ch < 0x80) {
                    if (!ASCII_WORD[ch]) {
                        i++;
                        continue;
                    }
                } else {
                    int cp = text.codePointAt(i);
                    if (!letterOrDigit(cp)) {
                        i += Character.charCount(cp);
                        continue;
                    }
                }
                int start = i;
                i = skip(text, i, true);
                if (i < n) {
                    char apostrophe = text.charAt(i);
                    if ((apostrophe == '\'' || apostrophe == '’') && i + 1 < n && letter(text.codePointAt(i + 1))) {
                        i = skip(text, i + 1, false);
                    }
                }
                String lower = wanted(text, start, i, prefixes, all, byFirst);
                if (lower != null) {
                    out.add(lower);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The end of the run of letters (and digits, if {@code digits}) that starts at {@code i}. */
    private static int skip(String text, int i, boolean digits) {
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                if (!(digits ? ASCII_WORD[ch] : (ASCII_WORD[ch] && ch > '9'))) {
                    break;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (!(digits ? letterOrDigit(cp) : letter(cp))) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The lower-cased word {@code text[start, end)} if it starts with one of the prefixes, else null. */
    private static String wanted(String text, int start, int end, List<String> prefixes, boolean all,
                                 String[][] byFirst) {
        int head = Math.min(3, end - start);
        boolean ascii = true;
        for (int k = 0; k < head; k++) {
            if (text.charAt(start + k) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            // ASCII letters lower-case one to one, whatever follows them: compare the head without copying
            if (all) {
                return text.substring(start, end).toLowerCase(Locale.ROOT);
            }
            char first = text.charAt(start);
            String[] candidates = byFirst[first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first];
            if (candidates != null) {
                for (String p : candidates) {
                    if (p.length() <= head && asciiHeadStartsWith(text, start, p)) {
                        return text.substring(start, end).toLowerCase(Locale.ROOT);
                    }
                }
            }
            return null;
        }
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (String p : prefixes) {
            if (lower.startsWith(p)) {
                return lower;
            }
        }
        return null;
    }

    private static boolean asciiHeadStartsWith(String text, int start, String prefix) {
        for (int k = 0; k < prefix.length(); k++) {
            char c = text.charAt(start + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \p{L}}. */
    static boolean letter(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isLetter(cp);
    }

    /** {@code [\p{L}\p{N}]}. */
    static boolean letterOrDigit(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
