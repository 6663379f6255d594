package org.newsdesk.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.text.Boilerplate;
import org.newsdesk.text.SentenceSplitter;

/**
 * Writes extractive summaries: sentences cut verbatim from the body, chosen by score, printed in article order.
 *
 * <ul>
 *   <li><b>Candidates</b>: every sentence of the body except boilerplate ({@link Boilerplate.Kind}: the headline
 *       repeated, bylines, stand-alone datelines, photo captions, "Read more" prompts, reference lists, bare URLs).
 *       A wire dateline opening a sentence ({@code LONDON (Reuters) - }) is cut off the sentence.</li>
 *   <li><b>Scores</b> come from a {@link SentenceScorer} over {@link SentenceFeatures}.</li>
 *   <li><b>Selection</b>: sentences in score order; one whose cosine similarity to a sentence already chosen is at
 *       least {@code maxSimilarity} is skipped as a near duplicate; selection stops at the {@link SummaryLength}
 *       (words are whitespace-separated tokens, the ratio is of the body's words). A sentence of hard-wrapped text is
 *       returned with its line breaks as single spaces. An article with fewer candidates
 *       than asked for gets all of them; a body with at least one candidate never gets an empty summary.</li>
 *   <li><b>Key phrases</b>: up to {@value #KEY_PHRASES} ({@link KeyPhrases}).</li>
 * </ul>
 *
 * <p>Thread-safe when its scorer is (both built-in ones are).
 */
public final class Summarizer {

    /** Default near-duplicate threshold on cosine similarity. */
    public static final double DEFAULT_MAX_SIMILARITY = 0.8;
    /** Key phrases per article. */
    public static final int KEY_PHRASES = 5;

    private final SentenceSplitter splitter;
    private final SentenceScorer scorer;
    private final double maxSimilarity;

    /** A summarizer with the default near-duplicate threshold. */
    public Summarizer(SentenceSplitter splitter, SentenceScorer scorer) {
        this(splitter, scorer, DEFAULT_MAX_SIMILARITY);
    }

    /**
     * A summarizer.
     *
     * @param maxSimilarity a sentence at least this similar (cosine of content words, in (0, 1]) to one already chosen
     *                      is skipped; 1 skips only sentences with the same words
     */
    public Summarizer(SentenceSplitter splitter, SentenceScorer scorer, double maxSimilarity) {
        if (!(maxSimilarity > 0 && maxSimilarity <= 1)) {
            throw new IllegalArgumentException("summary max similarity must be in (0, 1]: " + maxSimilarity);
        }
        this.splitter = splitter;
        this.scorer = scorer;
        this.maxSimilarity = maxSimilarity;
    }

    /** The scorer's name. */
    public String method() {
        return scorer.name();
    }

    /** The near-duplicate threshold. */
    public double maxSimilarity() {
        return maxSimilarity;
    }

    /** The candidate sentences of an article and their features. */
    public record Candidates(List<SentenceSpan> spans, SentenceFeatures features) {
    }

    /** Splits {@code body}, sets boilerplate aside, trims datelines and computes the features. */
    public Candidates candidates(String title, String body) {
        return prepare(title, body).candidates();
    }

    /** The candidates and the words they were computed from, which the key phrases reuse. */
    private record Prepared(Candidates candidates, ArticleWords words) {
    }

    private Prepared prepare(String title, String body) {
        List<SentenceSpan> spans = splitter.split(body);
        List<SentenceSpan> kept = new ArrayList<>(spans.size());
        for (SentenceSpan span : spans) {
            String text = span.cut(body);
            if (Boilerplate.kind(text, title) != null) {
                continue;
            }
            int cut = Boilerplate.datelineLength(text);
            kept.add(cut > 0 ? new SentenceSpan(span.index(), span.start() + cut, span.end()) : span);
        }
        ArticleWords words = ArticleWords.of(body, kept, title);
        return new Prepared(new Candidates(kept, SentenceFeatures.of(body, words)), words);
    }

    /** Summarizes a body without a title. */
    public Summary summarize(String body, SummaryLength length) {
        return summarize("", body, length);
    }

    /**
     * Summarizes an article.
     *
     * @param title the headline (may be empty): used as a feature and to drop its repetition from the body
     * @return the summary with key phrases; no sentences only when the body has no candidate sentence
     */
    public Summary summarize(String title, String body, SummaryLength length) {
        Prepared prepared = prepare(title, body);
        Candidates c = prepared.candidates();
        int n = c.spans().size();
        if (n == 0) {
            return new Summary(List.of(), KeyPhrases.extract(body, prepared.words(), KEY_PHRASES));
        }
        double[] scores = scorer.score(c.features());
        return select(c, prepared.words(), body, order(c.features(), scores, scorer.summarySentences()), scores,
                length, true);
    }

    /**
     * The order sentences are taken in: the first {@code head} by score (ties: article order), then the rest by
     * {@link #fillScore} (centrality, questions and exclamations last).
     */
    static List<Integer> order(SentenceFeatures f, double[] scores, int head) {
        int n = scores.length;
        Integer[] byScore = new Integer[n];
        for (int i = 0; i < n; i++) {
            byScore[i] = i;
        }
        Arrays.sort(byScore, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        if (head >= n) {
            return Arrays.asList(byScore);
        }
        List<Integer> out = new ArrayList<>(n);
        boolean[] taken = new boolean[n];
        for (int k = 0; k < head; k++) {
            out.add(byScore[k]);
            taken[byScore[k]] = true;
        }
        double[] fill = fillScore(f);
        Integer[] rest = new Integer[n - head];
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (!taken[i]) {
                rest[r++] = i;
            }
        }
        Arrays.sort(rest, Comparator.<Integer>comparingDouble(i -> -fill[i]).thenComparingInt(i -> i));
        out.addAll(Arrays.asList(rest));
        return out;
    }

    private static final int QUESTION = SentenceFeatures.NAMES.indexOf("question");
    private static final int EXCLAMATION = SentenceFeatures.NAMES.indexOf("exclamation");

    /**
     * How a sentence fills a summary longer than the scorer's order is meant for: its centrality relative to the
     * article's most central sentence (LexRank), less 1 for a question or an exclamation.
     */
    static double[] fillScore(SentenceFeatures f) {
        int n = f.size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = f.relativeCentrality(i)
                    - Math.max(f.feature(i, QUESTION), f.feature(i, EXCLAMATION));
        }
        return out;
    }

    /**
     * The lead baseline under the same rules: the first candidate sentences in article order up to the length (no
     * scoring, no near-duplicate check), for comparison in evaluation.
     */
    public Summary lead(String title, String body, SummaryLength length) {
        Candidates c = candidates(title, body);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < c.spans().size(); i++) {
            order.add(i);
        }
        double[] scores = new double[order.size()];
        return select(c, null, body, order, scores, length, false);
    }

    private Summary select(Candidates c, ArticleWords articleWords, String body, List<Integer> order, double[] scores,
                           SummaryLength length, boolean dedupe) {
        // word counts matter only for a length in words or as a ratio of the body's words
        boolean countsWords = !(length instanceof SummaryLength.Sentences);
        int bodyWords = length instanceof SummaryLength.Ratio ? countWords(body) : 0;
        List<SummarySentence> chosen = new ArrayList<>();
        int[] chosenIdx = new int[order.size()];
        int words = 0;
        for (int i : order) {
            if (isDone(length, chosen.size(), words, bodyWords)) {
                break;
            }
            if (dedupe && nearDuplicate(c.features(), i, chosenIdx, chosen.size())) {
                continue;
            }
            SentenceSpan span = c.spans().get(i);
            String text = oneLine(span.cut(body));
            chosenIdx[chosen.size()] = i;
            chosen.add(new SummarySentence(span.index(), text, scores[i]));
            words += countsWords ? countWords(text) : 0;
        }
        List<String> phrases = dedupe ? KeyPhrases.extract(body, articleWords, KEY_PHRASES) : List.of();
        return new Summary(chosen, phrases);
    }

    private boolean nearDuplicate(SentenceFeatures f, int i, int[] chosen, int count) {
        for (int k = 0; k < count; k++) {
            if (f.similarity(i, chosen[k]) >= maxSimilarity) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDone(SummaryLength length, int sentences, int words, int bodyWords) {
        if (length instanceof SummaryLength.Sentences s) {
            return sentences >= s.count();
        } else if (length instanceof SummaryLength.Ratio r) {
            return sentences > 0 && words >= r.ratio() * bodyWords;
        }
        return sentences > 0 && words >= ((SummaryLength.Words) length).words();
    }

    /** A sentence of hard-wrapped text with each line break and the white space around it made one space. */
    static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.setLength(out.length() - 1);
                }
                out.append(' ');
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whitespace-separated tokens in {@code text}. */
    public static int countWords(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ws = c <= ' ' ? Character.isWhitespace(c) : c >= 128 && Character.isWhitespace(c);
            if (!ws && !inWord) {
                n++;
            }
            inWord = !ws;
        }
        return n;
    }
}
