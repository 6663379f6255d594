package org.newsdesk.io;

import java.util.ArrayList;
import java.util.List;

/** Notes the readers attach to articles that are read but unusual. */
final class ArticleNotes {

    /** The note on an article that has a headline and no body (a wire flash, say). */
    static final String HEADLINE_ONLY = "no body text: topics come from the headline alone and there is no summary";

    /** The note on an article one of whose fields held a lone surrogate (e.g. a JSON {@code \\udc00} escape). */
    static final String LONE_SURROGATE = "lone surrogate replaced with U+FFFD";

    private ArticleNotes() {
    }

    /**
     * {@code s} with every lone surrogate (a high surrogate not followed by a low one, or a low one not preceded by a
     * high one) replaced by U+FFFD; {@code s} itself when it has none. Null stays null.
     */
    static String replaceLoneSurrogates(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                lone = true;
            } else if (Character.isLowSurrogate(c)) {
                lone = true;
            }
            if (lone && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\ufffd' : c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** {@code notes}, plus {@link #LONE_SURROGATE} when {@code replaced} and it is not there yet. */
    static List<String> withLoneSurrogateNote(List<String> notes, boolean replaced) {
        if (!replaced || notes.contains(LONE_SURROGATE)) {
            return notes;
        }
        List<String> out = new ArrayList<>(notes);
        out.add(LONE_SURROGATE);
        return out;
    }

    /** {@code notes}, plus {@link #HEADLINE_ONLY} when {@code text} is empty. */
    static List<String> withHeadlineOnly(List<String> notes, String text) {
        if (!text.isEmpty()) {
            return notes;
        }
        List<String> out = new ArrayList<>(notes);
        out.add(HEADLINE_ONLY);
        return out;
    }
}
