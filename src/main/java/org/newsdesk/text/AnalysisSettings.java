package org.newsdesk.text;

/**
 * How words are turned into terms; saved with a model so that the same terms are built when it is loaded.
 *
 * @param lowercase        lower-case every token
 * @param removeStopwords  drop Lucene's English stop words
 * @param stem             apply the Porter stemmer (Porter 1980)
 * @param numbersAsToken   replace every numeric token by the single term {@code <num>}
 */
public record AnalysisSettings(boolean lowercase, boolean removeStopwords, boolean stem, boolean numbersAsToken) {

    /** The settings Newsdesk's classifier and summarizer use. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(true, true, true, true);
    }
}
