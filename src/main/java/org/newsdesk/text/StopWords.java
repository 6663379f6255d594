package org.newsdesk.text;

import java.util.List;

/**
 * English function words that carry no topic: pronouns, articles, auxiliaries, prepositions, conjunctions and the
 * pieces contractions leave behind ({@code s}, {@code t}, {@code don}). Content words such as "said" are kept, since
 * they help tie news sentences together. Immutable;
 * looked up without allocating ({@link WordSet}).
 */
public final class StopWords {

    private static final WordSet WORDS = new WordSet(List.of(
            "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
            "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
            "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those",
            "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
            "doing", "a", "an", "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by",
            "for", "with", "about", "against", "between", "into", "through", "during", "before", "after", "above",
            "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then",
            "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most",
            "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very", "s", "t",
            "can", "will", "just", "don", "should", "now", "d", "ll", "m", "o", "re", "ve", "y", "it's", "don't",
            "i'm", "he's", "she's", "that's", "there's", "won't", "can't", "isn't", "aren't", "wasn't", "didn't",
            "doesn't", "haven't", "hasn't", "wouldn't", "couldn't", "shouldn't", "we're", "they're", "you're", "i've",
            "we've", "they've", "i'd", "we'd", "they'd", "let's"));

    private StopWords() {
    }

    /** True when the lower-cased {@code word} is an English function word. */
    public static boolean contains(String word) {
        return WORDS.contains(word);
    }

    /**
     * True when the lower-cased word {@code chars[offset, offset + length)} is an English function word.
     *
     * @param hash {@link WordSet#hash(char[], int, int)} of the word
     */
    public static boolean contains(char[] chars, int offset, int length, int hash) {
        return WORDS.contains(chars, offset, length, hash);
    }
}
