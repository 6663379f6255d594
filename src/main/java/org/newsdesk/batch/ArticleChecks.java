package org.newsdesk.batch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsdesk.core.Article;

/**
 * Cheap checks of an article before it is processed: a size limit (an error), and notes for a very short article or
 * one that is probably not English, the language every Newsdesk model is trained on. The language check is
 * deliberately simple: the share of letters in a script other than Latin, else the share of the 60 most frequent
 * English function words among the words (about 40% in English news, a few percent in other Latin-script languages).
 */
final class ArticleChecks {

    /** Articles shorter than this many words get a note. */
    static final int SHORT_WORDS = 5;
    /** Fewer English function words than this share of the words makes an article "probably not English". */
    static final double MIN_FUNCTION_WORD_SHARE = 0.12;
    /** The language checks need at least this many words. */
    static final int MIN_WORDS_FOR_LANGUAGE = 20;

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is", "that",
            "for", "it", "was", "on", "with", "as", "by", "at", "he", "his", "be", "from", "are", "have", "has", "had",
            "not", "this", "but", "they", "were", "which", "been", "their", "an", "its", "will", "said", "who",
            "would", "or", "after", "more", "than", "also", "we", "i", "she", "her", "you", "there", "about", "up",
            "one", "can", "new", "into", "over", "our", "when", "what", "all");

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
        List<String> words = new ArrayList<>();
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (cp != '\'' && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        if (words.size() < SHORT_WORDS) {
            notes.add("very short article (" + words.size() + (words.size() == 1 ? " word" : " words")
                    + "): its topics and summary may be unreliable");
        }
        int latin = scripts.getOrDefault(Character.UnicodeScript.LATIN, 0);
        if (letters >= MIN_WORDS_FOR_LANGUAGE && latin < letters / 2.0) {
            Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(Character.UnicodeScript.UNKNOWN);
            notes.add("written mostly in " + name(main) + " script, not in English, the language the model was "
                    + "trained on: its topics are probably meaningless");
        } else if (words.size() >= MIN_WORDS_FOR_LANGUAGE) {
            long function = words.stream().filter(FUNCTION_WORDS::contains).count();
            double share = (double) function / words.size();
            if (share < MIN_FUNCTION_WORD_SHARE) {
                notes.add(String.format(Locale.ROOT, "probably not English (%.0f%% common English words, English "
                        + "news has about 40%%), the language the model was trained on: its topics are probably "
                        + "meaningless", 100 * share));
            }
        }
        return notes;
    }

    private static String name(Character.UnicodeScript script) {
        String s = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
