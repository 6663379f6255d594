package org.newsdesk.core;

import java.util.List;
import java.util.Objects;

/**
 * One news article as read from an input.
 *
 * @param id               unique id within its input (for a folder: the relative path without {@code .txt})
 * @param title            headline; may be empty, never null
 * @param text             body text (the title is not part of it); never null
 * @param labels           gold topic labels, empty when the input carries none
 * @param referenceSummary reference summary for evaluation, or null when the input has none
 * @param notes            remarks about how the article was read (e.g. a fallback encoding), shown in its result
 */
public record Article(String id, String title, String text, List<String> labels, String referenceSummary,
                      List<String> notes) {

    /** @throws IllegalArgumentException if the id is blank or a label is blank */
    public Article {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        title = title == null ? "" : title;
        Objects.requireNonNull(text, () -> "text of article " + id);
        labels = List.copyOf(labels == null ? List.of() : labels);
        for (String label : labels) {
            if (label.isBlank()) {
                throw new IllegalArgumentException("article " + id + " has a blank label");
            }
        }
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    /** An article with a title and body only. */
    public static Article of(String id, String title, String text) {
        return new Article(id, title, text, List.of(), null, List.of());
    }

    /** This article with the given labels. */
    public Article withLabels(List<String> newLabels) {
        return new Article(id, title, text, newLabels, referenceSummary, notes);
    }

    /** This article with the given reference summary. */
    public Article withReferenceSummary(String summary) {
        return new Article(id, title, text, labels, summary, notes);
    }
}
