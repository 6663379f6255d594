package org.newsdesk.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns text into normalised terms with one Lucene analyzer chain: {@link StandardTokenizer} (Unicode word breaks,
 * UAX #29), English possessive removal, lower-casing, English stop words, the Porter stemmer, and numbers folded into
 * one term, each step as {@link AnalysisSettings} asks.
 *
 * <p>Thread-safe: Lucene's analyzer keeps one token stream per thread.
 */
public final class TermAnalyzer implements AutoCloseable {

    /** The term every number becomes when {@link AnalysisSettings#numbersAsToken()} is set. */
    public static final String NUMBER = "<num>";

    private final AnalysisSettings settings;
    private final Analyzer analyzer;

    /** An analyzer with the given settings. */
    public TermAnalyzer(AnalysisSettings settings) {
        this.settings = settings;
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                if (settings.lowercase()) {
                    stream = new LowerCaseFilter(stream);
                }
                if (settings.removeStopwords()) {
                    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                }
                if (settings.stem()) {
                    stream = new PorterStemFilter(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** The settings this analyzer applies. */
    public AnalysisSettings settings() {
        return settings;
    }

    /** The terms of {@code text}, in order. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                boolean number = "<NUM>".equals(type.type());
                terms.add(number && settings.numbersAsToken() ? NUMBER : term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("tokenising text failed", e); // cannot happen on a String reader
        }
        return terms;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
