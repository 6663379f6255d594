package org.newsdesk.io;

import java.util.Objects;

/**
 * How to read article inputs.
 *
 * @param format         format to use for every input, or null to {@linkplain InputFormat#detect(java.nio.file.Path)
 *                       detect} each input's format from its path
 * @param labelsFromDirs for folder inputs: take each article's label from the name of the folder holding its file
 *                       (ignored for CSV and JSON Lines)
 * @param idColumn       CSV column holding the article id (required column)
 * @param titleColumn    CSV column holding the title (optional column)
 * @param textColumn     CSV column holding the body text (required column)
 * @param labelsColumn   CSV column holding the gold labels (optional column)
 * @param summaryColumn  CSV column holding a reference summary (optional column)
 * @param labelSeparator separator between labels in the labels column, matched literally
 * @param extraColumns   which other fields of CSV and JSON Lines records pass through to the results
 */
public record InputOptions(InputFormat format, boolean labelsFromDirs, String idColumn, String titleColumn,
                           String textColumn, String labelsColumn, String summaryColumn, String labelSeparator,
                           ExtraColumns extraColumns) implements java.io.Serializable {

    /** @throws IllegalArgumentException if a column name or the label separator is null or empty */
    public InputOptions {
        requireNonEmpty(idColumn, "idColumn");
        requireNonEmpty(titleColumn, "titleColumn");
        requireNonEmpty(textColumn, "textColumn");
        requireNonEmpty(labelsColumn, "labelsColumn");
        requireNonEmpty(summaryColumn, "summaryColumn");
        requireNonEmpty(labelSeparator, "labelSeparator");
        extraColumns = extraColumns == null ? ExtraColumns.all() : extraColumns;
    }

    /** Options that pass every extra field through. */
    public InputOptions(InputFormat format, boolean labelsFromDirs, String idColumn, String titleColumn,
                        String textColumn, String labelsColumn, String summaryColumn, String labelSeparator) {
        this(format, labelsFromDirs, idColumn, titleColumn, textColumn, labelsColumn, summaryColumn, labelSeparator,
                ExtraColumns.all());
    }

    /** These options with the given extra-field rules. */
    public InputOptions withExtraColumns(ExtraColumns newExtraColumns) {
        return new InputOptions(format, labelsFromDirs, idColumn, titleColumn, textColumn, labelsColumn,
                summaryColumn, labelSeparator, newExtraColumns);
    }

    /**
     * Detected formats, no labels from folders, CSV columns {@code id}, {@code title}, {@code text}, {@code labels},
     * {@code summary}, labels separated by {@code |}.
     */
    public static InputOptions defaults() {
        return new InputOptions(null, false, "id", "title", "text", "labels", "summary", "|");
    }

    /** These options with the given format override (null to detect). */
    public InputOptions withFormat(InputFormat newFormat) {
        return new InputOptions(newFormat, labelsFromDirs, idColumn, titleColumn, textColumn, labelsColumn,
                summaryColumn, labelSeparator, extraColumns);
    }

    /** These options with labels taken from folder names, or not. */
    public InputOptions withLabelsFromDirs(boolean newLabelsFromDirs) {
        return new InputOptions(format, newLabelsFromDirs, idColumn, titleColumn, textColumn, labelsColumn,
                summaryColumn, labelSeparator, extraColumns);
    }

    /** These options with the given CSV column names. */
    public InputOptions withColumns(String newIdColumn, String newTitleColumn, String newTextColumn,
                                    String newLabelsColumn, String newSummaryColumn) {
        return new InputOptions(format, labelsFromDirs, newIdColumn, newTitleColumn, newTextColumn, newLabelsColumn,
                newSummaryColumn, labelSeparator, extraColumns);
    }

    /** These options with the given label separator. */
    public InputOptions withLabelSeparator(String newLabelSeparator) {
        return new InputOptions(format, labelsFromDirs, idColumn, titleColumn, textColumn, labelsColumn,
                summaryColumn, newLabelSeparator, extraColumns);
    }

    private static void requireNonEmpty(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
    }
}
