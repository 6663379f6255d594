package org.newsdesk.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.text.StopWords;
import org.newsdesk.text.WordTokenizer;

/**
 * Key phrases of an article, after RAKE (Rose, Engel, Cramer and Cowley 2010, "Automatic Keyword Extraction from
 * Individual Documents", in <i>Text Mining: Applications and Theory</i>): candidate phrases are runs of up to three
 * content words inside a candidate sentence, broken at stop words, modal and reporting verbs, honorifics, punctuation
 * and bare numbers. A phrase scores the
 * mean document frequency of its words (a word of the headline counts twice more), times one plus half of its
 * repetitions, times the square root of its length; the best phrases are returned in their first spelling in the
 * text, skipping one whose words overlap a phrase already taken. Stateless.
 */
public final class KeyPhrases {

    private static final int MAX_WORDS = 3;
    /** Words that also break phrases here: modal and reporting verbs and honorifics, frequent in news but no topic. */
    private static final Set<String> PHRASE_BREAKERS = Set.of("said", "says", "say", "told", "tells", "added",
            "according", "asked", "could", "would", "may", "might", "must", "shall", "also", "mr", "mrs", "ms", "dr",
            "yesterday", "today", "tomorrow");

    private KeyPhrases() {
    }

    private static final class Phrase {
        final String key;
        final String surface;
        final List<String> words;
        final int first;
        int count;
        double score;

        Phrase(String key, String surface, List<String> words, int first) {
            this.key = key;
            this.surface = surface;
            this.words = words;
            this.first = first;
        }
    }

    /**
     * Up to {@code max} key phrases, best first.
     *
     * @param title the headline (may be empty)
     * @param body  the text the spans point into
     * @param spans the candidate sentences
     */
    public static List<String> extract(String title, String body, List<SentenceSpan> spans, int max) {
        Map<String, Integer> freq = new HashMap<>();
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        List<int[]> run = new ArrayList<>();
        List<String> runWords = new ArrayList<>();
        int[] previousEnd = {-1};
        for (SentenceSpan span : spans) {
            run.clear();
            runWords.clear();
            previousEnd[0] = -1;
            WordTokenizer.tokenize(body, span.start(), span.end(), (text, start, end) -> {
                String w = WordTokenizer.lower(text, start, end);
                boolean breaks = previousEnd[0] >= 0 && hasPunctuation(text, previousEnd[0], start);
                previousEnd[0] = end;
                if (breaks) {
                    flush(body, run, runWords, phrases);
                }
                if (StopWords.contains(w) || PHRASE_BREAKERS.contains(w) || !hasLetter(w)) {
                    flush(body, run, runWords, phrases);
                    return;
                }
                freq.merge(w, 1, Integer::sum);
                run.add(new int[] {start, end});
                runWords.add(w);
            });
            flush(body, run, runWords, phrases);
        }
        Set<String> titleWords = new HashSet<>();
        String t = title == null ? "" : title;
        WordTokenizer.tokenize(t, 0, t.length(), (text, s, e) -> titleWords.add(WordTokenizer.lower(text, s, e)));
        List<Phrase> all = new ArrayList<>(phrases.values());
        for (Phrase p : all) {
            double sum = 0;
            for (String w : p.words) {
                sum += freq.getOrDefault(w, 0) + (titleWords.contains(w) ? 2 : 0);
            }
            p.score = sum / p.words.size() * (1 + 0.5 * (p.count - 1)) * Math.sqrt(p.words.size());
        }
        all.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score) : Integer.compare(a.first, b.first));
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Phrase p : all) {
            if (out.size() >= max) {
                break;
            }
            if (p.words.size() == 1 && p.words.get(0).length() < 3) {
                continue;
            }
            boolean overlaps = false;
            for (String w : p.words) {
                overlaps |= used.contains(w);
            }
            if (overlaps) {
                continue;
            }
            used.addAll(p.words);
            out.add(p.surface);
        }
        return out;
    }

    private static void flush(String body, List<int[]> run, List<String> runWords, Map<String, Phrase> phrases) {
        if (!run.isEmpty() && run.size() <= MAX_WORDS) {
            int start = run.get(0)[0];
            int end = run.get(run.size() - 1)[1];
            if (end < body.length() && body.charAt(end) == '.' && body.lastIndexOf('.', end - 1) >= start) {
                end++; // an abbreviation such as U.S. keeps its final dot
            }
            List<String> words = List.copyOf(runWords);
            String key = String.join(" ", words);
            Phrase p = phrases.get(key);
            if (p == null) {
                p = new Phrase(key, singleSpaced(body, start, end), words, start);
                phrases.put(key, p);
            }
            p.count++;
        }
        run.clear();
        runWords.clear();
    }

    private static String singleSpaced(String body, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasPunctuation(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
