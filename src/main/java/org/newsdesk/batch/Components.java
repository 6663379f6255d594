package org.newsdesk.batch;

import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.TextRankScorer;
import org.newsdesk.text.AnalysisSettings;
import org.newsdesk.text.SentenceSplitter;
import org.newsdesk.text.TermAnalyzer;

/** Builds the pipeline parts the jobs share. */
final class Components {

    private Components() {
    }

    /** The summarizer every job uses: ICU sentences, Lucene terms, TextRank. */
    static Summarizer summarizer() {
        return new Summarizer(new SentenceSplitter(), new TermAnalyzer(AnalysisSettings.defaults()),
                new TextRankScorer());
    }
}
