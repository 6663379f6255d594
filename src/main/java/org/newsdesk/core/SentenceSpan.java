package org.newsdesk.core;

/**
 * A sentence as a character range of the text it was cut from.
 *
 * @param index position of the sentence among the text's sentences, from 0
 * @param start offset of its first character
 * @param end   offset after its last character
 */
public record SentenceSpan(int index, int start, int end) {
    /** @throws IllegalArgumentException if the index or offsets are negative or the span is inverted */
    public SentenceSpan {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "bad sentence span: index=" + index + " start=" + start + " end=" + end);
        }
    }

    /** The sentence's text, cut verbatim out of {@code text}. */
    public String cut(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Length in characters. */
    public int length() {
        return end - start;
    }
}
