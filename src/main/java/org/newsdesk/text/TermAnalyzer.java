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
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns text into normalised terms with one Lucene analyzer chain: {@link StandardTokenizer} (Unicode word breaks,
 * UAX #29), English possessive removal, lower-casing, English stop words, the Porter stemmer, and numbers folded into
 * one term, each step as {@link AnalysisSettings} asks.
 *
 * <p>Every step after the tokenizer works on one token at a time and looks at nothing but its text, so the terms of
 * a text can also be built token by token: {@link #tokens} gives the tokenizer's raw tokens and {@link #filter}
 * runs the remaining steps on one of them. A caller that caches {@code filter} per token text (tokens repeat a
 * lot) gets the terms of {@link #terms} without running the filters again for every occurrence.
 *
 * <p>Thread-safe: Lucene's analyzer keeps one token stream per thread.
 */
public final class TermAnalyzer implements AutoCloseable {

    /** The term every number becomes when {@link AnalysisSettings#numbersAsToken()} is set. */
    public static final String NUMBER = "<num>";

    private final AnalysisSettings settings;
    private final Analyzer analyzer;
    /** The tokenizer of {@link #analyzer} alone. */
    private final Analyzer tokenizer;
    /** The filters of {@link #analyzer} over one whole token (the input is never split). */
    private final Analyzer filters;

    /** Receives the raw tokens of a text, as the tokenizer cuts them and before any filter. */
    @FunctionalInterface
    public interface TokenSink {
        /**
         * One token: {@code length} characters at the start of {@code buffer} (valid only during the call).
         *
         * @param number whether the tokenizer typed it a number (it becomes {@link #NUMBER} under
         *               {@link AnalysisSettings#numbersAsToken()} if the filters keep it)
         */
        void token(char[] buffer, int length, boolean number);
    }

    /** An analyzer with the given settings. */
    public TermAnalyzer(AnalysisSettings settings) {
        this.settings = settings;
        this.analyzer = chain(settings, true);
        this.tokenizer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new StandardTokenizer());
            }
        };
        this.filters = chain(settings, false);
    }

    /** The analyzer chain; with a keyword tokenizer (the whole input is one token) instead of the standard one. */
    private static Analyzer chain(AnalysisSettings settings, boolean standardTokenizer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = standardTokenizer ? new StandardTokenizer() : new KeywordTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                if (settings.lowercase()) {
                    stream = new LowerCaseFilter(stream);
                }
                if (settings.removeStopwords()) {
                    stream = new StopFilter(stream, settings.stopwordSet());
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

    /**
     * Passes the raw tokens of {@code text} to {@code sink}, in order: {@link #terms} is, for each token,
     * {@link #filter} of its text, dropped when that is null, and replaced by {@link #NUMBER} when the token is a
     * number and {@link AnalysisSettings#numbersAsToken()} is set.
     */
    public void tokens(String text, TokenSink sink) {
        try (TokenStream ts = tokenizer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.token(term.buffer(), term.length(), "<NUM>".equals(type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("tokenising text failed", e); // cannot happen on a String reader
        }
    }

    /**
     * The filters (possessive, lower case, stop words, stemming, as the settings ask) applied to one raw token of
     * {@link #tokens}: its term before number folding, or null when a filter drops it.
     */
    public String filter(String token) {
        if (token.isEmpty()) {
            return null; // the tokenizer never gives an empty token
        }
        try (TokenStream ts = filters.tokenStream("token", token)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : null;
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a token failed", e); // cannot happen on a String reader
        }
    }

    @Override
    public void close() {
        analyzer.close();
        tokenizer.close();
        filters.close();
    }
}
