package org.newsdesk.summarize.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L between a candidate summary and a reference summary (Lin, "ROUGE: A Package for
 * Automatic Evaluation of Summaries", <i>Text Summarization Branches Out</i>, ACL 2004 workshop, pp. 74&ndash;81),
 * reproducing Google's {@code rouge-score} package ({@code rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"],
 * use_stemmer=True)}):
 *
 * <ol>
 *   <li><b>Tokens</b>: lower-case the text, replace every character outside {@code [a-z0-9]} by a space, split on
 *       whitespace; tokens longer than 3 characters are Porter-stemmed (shorter ones are kept as they are, so
 *       "was" stays "was").</li>
 *   <li><b>ROUGE-N</b> (N = 1, 2): overlap = sum over distinct n-grams of min(count in candidate, count in
 *       reference), i.e. candidate n-grams are clipped to the reference count; P = overlap / candidate n-grams,
 *       R = overlap / reference n-grams.</li>
 *   <li><b>ROUGE-L</b>: LCS = length of the longest common subsequence of the two whole token sequences (not the
 *       summary-level ROUGE-Lsum); P = LCS / candidate tokens, R = LCS / reference tokens.</li>
 *   <li>F1 = 2PR/(P+R), 0 when P+R = 0; any ratio with an empty side is 0, so an empty candidate or reference
 *       scores 0 without error (as in rouge-score, two empty texts also score 0).</li>
 * </ol>
 *
 * <p><b>Stemmer.</b> rouge-score uses NLTK's {@code PorterStemmer} in its default {@code NLTK_EXTENSIONS} mode; this
 * class uses Lucene's Snowball {@code org.tartarus.snowball.ext.PorterStemmer}, which implements Porter's original
 * algorithm (Porter, "An algorithm for suffix stripping", <i>Program</i> 14(3):130&ndash;137, 1980). The two agree
 * on regular English words; NLTK's extensions treat a few words differently (irregular forms such as "dying",
 * "lying", "skies", "news", and some short -ies/-y words), so scores can differ slightly from rouge-score on texts
 * containing them.
 *
 * <p><b>Not thread-safe</b>: each instance owns one stemmer, which keeps per-call state. Use one {@code Rouge} per
 * thread.
 */
public final class Rouge {
    private final PorterStemmer stemmer;

    /** ROUGE with Porter stemming, as rouge-score's {@code use_stemmer=True}. */
    public Rouge() {
        this(true);
    }

    /**
     * ROUGE with or without stemming.
     *
     * @param useStemmer whether to stem tokens longer than 3 characters
     */
    public Rouge(boolean useStemmer) {
        this.stemmer = useStemmer ? new PorterStemmer() : null;
    }

    /** Whether tokens are stemmed. */
    public boolean usesStemmer() {
        return stemmer != null;
    }

    /**
     * The tokens ROUGE compares: lower-cased {@code [a-z0-9]+} runs, those longer than 3 characters stemmed.
     *
     * @param text any text
     * @return the tokens, possibly none
     */
    public List<String> tokenize(String text) {
        Objects.requireNonNull(text, "text");
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && isTokenChar(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(stem(lower.substring(start, i)));
                start = -1;
            }
        }
        return tokens;
    }

    /**
     * ROUGE-1, ROUGE-2 and ROUGE-L F1.
     *
     * @param candidate the summary being evaluated
     * @param reference the reference (gold) summary
     * @return the three F1s in [0, 1]
     */
    public RougeScore score(String candidate, String reference) {
        return scoreDetail(candidate, reference).f1();
    }

    /**
     * ROUGE-1, ROUGE-2 and ROUGE-L precision, recall and F1.
     *
     * @param candidate the summary being evaluated
     * @param reference the reference (gold) summary
     * @return the three measures
     */
    public RougeDetail scoreDetail(String candidate, String reference) {
        List<String> cand = tokenize(Objects.requireNonNull(candidate, "candidate"));
        List<String> ref = tokenize(Objects.requireNonNull(reference, "reference"));
        return new RougeDetail(rougeN(cand, ref, 1), rougeN(cand, ref, 2), rougeL(cand, ref));
    }

    /**
     * ROUGE-N on token lists: clipped n-gram overlap over candidate and reference n-gram counts.
     *
     * @param candidate candidate tokens
     * @param reference reference tokens
     * @param n         n-gram length, at least 1
     * @return the measure
     */
    public static RougeMeasure rougeN(List<String> candidate, List<String> reference, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        Map<List<String>, Integer> cand = ngrams(candidate, n);
        Map<List<String>, Integer> ref = ngrams(reference, n);
        long overlap = 0;
        for (Map.Entry<List<String>, Integer> e : ref.entrySet()) {
            overlap += Math.min(e.getValue(), cand.getOrDefault(e.getKey(), 0));
        }
        long candCount = Math.max(0, candidate.size() - n + 1);
        long refCount = Math.max(0, reference.size() - n + 1);
        return RougeMeasure.of(overlap, candCount, refCount);
    }

    /**
     * ROUGE-L on token lists: longest common subsequence over the candidate and reference lengths.
     *
     * @param candidate candidate tokens
     * @param reference reference tokens
     * @return the measure
     */
    public static RougeMeasure rougeL(List<String> candidate, List<String> reference) {
        if (candidate.isEmpty() || reference.isEmpty()) {
            return RougeMeasure.ZERO;
        }
        return RougeMeasure.of(lcsLength(candidate, reference), candidate.size(), reference.size());
    }

    /**
     * Length of the longest common subsequence of two token lists (dynamic programming, O(|a|&middot;|b|) time,
     * O(|b|) space).
     *
     * @param a one sequence
     * @param b the other
     * @return the LCS length
     */
    public static int lcsLength(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1))
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    private String stem(String token) {
        if (stemmer == null || token.length() <= 3) {
            return token;
        }
        stemmer.setCurrent(token);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
