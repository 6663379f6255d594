package org.newsdesk.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsdesk.core.Article;

/**
 * Cheap checks of an article before it is processed: a size limit (an error), and notes for a very short article or
 * one that is probably not English, the language every Newsdesk model is trained on. The language check is
 * deliberately simple: the share of letters in a script other than Latin, else the share of the most frequent
 * function words of English and of six other Latin-script languages among the words (about 40% English ones in English
 * news; a table of figures has few of any language and is not flagged). When two other languages have the same share,
 * the one first in alphabetical order is named.
 */
final class ArticleChecks {

    /** Articles shorter than this many words get a note. */
    static final int SHORT_WORDS = 5;
    /** Another language's function words must make up at least this share of the words to flag an article. */
    static final double MIN_FUNCTION_WORD_SHARE = 0.12;
    /** The language checks need at least this many words. */
    static final int MIN_WORDS_FOR_LANGUAGE = 20;
    /** Characters from the start of an article on which its script and language are judged. */
    static final int LANGUAGE_SAMPLE = 4_000;

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is", "that",
            "for", "it", "was", "on", "with", "as", "by", "at", "he", "his", "be", "from", "are", "have", "has", "had",
            "not", "this", "but", "they", "were", "which", "been", "their", "an", "its", "will", "said", "who",
            "would", "or", "after", "more", "than", "also", "we", "i", "she", "her", "you", "there", "about", "up",
            "one", "can", "new", "into", "over", "our", "when", "what", "all");

    /**
     * The most frequent function words of other languages written in Latin script. An article is "probably X" only
     * when X's words are both frequent and more frequent than English ones, so that English tables of figures (few
     * function words of any language) are not flagged.
     */
    private static final Map<String, Set<String>> OTHER_LANGUAGES = Map.of(
            "French", Set.of("le", "la", "les", "des", "du", "une", "et", "est", "que", "qui", "dans", "pour", "pas",
                    "sur", "au", "aux", "avec", "ce", "il", "elle", "sont", "ont", "de", "un"),
            "Spanish", Set.of("el", "la", "los", "las", "del", "y", "que", "una", "es", "por", "con", "para", "se",
                    "al", "lo", "como", "pero", "sus", "de", "un"),
            "German", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit",
                    "sich", "des", "auf", "f\u00fcr", "im", "dem", "auch", "wird"),
            "Italian", Set.of("il", "di", "del", "della", "che", "e", "una", "per", "con", "non", "sono", "nel",
                    "alla", "gli", "si", "da", "la", "le", "un"),
            "Portuguese", Set.of("o", "os", "as", "do", "da", "dos", "das", "e", "em", "um", "uma", "que", "para",
                    "com", "n\u00e3o", "por", "se", "no", "na", "ao", "de"),
            "Dutch", Set.of("het", "een", "en", "van", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan", "ook",
                    "er", "als", "bij", "de", "wordt"));

    /** Languages in a fixed order (ties between other languages go to the first listed). */
    private static final List<String> LANGUAGES;
    /** Each function word's languages as bits: bit 0 English, bit i the i-th language of {@link #LANGUAGES}. */
    private static final Map<String, Integer> LANGUAGE_BITS;
    /** The longest function word, in chars: longer words are never looked up. */
    private static final int MAX_FUNCTION_WORD;

    static {
        List<String> languages = new ArrayList<>(new TreeSet<>(OTHER_LANGUAGES.keySet()));
        languages.add(0, "English");
        Map<String, Integer> bits = new HashMap<>();
        int longest = 0;
        for (int i = 0; i < languages.size(); i++) {
            Set<String> words = i == 0 ? FUNCTION_WORDS : OTHER_LANGUAGES.get(languages.get(i));
            for (String w : words) {
                bits.merge(w, 1 << i, (a, b) -> a | b);
                longest = Math.max(longest, w.length());
            }
        }
        LANGUAGES = List.copyOf(languages);
        LANGUAGE_BITS = Map.copyOf(bits);
        MAX_FUNCTION_WORD = longest;
    }

    private ArticleChecks() {
    }

    /** Why the article is too long to process, or null when it is not. */
    static String tooLong(Article article, int maxChars) {
        long length = (long) article.title().length() + article.text().length();
        if (length <= maxChars) {
            return null;
        }
        return String.format(Locale.ROOT, "article is %,d characters long; the limit is %,d (--max-article-chars); "
                + "split it or raise the limit", length, maxChars);
    }

    /** The article with notes added for a very short or probably non-English text (unchanged when none apply). */
    static Article annotate(Article article) {
        List<String> added = notes(article.title() + "\n" + article.text());
        if (added.isEmpty()) {
            return article;
        }
        List<String> notes = new ArrayList<>(article.notes());
        notes.addAll(added);
        return new Article(article.id(), article.title(), article.text(), article.labels(), article.referenceSummary(),
                notes);
    }

    /** The notes for a text. */
    static List<String> notes(String text) {
        List<String> notes = new ArrayList<>();
        // The language is judged on the opening LANGUAGE_SAMPLE characters (plenty for function-word shares); the
        // short-article check needs only a word count. One pass; ASCII letters (nearly all of English news) take a
        // fast path that skips the Unicode script lookup.
        int[] scripts = new int[Character.UnicodeScript.values().length];
        int[] languageWords = new int[LANGUAGES.size()];
        int sampledWords = 0;
        int letters = 0;
        int latinLetters = 0;
        int wordCount = 0;
        StringBuilder word = new StringBuilder();
        int sampleEnd = Math.min(text.length(), LANGUAGE_SAMPLE);
        boolean inWord = false;
        int length = text.length();
        for (int i = 0; i <= length; ) {
            char c = i < length ? text.charAt(i) : ' ';
            int cp;
            int width = 1;
            boolean letter;
            if (c < 0x80) {
                cp = c;
                letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            } else {
                cp = text.codePointAt(i);
                width = Character.charCount(cp);
                letter = Character.isLetter(cp);
            }
            if (letter) {
                if (!inWord) {
                    wordCount++;
                    inWord = true;
                }
                if (i < sampleEnd) {
                    letters++;
                    if (cp < 0x80) {
                        latinLetters++;
                        word.append((char) (cp | 0x20));
                    } else {
                        scripts[Character.UnicodeScript.of(cp).ordinal()]++;
                        word.appendCodePoint(Character.toLowerCase(cp));
                    }
                }
            } else if (cp != '\'') {
                inWord = false;
                if (word.length() > 0) {
                    sampledWords++;
                    if (word.length() <= MAX_FUNCTION_WORD) {
                        Integer bits = LANGUAGE_BITS.get(word.toString());
                        for (int b = bits == null ? 0 : bits; b != 0; b &= b - 1) {
                            languageWords[Integer.numberOfTrailingZeros(b)]++;
                        }
                    }
                    word.setLength(0);
                }
            }
            i += width;
        }
        scripts[Character.UnicodeScript.LATIN.ordinal()] += latinLetters;
        if (wordCount < SHORT_WORDS) {
            notes.add("very short article (" + wordCount + (wordCount == 1 ? " word" : " words")
                    + "): its topics and summary may be unreliable");
        }
        int latin = scripts[Character.UnicodeScript.LATIN.ordinal()];
        if (letters >= MIN_WORDS_FOR_LANGUAGE && latin < letters / 2.0) {
            Character.UnicodeScript main = Character.UnicodeScript.UNKNOWN;
            for (Character.UnicodeScript script : Character.UnicodeScript.values()) {
                if (scripts[script.ordinal()] > scripts[main.ordinal()]) {
                    main = script;
                }
            }
            notes.add("written mostly in " + name(main) + " script, not in English, the language the model was "
                    + "trained on: its topics are probably meaningless");
        } else if (sampledWords >= MIN_WORDS_FOR_LANGUAGE) {
            double english = (double) languageWords[0] / sampledWords;
            String best = null;
            double bestShare = 0;
            for (int i = 1; i < LANGUAGES.size(); i++) {
                double share = (double) languageWords[i] / sampledWords;
                if (share > bestShare) {
                    best = LANGUAGES.get(i);
                    bestShare = share;
                }
            }
            if (best != null && bestShare >= MIN_FUNCTION_WORD_SHARE && bestShare > english) {
                notes.add(String.format(Locale.ROOT, "probably %s, not English, the language the model was trained "
                        + "on (%.0f%% common %s words, %.0f%% common English words): its topics are probably "
                        + "meaningless", best, 100 * bestShare, best, 100 * english));
            }
        }
        return notes;
    }

    private static String name(Character.UnicodeScript script) {
        String s = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
