package org.newsdesk.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * How words are turned into terms; saved with a model so that the same terms are built when it is loaded.
 *
 * @param lowercase        lower-case every token
 * @param removeStopwords  drop stop words (which ones: {@code stopwords})
 * @param stem             apply the Porter stemmer (Porter 1980)
 * @param numbersAsToken   replace every numeric token by the single term {@code <num>}
 * @param stopwords        the stop-word list: {@value #LUCENE_STOPWORDS} (Lucene's 33 English stop words; what models
 *                         saved before the list was a setting use) or {@value #NEWSDESK_STOPWORDS}
 *                         ({@link StopWords#classifierSet()}: function words, reporting verbs, modals; the default
 *                         for new models, so that no topic rests on words such as "said", "were" or "most")
 */
public record AnalysisSettings(boolean lowercase, boolean removeStopwords, boolean stem, boolean numbersAsToken,
                               String stopwords) {

    /** Lucene's English stop-word set. */
    public static final String LUCENE_STOPWORDS = "lucene-english";
    /** Newsdesk's wider English list ({@link StopWords#classifierSet()}). */
    public static final String NEWSDESK_STOPWORDS = "newsdesk-english";

    public AnalysisSettings {
        if (stopwords == null) {
            stopwords = LUCENE_STOPWORDS; // a manifest written before the list was a setting
        }
        if (!stopwords.equals(LUCENE_STOPWORDS) && !stopwords.equals(NEWSDESK_STOPWORDS)) {
            throw new IllegalArgumentException("unknown stop-word list: " + stopwords + " (known: "
                    + LUCENE_STOPWORDS + ", " + NEWSDESK_STOPWORDS + ")");
        }
    }

    /** Settings with Lucene's stop-word list, as every model saved before the list was a setting. */
    public AnalysisSettings(boolean lowercase, boolean removeStopwords, boolean stem, boolean numbersAsToken) {
        this(lowercase, removeStopwords, stem, numbersAsToken, LUCENE_STOPWORDS);
    }

    /** The settings Newsdesk's classifier uses for new models. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(true, true, true, true, NEWSDESK_STOPWORDS);
    }

    /** The stop-word set these settings name. */
    public CharArraySet stopwordSet() {
        return stopwords.equals(NEWSDESK_STOPWORDS) ? StopWords.classifierSet()
                : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    }
}
