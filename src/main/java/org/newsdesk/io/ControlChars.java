package org.newsdesk.io;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;

/**
 * The one rule for control characters in input, the same for every format (CSV, JSON Lines with raw bytes or
 * {@code \u0000} escapes, {@code .txt} files, standard input): C0 control characters other than tab, line feed and
 * carriage return (U+0000 to U+001F), DEL (U+007F) and the C1 controls (U+0080 to U+009F) are removed from an
 * article's id, title, text, labels and reference summary, and the article carries the note {@value #NOTE}. They are
 * removed from the id, source and message of an error too, so that none reaches {@code results.csv} or
 * {@code results.json}.
 *
 * <p>Whether a whole file is binary rather than text with a few stray control bytes is decided separately, by their
 * share (see {@link Encodings#binaryReason(byte[], int)}).
 */
final class ControlChars {

    /** The note on an article from which control characters were removed. */
    static final String NOTE = "control characters removed";

    private ControlChars() {
    }

    /** Whether {@code c} is removed by this rule. */
    static boolean removed(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    /** {@code s} without the removed control characters; {@code s} itself when it has none. Null stays null. */
    static String strip(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !removed(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!removed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The article with control characters removed and the note added; the article itself when it has none.
     *
     * @throws IllegalArgumentException if nothing is left of the id, or of both the title and the text
     */
    static Article clean(Article a) {
        String id = strip(a.id());
        String title = strip(a.title());
        String text = strip(a.text());
        String summary = strip(a.referenceSummary());
        List<String> labels = new ArrayList<>(a.labels().size());
        boolean labelChanged = false;
        for (String label : a.labels()) {
            String l = strip(label);
            labelChanged |= l != label;
            if (!l.isBlank()) {
                labels.add(l.strip());
            }
        }
        java.util.Map<String, String> extra = a.extra();
        boolean extraChanged = false;
        for (String value : a.extra().values()) {
            if (strip(value) != value) {
                extraChanged = true;
                break;
            }
        }
        if (extraChanged) {
            extra = new java.util.LinkedHashMap<>();
            for (java.util.Map.Entry<String, String> field : a.extra().entrySet()) {
                extra.put(field.getKey(), strip(field.getValue()));
            }
        }
        if (id == a.id() && title == a.title() && text == a.text() && summary == a.referenceSummary()
                && !labelChanged && !extraChanged) {
            return a;
        }
        id = id.strip();
        title = title.strip();
        text = text.strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("blank id (after removing control characters)");
        }
        if (title.isEmpty() && text.isEmpty()) {
            throw new IllegalArgumentException("blank text and no title (after removing control characters)");
        }
        List<String> notes = new ArrayList<>(a.notes());
        notes.add(NOTE);
        if (text.isEmpty() && !notes.contains(ArticleNotes.HEADLINE_ONLY)) {
            notes.add(ArticleNotes.HEADLINE_ONLY);
        }
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        return new Article(id, title, text, labels, summary, notes, extra);
    }

    /** The error with control characters removed from its id, source and message. */
    static ArticleError clean(ArticleError e) {
        String id = strip(e.id());
        String source = strip(e.source());
        String message = strip(e.message());
        if (id == e.id() && source == e.source() && message == e.message()) {
            return e;
        }
        return new ArticleError(id.isBlank() ? source : id, source, message);
    }
}
