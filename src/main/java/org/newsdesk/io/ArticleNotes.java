package org.newsdesk.io;

import java.util.ArrayList;
import java.util.List;

/** Notes the readers attach to articles that are read but unusual. */
final class ArticleNotes {

    /** The note on an article that has a headline and no body (a wire flash, say). */
    static final String HEADLINE_ONLY = "no body text: topics come from the headline alone and there is no summary";

    private ArticleNotes() {
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
