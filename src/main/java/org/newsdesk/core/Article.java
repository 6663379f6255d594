package org.newsdesk.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param extra            the input's other fields (url, date, section, ...), by name in input order, passed through
 *                         to the results untouched; empty for folder inputs and when extra columns are dropped
 */
public record Article(String id, String title, String text, List<String> labels, String referenceSummary,
                      List<String> notes, Map<String, String> extra) {

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
        extra = immutableOrdered(extra);
    }

    /** An article without extra fields. */
    public Article(String id, String title, String text, List<String> labels, String referenceSummary,
                   List<String> notes) {
        this(id, title, text, labels, referenceSummary, notes, Map.of());
    }

    /**
     * An unmodifiable copy that keeps the given order; null becomes empty.
     *
     * @throws NullPointerException if a name or value is null
     */
    public static Map<String, String> immutableOrdered(Map<String, String> fields) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        fields.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "extra field name"),
                Objects.requireNonNull(value, () -> "extra field " + name)));
        return Collections.unmodifiableMap(copy);
    }

    /** An article with a title and body only. */
    public static Article of(String id, String title, String text) {
        return new Article(id, title, text, List.of(), null, List.of());
    }

    /** This article with the given labels. */
    public Article withLabels(List<String> newLabels) {
        return new Article(id, title, text, newLabels, referenceSummary, notes, extra);
    }

    /** This article with the given reference summary. */
    public Article withReferenceSummary(String summary) {
        return new Article(id, title, text, labels, summary, notes, extra);
    }
}
