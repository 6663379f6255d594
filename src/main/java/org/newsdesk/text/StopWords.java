package org.newsdesk.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * English function words that carry no topic: pronouns, articles, auxiliaries, prepositions, conjunctions and the
 * pieces contractions leave behind ({@code s}, {@code t}, {@code don}). Content words such as "said" are kept, since
 * they help tie news sentences together. Immutable;
 * looked up without allocating ({@link WordSet}).
 */
public final class StopWords {

    private static final List<String> WORD_LIST = List.of(
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
            "we've", "they've", "i'd", "we'd", "they'd", "let's");

    private static final WordSet WORDS = new WordSet(WORD_LIST);

    /**
     * Words that carry no topic beyond {@link #WORDS}: reporting verbs, modal verbs and the adverbs, prepositions and
     * determiners that every news desk uses alike. Left out of the classifier's features under
     * {@link AnalysisSettings#NEWSDESK_STOPWORDS}, so that no topic can rest on them; kept for sentence scoring, where
     * "said" ties sentences together.
     */
    private static final List<String> NEWS_FUNCTION_WORDS = List.of(
            "said", "says", "say", "saying", "told", "also", "would", "could", "may", "might", "must", "shall", "per",
            "via", "upon", "among", "amid", "amongst", "within", "without", "since", "yet", "however", "although",
            "though", "whether", "even", "still", "much", "many", "every", "another", "none", "according", "mr",
            "mrs", "ms", "already", "around", "across", "along", "behind", "beyond", "despite", "toward", "towards",
            "unless", "whose", "whom", "whatever", "whenever", "wherever", "whichever", "whoever", "anyone",
            "anything", "everyone", "everything", "someone", "something", "nothing", "nobody", "somebody",
            "everybody", "instead", "thus", "therefore", "hence", "meanwhile", "otherwise", "rather", "quite",
            "almost", "nearly", "perhaps", "often", "also", "ever", "never", "always", "sometimes", "usually",
            "less", "least", "several", "else", "etc", "ago", "later", "earlier", "soon", "well", "got", "get",
            "gets", "getting", "go", "goes", "going", "went", "gone", "come", "comes", "came", "coming", "make",
            "makes", "made", "making", "take", "takes", "took", "taken", "give", "gives", "gave", "given", "put",
            "puts", "let", "lets", "like", "just", "really");

    /** Words for amounts that say nothing about a topic on their own ("million", "percent"). */
    private static final List<String> QUANTITY_LIST = List.of(
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
            "trillions", "percent", "per", "cent", "pc", "bn", "mn", "m", "k", "pct", "half", "quarter", "third",
            "dozen", "dozens", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundredth", "first", "second", "last", "next",
            "number", "numbers", "times", "lot", "lots", "few", "many", "much", "more", "most", "less", "least");

    private static final WordSet QUANTITIES = new WordSet(QUANTITY_LIST);

    private static final List<String> CLASSIFIER_LIST;
    private static final CharArraySet CLASSIFIER_SET;

    static {
        List<String> all = new ArrayList<>(WORD_LIST);
        all.addAll(NEWS_FUNCTION_WORDS);
        for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            all.add(new String((char[]) w));
        }
        CLASSIFIER_LIST = List.copyOf(all);
        CLASSIFIER_SET = CharArraySet.unmodifiableSet(new CharArraySet(all, false));
    }

    /** The words of {@link #classifierSet()}, as a list. */
    public static List<String> classifierWords() {
        return CLASSIFIER_LIST;
    }

    /** The words {@link #isQuantity} accepts. */
    public static List<String> quantityWords() {
        return QUANTITY_LIST;
    }

    private StopWords() {
    }

    /**
     * The stop words the classifier drops under {@link AnalysisSettings#NEWSDESK_STOPWORDS}: {@link #contains}'s
     * function words, Lucene's English stop words, and reporting verbs, modals and other words every desk uses alike.
     */
    public static CharArraySet classifierSet() {
        return CLASSIFIER_SET;
    }

    /** True when the lower-cased {@code word} is in {@link #classifierSet()}. */
    public static boolean isClassifierStopword(String word) {
        return CLASSIFIER_SET.contains(word);
    }

    /**
     * As {@link #isClassifierStopword(String)}, for the lower-cased word {@code chars[offset, offset + length)},
     * without allocating.
     */
    public static boolean isClassifierStopword(char[] chars, int offset, int length) {
        return CLASSIFIER_SET.contains(chars, offset, length);
    }

    /** True when the lower-cased {@code word} names an amount or an order only ("million", "percent", "three"). */
    public static boolean isQuantity(String word) {
        return QUANTITIES.contains(word);
    }

    /**
     * As {@link #isQuantity(String)}, for the lower-cased word {@code chars[offset, offset + length)}.
     *
     * @param hash {@link WordSet#hash(char[], int, int)} of the word
     */
    public static boolean isQuantity(char[] chars, int offset, int length, int hash) {
        return QUANTITIES.contains(chars, offset, length, hash);
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
