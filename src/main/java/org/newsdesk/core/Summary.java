package org.newsdesk.core;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An extractive summary: sentences of the body in article order.
 *
 * @param sentences  the chosen sentences, sorted by their index in the body
 * @param keyphrases the article's key phrases, most important first (may be empty)
 */
public record Summary(List<SummarySentence> sentences, List<String> keyphrases) {
    public Summary {
        sentences = sentences.stream().sorted(Comparator.comparingInt(SummarySentence::index)).toList();
        keyphrases = List.copyOf(keyphrases == null ? List.of() : keyphrases);
    }

    /** A summary without key phrases. */
    public Summary(List<SummarySentence> sentences) {
        this(sentences, List.of());
    }

    /** The summary as one string: its sentences joined by a space. */
    public String text() {
        return sentences.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
    }
}
