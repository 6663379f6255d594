package org.newsdesk.text;

/**
 * A fast word tokenizer for sentence scoring, cheaper than a Lucene analyzer chain: lower-cased runs of letters and
 * digits, keeping punctuation that joins two such characters inside a word ({@code 10.9bn}, {@code o'sullivan},
 * {@code e-mail}, {@code 6,000}). No stemming. It calls a sink per token with the token's character range, so callers
 * decide what (if anything) to allocate.
 *
 * <p>Stateless and thread-safe.
 */
public final class WordTokenizer {

    /** Receives each token of a text. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param text  the text being tokenized
         * @param start offset of the token's first character
         * @param end   offset after its last character
         */
        void token(CharSequence text, int start, int end);
    }

    private WordTokenizer() {
    }

    /** Calls {@code sink} for each word of {@code text[from, to)}, in order. */
    public static void tokenize(CharSequence text, int from, int to, Sink sink) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i >= to) {
                return;
            }
            int start = i;
            while (i < to) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if (isJoiner(c) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            sink.token(text, start, i);
        }
    }

    /** The lower-cased token {@code text[start, end)}, with typographic apostrophes made plain. */
    public static String lower(CharSequence text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            out[i - start] = c == '\u2019' ? '\'' : Character.toLowerCase(c);
        }
        return new String(out);
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == ',' || c == '\'' || c == '\u2019' || c == '-';
    }
}
