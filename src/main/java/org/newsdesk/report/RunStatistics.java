package org.newsdesk.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.TopicScore;

/**
 * What a run's report shows, accumulated one result at a time in bounded memory: counts per topic, a histogram of
 * each topic's scores, topics per article, summary lengths, errors and notes grouped by reason, and the first
 * {@value #SAMPLE} articles as a sample. Its size depends on the number of labels, never on the number of articles.
 */
public final class RunStatistics {

    /** Articles kept as the report's sample (the first ones of the run). */
    public static final int SAMPLE = 20;
    /** Bins of each topic's score histogram, over [0, 1]. */
    public static final int SCORE_BINS = 10;
    /** Distinct error or note reasons kept; later new ones count under one "other" row. */
    static final int REASONS = 30;
    /** Summary word counts are binned by this many words. */
    static final int WORD_BIN = 10;
    /** Summary word counts at or above this fall in the last bin. */
    static final int MAX_WORDS = 200;
    static final String OTHER = "other reasons";

    /** One sampled article. */
    public record Sample(String id, String title, List<TopicScore> topics, String summary, List<String> keyphrases,
                         String error, List<String> notes) {
    }

    /** A reason with how often it occurred and the first article it occurred for. */
    public record Reason(String reason, long count, String firstId) {
    }

    private final List<String> labels;
    private final Map<String, Integer> labelIndex = new LinkedHashMap<>();
    private long total;
    private long ok;
    private long labelled;
    private long summarized;
    private final long[] top;
    private final long[] any;
    private final long[][] scores;
    private final TreeMap<Integer, Long> topicsPerArticle = new TreeMap<>();
    private final TreeMap<Integer, Long> summarySentences = new TreeMap<>();
    private final long[] summaryWords = new long[MAX_WORDS / WORD_BIN + 1];
    private final Map<String, long[]> errors = new LinkedHashMap<>();
    private final Map<String, String> errorFirst = new LinkedHashMap<>();
    private final Map<String, long[]> notes = new LinkedHashMap<>();
    private final Map<String, String> noteFirst = new LinkedHashMap<>();
    private final List<Sample> sample = new ArrayList<>();

    /** Most distinct days counted per day; beyond them, top topics over time are counted per month only. */
    public static final int MAX_DAYS = 400;

    private final Function<ArticleResult, LocalDate> dating;
    private final String dateColumn;
    /** Top topics per day (null once more than {@link #MAX_DAYS} distinct days were seen) and per month. */
    private TreeMap<LocalDate, long[]> byDay = new TreeMap<>();
    private final TreeMap<YearMonth, long[]> byMonth = new TreeMap<>();
    private long dated;
    private long undated;

    /** Statistics for a run labelling with {@code labels} (the model's, in its order). */
    public RunStatistics(List<String> labels) {
        this(labels, null, null);
    }

    /**
     * Statistics that also count each labelled article's top topic by its date (topics over time).
     *
     * @param dateColumn the input field holding the date, for the page (null: no dates)
     * @param dating     an article's date, or null when it has none or it cannot be read (null: no dates)
     */
    public RunStatistics(List<String> labels, String dateColumn,
                         Function<ArticleResult, LocalDate> dating) {
        this.dateColumn = dateColumn;
        this.dating = dateColumn == null ? null : dating;
        this.labels = List.copyOf(labels);
        for (int i = 0; i < this.labels.size(); i++) {
            labelIndex.put(this.labels.get(i), i);
        }
        top = new long[this.labels.size()];
        any = new long[this.labels.size()];
        scores = new long[this.labels.size()][SCORE_BINS];
    }

    private void countDate(ArticleResult r, int topic) {
        if (dating == null) {
            return;
        }
        LocalDate day = dating.apply(r);
        if (day == null) {
            undated++;
            return;
        }
        dated++;
        byMonth.computeIfAbsent(YearMonth.from(day), k -> new long[labels.size()])[topic]++;
        if (byDay != null) {
            byDay.computeIfAbsent(day, k -> new long[labels.size()])[topic]++;
            if (byDay.size() > MAX_DAYS) {
                byDay = null;
            }
        }
    }

    /** The input field holding the dates, or null when the run counts no dates. */
    public String dateColumn() {
        return dateColumn;
    }

    /** Labelled articles counted by date, and those whose date was missing or unreadable. */
    public synchronized long[] datedAndUndated() {
        return new long[] {dated, undated};
    }

    /**
     * Top topics over time: per day when the dated articles span at most 92 days and no more than {@link #MAX_DAYS}
     * distinct days, otherwise per month; keys are ISO days ({@code 2026-12-05}) or months ({@code 2026-12}), in
     * order, each with one count per label (in {@link #labels()} order). Empty when no article was dated.
     */
    public synchronized Map<String, long[]> topTopicOverTime() {
        Map<String, long[]> out = new LinkedHashMap<>();
        if (byDay != null && !byDay.isEmpty()
                && ChronoUnit.DAYS.between(byDay.firstKey(), byDay.lastKey()) < 92) {
            for (LocalDate d = byDay.firstKey(); !d.isAfter(byDay.lastKey()); d = d.plusDays(1)) {
                long[] v = byDay.get(d);
                out.put(d.toString(), v == null ? new long[labels.size()] : v.clone());
            }
            return out;
        }
        if (byMonth.isEmpty()) {
            return out;
        }
        YearMonth last = byMonth.lastKey();
        YearMonth first = byMonth.firstKey();
        if (ChronoUnit.MONTHS.between(first, last) > 600) {
            byMonth.forEach((m, v) -> out.put(m.toString(), v.clone())); // a sparse axis rather than 50 years of gaps
            return out;
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long[] v = byMonth.get(m);
            out.put(m.toString(), v == null ? new long[labels.size()] : v.clone());
        }
        return out;
    }

    /** Adds one result. */
    public synchronized void add(ArticleResult r) {
        total++;
        for (String note : r.notes()) {
            count(notes, noteFirst, reason(note, r.id()), r.id());
        }
        if (!r.isOk()) {
            count(errors, errorFirst, reason(r.error(), r.id()), r.id());
            if (sample.size() < SAMPLE) {
                sample.add(new Sample(r.id(), r.title(), List.of(), "", List.of(), r.error(), r.notes()));
            }
            return;
        }
        ok++;
        if (!r.prediction().scores().isEmpty()) {
            labelled++;
            List<String> topics = r.prediction().topics();
            topicsPerArticle.merge(topics.size(), 1L, Long::sum);
            if (!topics.isEmpty()) {
                Integer t = labelIndex.get(topics.get(0));
                if (t != null) {
                    top[t]++;
                    countDate(r, t);
                }
            }
            for (String topic : topics) {
                Integer i = labelIndex.get(topic);
                if (i != null) {
                    any[i]++;
                }
            }
            for (TopicScore s : r.prediction().scores()) {
                Integer i = labelIndex.get(s.label());
                if (i != null) {
                    scores[i][Math.min(SCORE_BINS - 1, (int) (s.probability() * SCORE_BINS))]++;
                }
            }
        }
        String summary = r.summary().text();
        if (!r.summary().sentences().isEmpty()) {
            summarized++;
            summarySentences.merge(r.summary().sentences().size(), 1L, Long::sum);
            summaryWords[Math.min(MAX_WORDS / WORD_BIN, words(summary) / WORD_BIN)]++;
        }
        if (sample.size() < SAMPLE) {
            List<TopicScore> topics = new ArrayList<>();
            for (String t : r.prediction().topics()) {
                r.prediction().scores().stream().filter(s -> s.label().equals(t)).findFirst().ifPresent(topics::add);
            }
            sample.add(new Sample(r.id(), r.title(), topics, summary, r.summary().keyphrases(), null, r.notes()));
        }
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /**
     * A message as a reason to group by: the article's id taken out (unless it is a plain word), numbers and parenthesized details generalized
     * ("very short article (3 words)" and "(5 words)" are one reason).
     */
    static String reason(String message, String id) {
        String s = message == null ? "" : message;
        if (id.chars().anyMatch(c -> !Character.isLetter(c))) {
            // an id of letters only ("short") may be a word of the message; other ids are taken out
            s = s.replace(id, "<id>");
        }
        s = s.replaceAll("\\([^()]*\\)", "(...)").replaceAll("[0-9]+([.,][0-9]+)*", "N").strip();
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    private static void count(Map<String, long[]> counts, Map<String, String> first, String reason, String id) {
        long[] c = counts.get(reason);
        if (c == null) {
            if (counts.size() >= REASONS) {
                reason = OTHER;
                c = counts.get(OTHER);
            }
            if (c == null) {
                c = new long[1];
                counts.put(reason, c);
                first.put(reason, id);
            }
        }
        c[0]++;
    }

    private static List<Reason> reasons(Map<String, long[]> counts, Map<String, String> first) {
        List<Reason> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new Reason(k, v[0], first.get(k))));
        out.sort((a, b) -> Long.compare(b.count(), a.count()));
        return out;
    }

    /** The model's labels, in order. */
    public List<String> labels() {
        return labels;
    }

    /** Results added. */
    public synchronized long total() {
        return total;
    }

    /** Results without an error. */
    public synchronized long ok() {
        return ok;
    }

    /** Results that were labelled (have scores). */
    public synchronized long labelled() {
        return labelled;
    }

    /** Results with a non-empty summary. */
    public synchronized long summarized() {
        return summarized;
    }

    /** Per label, the articles whose top topic it is. */
    public synchronized long[] topTopic() {
        return top.clone();
    }

    /** Per label, the articles it is one of the topics of. */
    public synchronized long[] anyTopic() {
        return any.clone();
    }

    /** Per label, its scores' histogram over {@value #SCORE_BINS} equal bins of [0, 1]. */
    public synchronized long[][] scoreHistograms() {
        long[][] out = new long[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i].clone();
        }
        return out;
    }

    /** Number of topics to number of labelled articles with that many. */
    public synchronized Map<Integer, Long> topicsPerArticle() {
        return Collections.unmodifiableMap(new TreeMap<>(topicsPerArticle));
    }

    /** Summary sentences to number of summaries with that many. */
    public synchronized Map<Integer, Long> summarySentences() {
        return Collections.unmodifiableMap(new TreeMap<>(summarySentences));
    }

    /** Summaries per bin of {@value #WORD_BIN} words; the last bin holds {@value #MAX_WORDS} words and more. */
    public synchronized long[] summaryWords() {
        return summaryWords.clone();
    }

    /** Errors grouped by reason, most frequent first. */
    public synchronized List<Reason> errors() {
        return reasons(errors, errorFirst);
    }

    /** Reading notes grouped by kind, most frequent first. */
    public synchronized List<Reason> notes() {
        return reasons(notes, noteFirst);
    }

    /** The first {@value #SAMPLE} articles. */
    public synchronized List<Sample> sample() {
        return List.copyOf(sample);
    }
}
