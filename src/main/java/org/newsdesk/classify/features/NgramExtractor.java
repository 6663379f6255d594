package org.newsdesk.classify.features;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.core.Article;
import org.newsdesk.text.TermAnalyzer;

/**
 * The n-gram features of an article: its title and body are analysed into terms and every run of 1 to
 * {@code maxNgram} consecutive terms becomes a feature (word pairs joined by a space). The title is counted with
 * the body, as the first line of the text. Thread-safe if the analyzer is.
 */
public final class NgramExtractor {

    private final TermAnalyzer analyzer;
    private final int maxNgram;

    /** An extractor over the given analyzer. */
    public NgramExtractor(TermAnalyzer analyzer, int maxNgram) {
        this.analyzer = analyzer;
        this.maxNgram = maxNgram;
    }

    /** The article's features, with repeats. */
    public List<String> features(Article article) {
        List<String> terms = analyzer.terms(article.title() + "\n" + article.text());
        List<String> out = new ArrayList<>(terms.size() * maxNgram);
        for (int i = 0; i < terms.size(); i++) {
            StringBuilder gram = new StringBuilder(terms.get(i));
            out.add(gram.toString());
            for (int n = 2; n <= maxNgram && i + n <= terms.size(); n++) {
                gram.append(' ').append(terms.get(i + n - 1));
                out.add(gram.toString());
            }
        }
        return out;
    }
}
