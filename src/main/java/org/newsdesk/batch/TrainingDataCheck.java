package org.newsdesk.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.newsdesk.core.Article;

/**
 * Checks labelled articles before training and says what is wrong with them.
 *
 * <p>Warnings (training goes on): articles without a label (left out of training), very short texts, exact
 * duplicates (same text once case, punctuation and spacing are ignored), near duplicates (word 3-gram Jaccard
 * similarity of at least {@value #NEAR_DUPLICATE_JACCARD}, found with MinHash and locality-sensitive hashing, Broder
 * 1997 "On the resemblance and containment of documents"; Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets",
 * ch. 3), duplicates with different labels, labels with fewer than {@value #MIN_EXAMPLES} examples, labels the current
 * model does not know and labels of the current model that the data no longer has.
 *
 * <p>Problems (training stops, since its result would be meaningless): no labelled article, fewer than two labels,
 * or more than half of the labelled articles in duplicate groups whose labels disagree.
 */
public final class TrainingDataCheck {

    /** Texts with fewer words than this are "very short". */
    public static final int SHORT_WORDS = 10;
    /** Labels with fewer examples than this are reported. */
    public static final int MIN_EXAMPLES = 5;
    /** Near duplicates have at least this Jaccard similarity of their word 3-gram sets. */
    public static final double NEAR_DUPLICATE_JACCARD = 0.8;
    /** At most this many ids are listed per finding. */
    private static final int MAX_LISTED = 20;

    private static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;

    private final List<Map<String, Object>> problems = new ArrayList<>();
    private final List<Map<String, Object>> warnings = new ArrayList<>();
    private final List<Article> usable;
    private final Map<String, Integer> perLabel = new TreeMap<>();
    private final int articles;

    private TrainingDataCheck(List<Article> all, List<String> modelLabels) {
        articles = all.size();
        List<Article> labelled = new ArrayList<>();
        List<String> unlabelled = new ArrayList<>();
        for (Article a : all) {
            if (a.labels().isEmpty()) {
                unlabelled.add(a.id());
            } else {
                labelled.add(a);
            }
        }
        usable = List.copyOf(labelled);
        if (!unlabelled.isEmpty()) {
            warn("unlabelled", unlabelled.size() + " articles have no label and are left out of training", unlabelled);
        }
        for (Article a : usable) {
            for (String l : a.labels()) {
                perLabel.merge(l, 1, Integer::sum);
            }
        }
        List<String> shortTexts = usable.parallelStream().filter(a -> words(a.text()).size() < SHORT_WORDS)
                .map(Article::id).toList();
        if (!shortTexts.isEmpty()) {
            warn("short_text", shortTexts.size() + " articles have fewer than " + SHORT_WORDS + " words of text",
                    shortTexts);
        }
        duplicates();
        List<String> rare = perLabel.entrySet().stream().filter(e -> e.getValue() < MIN_EXAMPLES)
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        if (!rare.isEmpty()) {
            warn("rare_label", rare.size() + " labels have fewer than " + MIN_EXAMPLES + " examples; the model will "
                    + "hardly learn them", rare);
        }
        if (modelLabels != null) {
            List<String> unknown = perLabel.keySet().stream().filter(l -> !modelLabels.contains(l)).toList();
            if (!unknown.isEmpty()) {
                warn("new_label", unknown.size() + " labels are unknown to the current model", unknown);
            }
            List<String> gone = modelLabels.stream().filter(l -> !perLabel.containsKey(l)).toList();
            if (!gone.isEmpty()) {
                warn("dropped_label", gone.size() + " labels of the current model have no example in the data; the "
                        + "new model will not know them", gone);
            }
        }
        if (usable.isEmpty()) {
            problem("no_labelled_articles", "no labelled articles to train on (" + articles + " articles read)",
                    List.of());
        } else if (perLabel.size() < 2) {
            problem("too_few_labels", "training needs at least two labels; the data has only "
                    + perLabel.keySet(), List.copyOf(perLabel.keySet()));
        }
    }

    /**
     * Checks {@code articles}.
     *
     * @param modelLabels the labels of the model being replaced, or null when there is none
     */
    public static TrainingDataCheck of(List<Article> articles, List<String> modelLabels) {
        return new TrainingDataCheck(articles, modelLabels);
    }

    /** The articles to train on: the labelled ones, in input order. */
    public List<Article> usable() {
        return usable;
    }

    /** Problems that make training meaningless, one line each; empty when training may go on. */
    public List<String> problems() {
        return problems.stream().map(TrainingDataCheck::line).toList();
    }

    /** Warnings, one line each, with the first few ids concerned. */
    public List<String> warnings() {
        return warnings.stream().map(TrainingDataCheck::line).toList();
    }

    private static String line(Map<String, Object> finding) {
        List<?> items = (List<?>) finding.get("items");
        if (items.isEmpty()) {
            return (String) finding.get("message");
        }
        List<String> shown = items.stream().limit(5).map(Object::toString).toList();
        int count = (Integer) finding.get("count");
        return finding.get("message") + ": " + String.join("; ", shown) + (count > shown.size() ? "; ..." : "");
    }

    /** The report as a JSON-ready map: counts, per-label counts, problems and warnings with the ids concerned. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("labelled", usable.size());
        m.put("per_label", perLabel);
        m.put("ok", problems.isEmpty());
        m.put("problems", problems);
        m.put("warnings", warnings);
        return m;
    }

    /** What the duplicate search needs of one article, computed for all articles in parallel. */
    private record Prepared(String exactKey, long[] shingles, long[] bandKeys) {
    }

    private static Prepared prepare(Article a) {
        // a headline-only record (a wire flash) is compared by its headline: all bodies of such records are empty
        List<String> words = words(a.text().isBlank() ? a.title() : a.text());
        long[] shingles = shingles(words);
        long[] bandKeys = null;
        if (shingles.length > 0) {
            long[] sig = signature(shingles);
            bandKeys = new long[BANDS];
            for (int b = 0; b < BANDS; b++) {
                long key = mix(b + 1L);
                for (int r = 0; r < ROWS; r++) {
                    key = mix(key ^ sig[b * ROWS + r]);
                }
                bandKeys[b] = key;
            }
        }
        return new Prepared(String.join(" ", words), shingles, bandKeys);
    }

    private void duplicates() {
        int n = usable.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Prepared[] prepared = IntStream.range(0, n).parallel().mapToObj(i -> prepare(usable.get(i)))
                .toArray(Prepared[]::new);
        Map<String, Integer> exact = new HashMap<>();
        Set<Long> exactPairs = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Integer first = exact.putIfAbsent(prepared[i].exactKey(), i);
            if (first != null) {
                union(parent, first, i);
                exactPairs.add(pairKey(first, i));
            }
        }
        exact = null;
        // near duplicates: MinHash signatures, candidates that agree on a whole band (a hash of the band's values;
        // a collision only adds a candidate), verified by exact Jaccard
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            long[] keys = prepared[i].bandKeys();
            if (keys == null) {
                continue;
            }
            for (long key : keys) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        List<long[]> shingles = new ArrayList<>(n);
        for (Prepared p : prepared) {
            shingles.add(p.shingles());
        }
        prepared = null;
        Set<Long> nearPairs = new TreeSet<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size() && x < 200; x++) {
                for (int y = x + 1; y < bucket.size() && y < 200; y++) {
                    int i = bucket.get(x);
                    int j = bucket.get(y);
                    long key = pairKey(i, j);
                    if (!exactPairs.contains(key) && !nearPairs.contains(key)
                            && jaccard(shingles.get(i), shingles.get(j)) >= NEAR_DUPLICATE_JACCARD) {
                        nearPairs.add(key);
                        union(parent, i, j);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<String> exactList = pairs(exactPairs);
        List<String> nearList = pairs(nearPairs);
        if (!exactList.isEmpty()) {
            warn("exact_duplicate", exactList.size() + " pairs of articles have the same text", exactList);
        }
        if (!nearList.isEmpty()) {
            warn("near_duplicate", nearList.size() + " pairs of articles have nearly the same text (Jaccard >= "
                    + NEAR_DUPLICATE_JACCARD + ")", nearList);
        }
        List<String> conflicts = new ArrayList<>();
        int inConflict = 0;
        for (List<Integer> group : groups.values()) {
            Set<Set<String>> labelSets = new LinkedHashSet<>();
            group.forEach(i -> labelSets.add(new TreeSet<>(usable.get(i).labels())));
            if (group.size() > 1 && labelSets.size() > 1) {
                inConflict += group.size();
                conflicts.add(String.join(", ", group.stream().map(i -> usable.get(i).id() + " "
                        + usable.get(i).labels()).toList()));
            }
        }
        if (!conflicts.isEmpty()) {
            warn("conflicting_labels", conflicts.size() + " groups of (near) duplicate articles have different labels",
                    conflicts);
        }
        if (n > 0 && inConflict * 2 > n) {
            problem("mostly_conflicting", String.format(Locale.ROOT, "%d of %d labelled articles are duplicates whose "
                    + "labels disagree: the labels contradict each other", inConflict, n), List.of());
        }
    }

    private List<String> pairs(Set<Long> keys) {
        List<String> out = new ArrayList<>();
        for (long k : keys) {
            out.add(usable.get((int) (k >>> 32)).id() + " = " + usable.get((int) k).id());
        }
        return out;
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** Lower-cased words of letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The distinct hashes of the word 3-grams, sorted. */
    private static long[] shingles(List<String> words) {
        int count = Math.max(0, words.size() - 2);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = mix(words.get(i).hashCode() * 31L * 31L + words.get(i + 1).hashCode() * 31L
                    + words.get(i + 2).hashCode());
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /**
     * MinHash signature: per hash function {@code h(x) = A_h x + B_h} (odd multipliers; the shingles are already
     * well-mixed 64-bit hashes, so this family is enough to pick candidates, which exact Jaccard then verifies), the
     * smallest value over the shingles.
     */
    private static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int h = 0; h < HASHES; h++) {
                long v = s * HASH_A[h] + HASH_B[h];
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return sig;
    }

    private static final long[] HASH_A = new long[HASHES];
    private static final long[] HASH_B = new long[HASHES];

    static {
        for (int h = 0; h < HASHES; h++) {
            HASH_A[h] = mix(0x9E3779B97F4A7C15L * (h + 1)) | 1L;
            HASH_B[h] = mix(0xC2B2AE3D27D4EB4FL * (h + 1));
        }
    }

    /** Jaccard similarity of two sorted sets of distinct values. */
    private static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        long common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** SplitMix64's finalizer: a well-mixed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void warn(String kind, String message, List<String> ids) {
        warnings.add(finding(kind, message, ids));
    }

    private void problem(String kind, String message, List<String> ids) {
        problems.add(finding(kind, message, ids));
    }

    private static Map<String, Object> finding(String kind, String message, List<String> items) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("kind", kind);
        f.put("message", message);
        f.put("count", items.size());
        f.put("items", items.size() > MAX_LISTED ? items.subList(0, MAX_LISTED) : items);
        return f;
    }
}
