package org.newsdesk.batch;

import java.util.ArrayList;
import java.util.Arrays;
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
    /**
     * Function words packed by {@link #pack}, in an open-addressing table with linear probing ({@link #NONE} marks an
     * empty slot): most words are not function words, and a miss here costs one or two reads.
     */
    private static final long[] TABLE_KEYS = new long[512];
    /** Each slot's languages as bits: bit 0 English, bit i the i-th language of {@link #LANGUAGES}. */
    private static final int[] TABLE_BITS = new int[TABLE_KEYS.length];
    /** Marks a word packed 16 bits per char, so it can never equal a word packed 8 bits per char. */
    private static final long WIDE = 1L << 63;
    /** A word that cannot be packed: not a function word. */
    private static final long NONE = -1L;

    static {
        List<String> languages = new ArrayList<>(new TreeSet<>(OTHER_LANGUAGES.keySet()));
        languages.add(0, "English");
        java.util.TreeMap<Long, Integer> bits = new java.util.TreeMap<>();
        for (int i = 0; i < languages.size(); i++) {
            Set<String> words = i == 0 ? FUNCTION_WORDS : OTHER_LANGUAGES.get(languages.get(i));
            for (String w : words) {
                long key = pack(w);
                if (key == NONE) {
                    throw new IllegalStateException("function word '" + w + "' cannot be packed");
                }
                bits.merge(key, 1 << i, (a, b) -> a | b);
            }
        }
        LANGUAGES = List.copyOf(languages);
        Arrays.fill(TABLE_KEYS, NONE);
        for (Map.Entry<Long, Integer> word : bits.entrySet()) {
            int slot = slot(word.getKey());
            while (TABLE_KEYS[slot] != NONE) {
                slot = (slot + 1) & (TABLE_KEYS.length - 1);
            }
            TABLE_KEYS[slot] = word.getKey();
            TABLE_BITS[slot] = word.getValue();
        }
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 55); // the top 9 bits: 0 to 511
    }

    /** The languages of a packed word as bits (0 when it is no function word). */
    private static int languagesOf(long key) {
        if (key == NONE) {
            return 0;
        }
        for (int slot = slot(key); ; slot = (slot + 1) & (TABLE_KEYS.length - 1)) {
            long k = TABLE_KEYS[slot];
            if (k == key) {
                return TABLE_BITS[slot];
            }
            if (k == NONE) {
                return 0;
            }
        }
    }

    /**
     * A lower-case word packed into a long, the same way the scan in {@link #notes} packs the words it reads: up to 7
     * ASCII chars at 8 bits each, else up to 3 chars of the Basic Multilingual Plane at 16 bits each with the
     * {@link #WIDE} bit; {@link #NONE} for any other word (none of them is a function word).
     */
    static long pack(String word) {
        boolean ascii = true;
        boolean bmp = true;
        long narrow = 0;
        long wide = 0;
        int chars = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            chars++;
            ascii &= c < 0x80;
            bmp &= !Character.isSurrogate(c);
            narrow = chars <= 7 ? narrow << 8 | c : narrow;
            wide = chars <= 3 ? wide << 16 | c : wide;
        }
        return packed(ascii, bmp, chars, narrow, wide);
    }

    private static long packed(boolean ascii, boolean bmp, int chars, long narrow, long wide) {
        if (ascii && chars <= 7) {
            return narrow;
        }
        if (bmp && chars <= 3) {
            return wide | WIDE;
        }
        return NONE;
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
                notes, article.extra());
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
        // The current word (its sampled part), lower-cased and packed as pack() does, without building a String.
        int chars = 0;
        boolean ascii = true;
        boolean bmp = true;
        long narrow = 0;
        long wide = 0;
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
                    int lower;
                    if (cp < 0x80) {
                        latinLetters++;
                        lower = cp | 0x20;
                    } else {
                        scripts[Character.UnicodeScript.of(cp).ordinal()]++;
                        lower = Character.toLowerCase(cp);
                    }
                    if (lower > 0xFFFF) {
                        chars += 2;
                        bmp = false;
                        ascii = false;
                    } else {
                        chars++;
                        ascii &= lower < 0x80;
                        narrow = chars <= 7 ? narrow << 8 | lower : narrow;
                        wide = chars <= 3 ? wide << 16 | lower : wide;
                    }
                }
            } else if (cp != '\'') {
                inWord = false;
                if (chars > 0) {
                    sampledWords++;
                    for (int b = languagesOf(packed(ascii, bmp, chars, narrow, wide)); b != 0; b &= b - 1) {
                        languageWords[Integer.numberOfTrailingZeros(b)]++;
                    }
                    chars = 0;
                    ascii = true;
                    bmp = true;
                    narrow = 0;
                    wide = 0;
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
