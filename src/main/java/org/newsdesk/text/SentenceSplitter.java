package org.newsdesk.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.core.SentenceSpan;

/**
 * Splits text into sentence spans that point into the original string, so sentences can be cut out verbatim.
 *
 * <p>Every line break ends a sentence (news bodies put paragraphs and subheads on lines of their own), except in
 * hard-wrapped text (most lines end mid-sentence, as in wire copy), where a line break counts only before a blank or
 * indented line or after sentence-final punctuation. Within a line,
 * ICU's Unicode sentence-break rules (UAX #29) with the CLDR abbreviation suppressions ({@code ss=standard}) find the
 * boundaries; these already keep decimals and thousands (3.5, 6,000) and quoted sentences together. Two repairs
 * follow: a boundary after a known abbreviation (Mr., Dr., U.S., e.g.) or a single-letter initial (J. K. Rowling) is
 * removed when the next piece does not clearly start a new sentence, and a boundary before a lower-case word is
 * removed.
 *
 * <p>Instances are immutable but ICU break iterators are not: each call clones its own iterator, so one splitter may be
 * shared between threads.
 */
public final class SentenceSplitter {

    /** Abbreviations after which a full stop rarely ends a sentence (lower-cased, without the final dot). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "gov", "lt", "col", "maj", "capt",
            "cmdr", "sgt", "cpl", "adm", "rep", "sen", "rev", "hon", "pres", "supt", "insp", "det", "messrs",
            "e.g", "i.e", "etc", "vs", "v", "cf", "al", "approx", "no", "nos", "vol", "pp", "fig", "est", "inc", "ltd",
            "co", "corp", "bros", "dept", "univ", "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "ph.d", "d.c", "n.y",
            "l.a", "op", "ave", "blvd", "rd");

    /** Abbreviations that often do end a sentence ("... in the U.S. The next ...") unless followed by a name-like word. */
    private static final Set<String> MAY_END_SENTENCE = Set.of(
            "etc", "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "d.c", "inc", "ltd", "co", "corp", "bros");

    /** The longest entry of {@link #ABBREVIATIONS}: a longer word needs no lookup (lower-casing never shortens). */
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private final BreakIterator prototype;

    /** A splitter for English news text. */
    public SentenceSplitter() {
        this.prototype = BreakIterator.getSentenceInstance(new ULocale("en_US@ss=standard"));
    }

    /**
     * Splits {@code text} into sentences.
     *
     * @return spans in text order, numbered from 0, each trimmed of surrounding white space and never empty
     */
    public List<SentenceSpan> split(String text) {
        List<int[]> pieces = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = nextLineBreak(text, lineStart);
            lines.add(new int[] {lineStart, lineEnd});
            if (lineEnd >= n) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        if (isHardWrapped(text, lines)) {
            lines = unwrap(text, lines);
        }
        BreakIterator it = null;
        for (int[] line : lines) {
            if (line[0] < line[1]) {
                it = it == null ? (BreakIterator) prototype.clone() : it;
                splitLine(it, text, line[0], line[1], pieces);
            }
        }
        List<SentenceSpan> spans = new ArrayList<>(pieces.size());
        for (int[] p : pieces) {
            spans.add(new SentenceSpan(spans.size(), p[0], p[1]));
        }
        return spans;
    }

    /**
     * True for text wrapped at a fixed width (wire copy, e-mail, plain-text archives): at least four lines, and most
     * lines that are followed by another non-blank line end without sentence-final punctuation.
     */
    private static boolean isHardWrapped(String text, List<int[]> lines) {
        int candidates = 0;
        int open = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            int[] line = lines.get(i);
            if (isBlank(text, line) || isBlank(text, lines.get(i + 1))) {
                continue;
            }
            candidates++;
            open += endsSentence(text, line) ? 0 : 1;
        }
        return candidates >= 4 && open * 2 > candidates;
    }

    /**
     * Joins the physical lines of hard-wrapped text into paragraphs: a line break stays a boundary before a blank or
     * indented line and after a line ending a sentence; other line breaks are read as spaces.
     */
    private static List<int[]> unwrap(String text, List<int[]> lines) {
        List<int[]> out = new ArrayList<>();
        int[] current = null;
        for (int[] line : lines) {
            boolean blank = isBlank(text, line);
            boolean indented = line[1] > line[0] && Character.isWhitespace(text.charAt(line[0]));
            if (current != null && !blank && !indented && !endsSentence(text, current)) {
                current[1] = line[1];
                continue;
            }
            if (current != null) {
                out.add(current);
            }
            current = blank ? null : new int[] {line[0], line[1]};
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    private static boolean isBlank(String text, int[] line) {
        for (int i = line[0]; i < line[1]; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String text, int[] line) {
        int i = line[1] - 1;
        while (i >= line[0] && (Character.isWhitespace(text.charAt(i)) || "\"'”’)]".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= line[0] && ".!?:;".indexOf(text.charAt(i)) >= 0;
    }

    private static int nextLineBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    /** Splits the non-empty line {@code text[start, end)} with {@code it} (this call's own iterator; setText resets it). */
    private static void splitLine(BreakIterator it, String text, int start, int end, List<int[]> out) {
        String chunk = text.substring(start, end);
        if (chunk.indexOf('\n') >= 0 || chunk.indexOf('\r') >= 0) {
            chunk = chunk.replace('\n', ' ').replace('\r', ' '); // an unwrapped paragraph: same offsets
        }
        it.setText(chunk);
        List<int[]> line = new ArrayList<>();
        int from = it.first();
        for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
            int[] trimmed = trim(text, start + from, start + to);
            if (trimmed == null) {
                continue;
            }
            if (!line.isEmpty() && shouldJoin(text, line.get(line.size() - 1), trimmed)) {
                line.get(line.size() - 1)[1] = trimmed[1];
            } else {
                line.add(trimmed);
            }
        }
        out.addAll(line);
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new int[] {start, end} : null;
    }

    private static boolean shouldJoin(String text, int[] previous, int[] next) {
        char first = firstLetterOrDigit(text, next[0], next[1]);
        if (Character.isLowerCase(first)) {
            return true;
        }
        int dot = finalDot(text, previous[0], previous[1]);
        int wordStart = dot < 0 ? -1 : lastWordStart(text, previous[0], dot);
        if (wordStart < 0) {
            return false;
        }
        if (dot - wordStart > LONGEST_ABBREVIATION) {
            return false; // neither an initial nor a listed abbreviation
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) {
            return true; // an initial: "J. K. Rowling", "George W. Bush"
        }
        if (!ABBREVIATIONS.contains(word)) {
            return false;
        }
        if (!MAY_END_SENTENCE.contains(word)) {
            return true;
        }
        // "the U.S. Senate" goes on; "in the U.S. The talks" ends: join only when the next word is not a typical
        // sentence opener.
        String nextWord = firstWord(text, next[0], next[1]);
        return !SENTENCE_OPENERS.contains(nextWord.toLowerCase(Locale.ROOT));
    }

    /*
     * The last word of a piece ending in a full stop is found with two scans from the end instead of the regular
     * expression ([\p{L}][\p{L}.]*)\.["'”’)\]]*\s*$ searched with find(); they return the same word (group 1):
     * - "$" matches at the end or before a final line terminator; \u0085, \u2028 and \u2029 are no \s, so after
     *   one of them "$" can only match just before it (\n and \r are \s and are skipped anyway);
     * - the dot is then the one followed by closing quotes/brackets and then \s characters only: since neither
     *   class holds a dot, it is unique;
     * - group 1 ends at that dot and starts at the leftmost position find() tries that matches: the first letter of
     *   the run of letters and dots before the dot (a start before the run fails on the character ending the run).
     * Letters are code points of category L, like \p{L}; \s is [ \t\n\x0B\f\r].
     */

    /**
     * Offset of the full stop that ends {@code text[from, to)} before closing quotes or brackets and white space
     * (as the old pattern's {@code \.["'”’)\]]*\s*$}), or -1.
     */
    static int finalDot(CharSequence text, int from, int to) {
        int i = to;
        if (i > from) {
            char last = text.charAt(i - 1);
            if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
                i--;
            }
        }
        while (i > from && isRegexSpace(text.charAt(i - 1))) {
            i--;
        }
        while (i > from && isCloser(text.charAt(i - 1))) {
            i--;
        }
        return i > from && text.charAt(i - 1) == '.' ? i - 1 : -1;
    }

    /**
     * Start of the word {@code [\p{L}][\p{L}.]*} that ends at {@code dot}, searched leftmost first from {@code from}
     * as {@code find()} does, or -1 when the letters and dots before {@code dot} hold no letter.
     */
    static int lastWordStart(CharSequence text, int from, int dot) {
        int runStart = dot;
        while (runStart > from) {
            int cp = Character.codePointBefore(text, runStart);
            int len = Character.charCount(cp);
            if (runStart - len < from) {
                break; // half of a surrogate pair that starts before the piece: not a letter here
            }
            if (cp != '.' && !Character.isLetter(cp)) {
                break;
            }
            runStart -= len;
        }
        for (int i = runStart; i < dot; ) {
            int cp = Character.codePointAt(text, i);
            if (Character.isLetter(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The characters of {@code \s} in a Java pattern without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "but", "and",
            "in", "on", "at", "for", "after", "before", "while", "when", "however", "his", "her", "their", "its",
            "there", "some", "many", "most", "officials", "meanwhile", "last", "earlier", "later", "if", "as", "so");

    private static char firstLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return ' ';
    }

    private static String firstWord(String text, int start, int end) {
        int i = start;
        while (i < end && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < end && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }
}
