package org.newsdesk.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.text.Boilerplate;
import org.newsdesk.text.SentenceSplitter;
import org.newsdesk.text.TermAnalyzer;

/**
 * Writes extractive summaries: sentences cut verbatim from the body, chosen by score, printed in article order.
 *
 * <p>Boilerplate (reference lists, URL lines) is never chosen. A sentence whose terms are nearly all in a sentence
 * already chosen (Jaccard similarity of term sets of 0.8 or more) is skipped, so repeated paragraphs do not fill the
 * summary. Length follows {@link SummaryLength}; words are counted as whitespace-separated tokens of the body.
 *
 * <p>Thread-safe when its scorer is (the default one is).
 */
public final class Summarizer {

    private static final double NEAR_DUPLICATE = 0.8;

    private final SentenceSplitter splitter;
    private final TermAnalyzer analyzer;
    private final SentenceScorer scorer;

    /** A summarizer with the given parts. */
    public Summarizer(SentenceSplitter splitter, TermAnalyzer analyzer, SentenceScorer scorer) {
        this.splitter = splitter;
        this.analyzer = analyzer;
        this.scorer = scorer;
    }

    /** The scorer's name. */
    public String method() {
        return scorer.name();
    }

    /**
     * Summarizes a body text.
     *
     * @return the summary; empty when the body has no sentence that is not boilerplate
     */
    public Summary summarize(String body, SummaryLength length) {
        List<SentenceSpan> spans = splitter.split(body);
        List<SentenceSpan> candidates = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        for (SentenceSpan span : spans) {
            String text = span.cut(body);
            if (!Boilerplate.isBoilerplate(text)) {
                candidates.add(span);
                terms.add(analyzer.terms(text));
            }
        }
        if (candidates.isEmpty()) {
            return new Summary(List.of());
        }
        double[] scores = scorer.score(terms);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));

        int bodyWords = countWords(body);
        List<SummarySentence> chosen = new ArrayList<>();
        List<Set<String>> chosenTerms = new ArrayList<>();
        int words = 0;
        for (int i : order) {
            if (isDone(length, chosen.size(), words, bodyWords)) {
                break;
            }
            Set<String> t = new HashSet<>(terms.get(i));
            if (nearDuplicate(t, chosenTerms)) {
                continue;
            }
            SentenceSpan span = candidates.get(i);
            String text = span.cut(body);
            chosen.add(new SummarySentence(span.index(), text, scores[i]));
            chosenTerms.add(t);
            words += countWords(text);
        }
        return new Summary(chosen);
    }

    private static boolean isDone(SummaryLength length, int sentences, int words, int bodyWords) {
        if (length instanceof SummaryLength.Sentences s) {
            return sentences >= s.count();
        } else if (length instanceof SummaryLength.Ratio r) {
            return sentences > 0 && words >= r.ratio() * bodyWords;
        }
        return sentences > 0 && words >= ((SummaryLength.Words) length).words();
    }

    private static boolean nearDuplicate(Set<String> terms, List<Set<String>> chosen) {
        if (terms.isEmpty()) {
            return false;
        }
        for (Set<String> c : chosen) {
            Set<String> inter = new HashSet<>(terms);
            inter.retainAll(c);
            int union = terms.size() + c.size() - inter.size();
            if (union > 0 && (double) inter.size() / union >= NEAR_DUPLICATE) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace-separated tokens in {@code text}. */
    public static int countWords(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !inWord) {
                n++;
            }
            inWord = !ws;
        }
        return n;
    }
}
