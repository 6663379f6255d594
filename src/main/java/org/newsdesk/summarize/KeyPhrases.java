package org.newsdesk.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.text.StopWords;
import org.newsdesk.text.WordSet;

/**
 * Key phrases of an article: noun phrases found with a part-of-speech tagger ({@link PosTagger}: Apache OpenNLP's
 * English model), ranked after RAKE (Rose, Engel, Cramer and Cowley 2010, "Automatic Keyword Extraction from
 * Individual Documents", in <i>Text Mining: Applications and Theory</i>).
 *
 * <ol>
 *   <li><b>Runs.</b> As in RAKE, the candidate sentences are cut into runs of content words, broken at stop words,
 *       modal and reporting verbs, honorifics, punctuation and bare numbers; a run also ends after a possessive
 *       ({@code Korea's}, which counts as {@code Korea}). One or two name links ({@link #NAME_LINKS}: {@code of},
 *       {@code do}, {@code de la}...) between two capitalised words stay inside a run ("Vale do Sado", "Bank of
 *       England"). A run scores the mean frequency of its content words in the article (a word of the headline counts
 *       two more), times one plus half of its repetitions, times the square root of its number of content words.</li>
 *   <li><b>Tags.</b> Only the runs that can hold a key phrase are tagged, best first, each at its first occurrence with
 *       {@value #LEFT_CONTEXT} tokens before it (the features see the whole sentence), until three times as many noun
 *       phrases as asked for are found or {@value #TAG_BUDGET} tokens are tagged: about 65 tokens an article of the
 *       starter corpus, a fifth of its words. A word capitalised inside a sentence (or in capitals) is a proper noun
 *       unless the tagger calls it an adjective or a number.</li>
 *   <li><b>Noun phrases.</b> In a tagged run, a noun phrase is a maximal stretch of adjectives, nouns and proper nouns
 *       (a hyphenated compound is one word) that are no quantity, ordinal or function word ("million", "first",
 *       "many": {@link StopWords#isQuantity}, {@link StopWords#isClassifierStopword}), ending at its last noun or
 *       proper noun; so "million Norvane customers" gives "Norvane customers" and "Cyclone Sharmin slammed" gives "Cyclone
 *       Sharmin". A capitalised word after a lower-case one starts a new phrase ("iron ore producer" | "Coolgardie
 *       Resources"), and name links join two proper nouns only. Dropped: phrases of more than {@value #MAX_WORDS}
 *       content words (a name followed by nouns is split first), single words shorter than 3 characters, and a single
 *       generic noun ({@link #GENERIC}).</li>
 *   <li><b>Ranking.</b> A noun phrase is counted wherever its words occur inside a run, except inside a longer noun
 *       phrase that itself occurs more than once (so "Korea" within a recurring "North Korea" counts for "North
 *       Korea", as C-value discounts nested terms), and scored as runs are, times its specificity (a single common
 *       noun {@value #COMMON_NOUN_WEIGHT}, a name of several words {@value #NAME_WEIGHT}, else 1) and times
 *       {@value #LEAD_BONUS} when it occurs in the first sentence. A single common noun that starts or ends a name
 *       ("bank" of "Bank Indonesia") gives its score to that name.</li>
 *   <li><b>Choice.</b> The best ones whose words do not overlap a phrase already taken are returned, each in its most
 *       frequent spelling in the article (an occurrence opening a sentence or in capitals counts half; a possessive's
 *       {@code 's} cut off); a name in full as the article writes it somewhere ("Ferrada": "Camila Ferrada"), without
 *       an office before it ({@link #TITLES}: "Prime Minister Tony Blair" gives "Tony Blair").</li>
 * </ol>
 *
 * <p>Stateless; thread-safe (the tagger keeps one cache per thread).
 */
public final class KeyPhrases {

    /** Most content words in a key phrase. */
    static final int MAX_WORDS = 4;
    /** Most tokens (words and punctuation) tagged per article. */
    static final int TAG_BUDGET = 96;
    /** Tokens before a run that are tagged too, so that the run's first tags see the tags before them. */
    private static final int LEFT_CONTEXT = 2;
    /** The weight of a single common noun ("cut", "meeting"): see {@code specificity}. */
    static final double COMMON_NOUN_WEIGHT = 0.5;
    /** The weight of a name of several words ("Bank Indonesia"). */
    static final double NAME_WEIGHT = 1.25;
    /** The weight of a phrase that occurs in the first sentence. */
    static final double LEAD_BONUS = 1.25;

    /** Words that also break phrases here: modal and reporting verbs and honorifics, frequent in news but no topic. */
    private static final WordSet PHRASE_BREAKERS = new WordSet(List.of("said", "says", "say", "told", "tells",
            "added", "according", "asked", "could", "would", "may", "might", "must", "shall", "also", "mr", "mrs", "ms",
            "dr", "yesterday", "today", "tomorrow"));
    /** Function words that may join two parts of a name ("Bank of England", "Vale do Sado"). */
    private static final WordSet NAME_LINKS = new WordSet(List.of("of", "de", "do", "da", "dos", "das", "del",
            "della", "di", "du", "des", "la", "le", "von", "der"));
    /** Wire-service abbreviations of amounts and report lines ("mln dlrs", "shr", "4th qtr"): never in a key phrase. */
    private static final WordSet WIRE_ABBREVIATIONS = new WordSet(List.of("mln", "bln", "dlrs", "dlr", "stg", "cts",
            "shr", "shrs", "vs", "qtr", "yr", "oper", "avg"));
    /**
     * Offices and descriptions written before a name ("Prime Minister Tony Blair", "Director Mara Quennell"): a name
     * found around a key phrase does not reach back over them, and a key phrase that is such words and a name of two
     * or more words is the name.
     */
    static final WordSet TITLES = new WordSet(List.of("president", "vice", "prime", "minister", "secretary",
            "director", "chairman", "chairwoman", "chair", "chief", "executive", "governor", "senator", "judge", "coach",
            "manager", "captain", "leader", "spokesman", "spokeswoman", "spokesperson", "former", "teenager", "striker",
            "midfielder", "defender", "goalkeeper", "actor", "actress", "singer", "professor", "prof", "analyst",
            "economist", "author", "founder", "commissioner", "mayor", "ambassador", "rookie", "veteran", "host",
            "hosts", "holders", "champion", "champions", "skipper", "winger", "forward", "newcomer", "debutant"));
    /** The ends of hyphenated descriptions written before a name ("Singapore-based", "Oscar-nominated"). */
    private static final java.util.Set<String> DESCRIPTIVE_ENDINGS = java.util.Set.of("based", "old", "listed", "born",
            "owned", "led", "backed", "run", "nominated", "winning", "bound", "registered", "headquartered", "made",
            "style", "focused", "funded", "controlled", "linked", "affiliated");
    /**
     * Nouns that are no key phrase on their own, however often they occur: people and officials in general, units of
     * calendar time, and placeholders. Quantities ("million", "percent", "number") are {@link StopWords#isQuantity}.
     */
    static final WordSet GENERIC = new WordSet(List.of("people", "person", "official", "officials", "year", "years",
            "month", "months", "week", "weeks", "day", "days", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "a.m", "p.m", "time", "way", "ways", "part", "parts", "thing", "things",
            "place"));

    /** Word kinds. */
    private static final byte UNKNOWN = 0;
    private static final byte CONTENT = 1;
    private static final byte BREAKS = 2;
    /** A {@link #NAME_LINKS} word: breaks runs unless it joins two capitalised words (one or two of them). */
    private static final byte LINK = 3;

    private KeyPhrases() {
    }

    /** A run or a noun phrase: its words (base word ids, see {@link Article}) and where it first occurs. */
    static final class Phrase {
        final int[] words;
        /** First occurrence: the token it starts at, or a character offset (see the users). */
        int first;
        int end;
        int count;
        double score;
        /** A noun phrase's occurrences: the tokens they start at ({@code count} of them). */
        int[] at;
        /** A noun phrase's most usual spelling: the number of its occurrence written so (see {@code spelling}). */
        int best;
        /** A noun phrase's specificity (see {@code specificity}). */
        double weight;

        Phrase(int[] words, int first, int end) {
            this.words = words;
            this.first = first;
            this.end = end;
        }
    }

    /**
     * Phrases by their words: open addressing over word-id sequences of any length, kept in one pool, at most half
     * full.
     */
    static final class PhraseIndex {
        private int[] pool = new int[256];
        private int poolSize;
        private int[] offset = new int[32];
        private int[] length = new int[32];
        private int[] hashes = new int[32];
        private int size;
        private int[] slots = new int[64]; // entry number + 1; 0 for an empty slot

        /** The number of the phrase of words {@code words[from, from + len)}, or -1. */
        int get(int[] words, int from, int len) {
            int h = hash(words, from, len);
            int mask = slots.length - 1;
            for (int slot = mix(h) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
                int e = slots[slot] - 1;
                if (hashes[e] == h && length[e] == len
                        && Arrays.equals(pool, offset[e], offset[e] + len, words, from, from + len)) {
                    return e;
                }
            }
            return -1;
        }

        /** Adds words {@code words[from, from + len)} (not yet present) as the next number, which it returns. */
        int add(int[] words, int from, int len) {
            int e = size++;
            if (e == offset.length) {
                offset = Arrays.copyOf(offset, e * 2);
                length = Arrays.copyOf(length, e * 2);
                hashes = Arrays.copyOf(hashes, e * 2);
            }
            if (poolSize + len > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
            }
            System.arraycopy(words, from, pool, poolSize, len);
            offset[e] = poolSize;
            length[e] = len;
            hashes[e] = hash(words, from, len);
            poolSize += len;
            if (2 * size > slots.length) {
                slots = new int[slots.length * 2];
                for (int i = 0; i < size; i++) {
                    insert(i);
                }
            } else {
                insert(e);
            }
            return e;
        }

        private void insert(int e) {
            int mask = slots.length - 1;
            int slot = mix(hashes[e]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e + 1;
        }

        private static int hash(int[] words, int from, int len) {
            int h = 1;
            for (int i = from; i < from + len; i++) {
                h = 31 * h + words[i];
            }
            return h;
        }

        private static int mix(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
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
        return extract(body, ArticleWords.of(body, spans, title), max);
    }

    /** As {@link #extract(String, String, List, int)}, from the words of the same title and spans. */
    static List<String> extract(String body, ArticleWords aw, int max) {
        return new Article(body, aw).keyPhrases(max);
    }

    /** The work on one article. */
    private static final class Article {
        final String body;
        final ArticleWords aw;
        /** Per word: {@link #CONTENT}, {@link #BREAKS}, {@link #LINK} or not yet known. */
        final byte[] kind;
        /** Per word: the word it counts as, the word without its {@code 's} when the sentences hold that. */
        final int[] base;
        /** Per word: a quantity ("million", "first") or a function word ("many"), never inside a key phrase. */
        final boolean[] strip;
        /** Per base word: occurrences as a content word. */
        final int[] freq;
        /** Per base word: some occurrence does not start with a capital letter. */
        final boolean[] lowerSeen;
        /** Per base word: some occurrence is capitalised and not the first word of its sentence. */
        final boolean[] nameSeen;
        /** Per token: its base word. */
        final int[] tokenBase;
        /** Per token: the number of the run occurrence it is in (from 1), or 0. */
        final int[] occurrence;
        /** Per token of a tagged run: its tag class ({@link PosTagger}). */
        final byte[] tagClass;
        /** Per sentence: the tokens the tagger sees, their tags, and where each word token is among them. */
        final PosTagger.Token[][] taggerTokens;
        final int[][] taggerStart;
        final int[][] taggerEnd;
        final int[][] taggerTags;
        final int[][] taggerIndex;
        /**
         * Per token: capitalised inside a sentence (not after a colon, a quotation mark, a bracket or a dash). Such a
         * word is taken as a proper noun unless the tagger calls it an adjective ("German") or a number: English
         * capitalises names, and the tagger, trained on web text, often takes an unknown name for a common noun or
         * a verb ("Vale do Sado" came out as NOUN AUX VERB).
         */
        final boolean[] nameCase;
        /** Per token: its sentence. */
        final int[] sentenceOf;

        final PhraseIndex runIndex = new PhraseIndex();
        final List<Phrase> runs = new ArrayList<>();
        final PhraseIndex phraseIndex = new PhraseIndex();
        final List<Phrase> phrases = new ArrayList<>();
        int[] scratch = new int[16];
        /** The tagger tokens of the sentence being cut ({@link #taggerTokens}): {@code [rangeStart, rangeEnd)}. */
        int[] rangeStart = new int[64];
        int[] rangeEnd = new int[64];
        int ranges;
        int tagged;

        Article(String body, ArticleWords aw) {
            this.body = body;
            this.aw = aw;
            int n = aw.tokens();
            kind = new byte[aw.words];
            base = new int[aw.words];
            strip = new boolean[aw.words];
            freq = new int[aw.words];
            lowerSeen = new boolean[aw.words];
            nameSeen = new boolean[aw.words];
            tokenBase = new int[n];
            occurrence = new int[n];
            tagClass = new byte[n];
            sentenceOf = new int[n];
            nameCase = new boolean[n];
            taggerTokens = new PosTagger.Token[aw.sentences()][];
            taggerStart = new int[aw.sentences()][];
            taggerEnd = new int[aw.sentences()][];
            taggerTags = new int[aw.sentences()][];
            taggerIndex = new int[aw.sentences()][];
        }

        List<String> keyPhrases(int max) {
            findRuns();
            if (runs.isEmpty()) {
                return List.of();
            }
            for (Phrase r : runs) {
                r.score = score(r.words, r.count);
            }
            PhraseHeap heap = new PhraseHeap(runs);
            while (!heap.isEmpty() && tagged < TAG_BUDGET && phrases.size() < 3 * max) {
                Phrase run = runs.get(heap.poll());
                if (!mayHoldPhrase(run)) {
                    continue;
                }
                tag(run.first, run.end);
                nounPhrases(run.first, run.end);
            }
            locate();
            for (Phrase p : phrases) {
                p.best = spelling(p);
                p.weight = specificity(p);
                p.score = score(p.words, independent(p)) * p.weight * (sentenceOf[p.at[0]] == 0 ? LEAD_BONUS : 1);
            }
            absorbHeadWords();
            heap = new PhraseHeap(phrases);
            List<String> out = new ArrayList<>();
            boolean[] used = new boolean[aw.words];
            while (out.size() < max && !heap.isEmpty()) {
                Phrase p = phrases.get(heap.poll());
                if (overlaps(p.words, 0, p.words.length, used)) {
                    continue;
                }
                int[] name = name(p, used);
                int from = name == null ? p.at[p.best] : name[0];
                int to = name == null ? from + p.words.length : name[1];
                from = withoutTitles(from, to);
                for (int t = from; t < to; t++) {
                    used[tokenBase[t]] = true;
                }
                out.add(text(aw.tokenStart[from], phraseEnd(to - 1)));
            }
            return out;
        }

        /**
         * A single common noun that starts or ends a name of the article ("bank" of "Bank Indonesia", "department" of
         * "Agriculture Department") mostly stands for it ("the bank said"): its score goes to the best such name, and
         * it keeps none (it comes last, after every other phrase).
         */
        private void absorbHeadWords() {
            for (Phrase c : phrases) {
                if (c.words.length != 1 || c.weight != COMMON_NOUN_WEIGHT) {
                    continue;
                }
                int w = c.words[0];
                Phrase into = null;
                for (Phrase n : phrases) {
                    int len = n.words.length;
                    if (len > 1 && n.weight == NAME_WEIGHT && (n.words[0] == w || n.words[len - 1] == w)
                            && (into == null || n.score > into.score)) {
                        into = n;
                    }
                }
                if (into != null) {
                    into.score += c.score;
                    c.score = 0;
                }
            }
        }

        private boolean overlaps(int[] words, int from, int to, boolean[] used) {
            for (int i = from; i < to; i++) {
                if (kind[words[i]] == CONTENT && used[words[i]]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * How specific a noun phrase is, without a corpus: a single word written in lower case ("cut", "meeting",
         * "town") is a common noun that names no one thing, and weighs {@value #COMMON_NOUN_WEIGHT}; a name of two or
         * more capitalised words, one of them {@link #writtenAsName} ("Bank Indonesia", "Golden Leopard"), weighs
         * {@value #NAME_WEIGHT}; the rest 1.
         */
        private double specificity(Phrase p) {
            int t = p.at[p.best];
            int len = p.words.length;
            if (content(p.words) == 1) {
                int c = t;
                while (kind[aw.tokenWord[c]] != CONTENT) {
                    c++;
                }
                return writtenAsName(c) ? 1 : COMMON_NOUN_WEIGHT;
            }
            boolean name = false;
            for (int i = t; i < t + len; i++) {
                if (kind[aw.tokenWord[i]] == CONTENT) {
                    if (!capitalised(i)) {
                        return 1;
                    }
                    name |= writtenAsName(i);
                }
            }
            return name ? NAME_WEIGHT : 1;
        }

        /**
         * Token {@code t} is written as a name: capitalised inside its sentence, or capitalised at the start of a
         * sentence when the article writes the word capitalised inside a sentence too and never in lower case.
         */
        private boolean writtenAsName(int t) {
            if (!capitalised(t)) {
                return false;
            }
            int b = tokenBase[t];
            return t != aw.sentenceStart[sentenceOf[t]] || !lowerSeen[b] && nameSeen[b];
        }

        private boolean title(int t) {
            int w = aw.tokenWord[t];
            return TITLES.contains(aw.chars, aw.wordOffset[w], aw.wordLength[w], aw.wordHash[w]);
        }

        /**
         * Where the key phrase {@code [from, to)} starts without the offices and descriptions before a name of two or
         * more words: "Prime Minister Tony Blair" and "Home Secretary Charles Clarke" (after the last office) are
         * "Tony Blair" and "Charles Clarke", "Leg-spinner Sandeep Thapa" (a common word opening the sentence) "Sandeep
         * Thapa".
         */
        private int withoutTitles(int from, int to) {
            for (int t = to - 1; t > from; t--) {
                if (title(t - 1) && capitalised(t - 1) && restIsName(t, to)) {
                    return t;
                }
            }
            int a = from;
            while (kind[aw.tokenWord[a]] == CONTENT && capitalised(a) && commonOpening(a) && restIsName(a + 1, to)) {
                a++;
            }
            return a;
        }

        /**
         * Token {@code t} is a description rather than part of a name: a word opening its sentence that the article
         * writes in lower case too and never capitalised inside a sentence, a hyphenated word opening its sentence
         * ("Leg-spinner"), or anywhere a compound that ends in a descriptive part ({@link #DESCRIPTIVE_ENDINGS}:
         * "Singapore-based", "Nineteen-year-old").
         */
        private boolean commonOpening(int t) {
            int b = tokenBase[t];
            int hyphen = body.lastIndexOf('-', aw.tokenEnd[t] - 1);
            if (hyphen > aw.tokenStart[t] && DESCRIPTIVE_ENDINGS.contains(body.substring(hyphen + 1, aw.tokenEnd[t]))) {
                return true;
            }
            return t == aw.sentenceStart[sentenceOf[t]] && (lowerSeen[b] && !nameSeen[b] || hyphen > aw.tokenStart[t]);
        }

        /** Tokens {@code [a, to)} are a name of two or more content words, the first no office. */
        private boolean restIsName(int a, int to) {
            if (a >= to || kind[aw.tokenWord[a]] != CONTENT || title(a)) {
                return false;
            }
            int words = 0;
            for (int t = a; t < to; t++) {
                if (kind[aw.tokenWord[t]] == CONTENT) {
                    if (!writtenAsName(t)) {
                        return false;
                    }
                    words++;
                }
            }
            return words >= 2;
        }

        /**
         * The longest name that a noun phrase written as a name is part of in the article, as tokens {@code [from,
         * to)}, or null when none is longer: "Ferrada" is "Camila Ferrada" when the article says so once, "Sharmin"
         * "Cyclone Sharmin". Around one of the phrase's occurrences, the name takes in the next words that may extend
         * it ({@link #extendsName}) in the same sentence with no punctuation between, up to {@value #MAX_WORDS}
         * content words and none of a phrase already taken; the earliest longest one wins.
         */
        private int[] name(Phrase p, boolean[] used) {
            int len = p.words.length;
            int at = p.at[p.best];
            if (!capitalised(at) || !writtenAsName(at + len - 1)) {
                return null;
            }
            int content = content(p.words);
            int[] best = null;
            for (int k = 0; k < p.count; k++) {
                int t = p.at[k];
                int s = sentenceOf[t];
                int first = aw.sentenceStart[s];
                int last = aw.sentenceStart[s + 1];
                int a = t;
                int b = t + len;
                int words = content;
                while (words < MAX_WORDS && b < last && !possessive(aw.tokenWord[b - 1]) && extendsName(b)
                        && !punctuationBefore(b)) {
                    b++;
                    words++;
                }
                while (words < MAX_WORDS && a > first && extendsName(a - 1) && !punctuationBefore(a)
                        && !possessive(aw.tokenWord[a - 1])) {
                    a--;
                    words++;
                }
                if (b - a > len && (best == null || b - a > best[1] - best[0])
                        && !overlaps(tokenBase, a, t, used) && !overlaps(tokenBase, t + len, b, used)) {
                    best = new int[] {a, b};
                }
            }
            return best;
        }

        /**
         * Token {@code t} may extend a name: a capitalised content word, no quantity, office ({@link #TITLES}),
         * {@link #GENERIC} noun or common word opening its sentence ({@link #commonOpening}).
         */
        private boolean extendsName(int t) {
            int w = aw.tokenWord[t];
            return kind[w] == CONTENT && !strip[w] && capitalised(t) && !title(t) && !commonOpening(t)
                    && !GENERIC.contains(aw.chars,
                    aw.wordOffset[w], aw.wordLength[w], aw.wordHash[w]);
        }

        /**
         * Whether a noun phrase can come out of the run whatever the tags: it holds a content word that is no quantity
         * or function word, and if only one, that word is no {@link #GENERIC} noun and has at least 3 characters.
         */
        private boolean mayHoldPhrase(Phrase run) {
            int candidates = 0;
            int last = -1;
            for (int w : run.words) {
                if (kind[w] == CONTENT && !strip[w]) {
                    candidates++;
                    last = w;
                }
            }
            return candidates > 1 || candidates == 1 && !tooPlain(last);
        }

        /** A single word that is no key phrase: shorter than 3 characters or a {@link #GENERIC} noun. */
        private boolean tooPlain(int w) {
            return aw.wordLength[w] < 3 || GENERIC.contains(aw.chars, aw.wordOffset[w], aw.wordLength[w],
                    aw.wordHash[w]);
        }

        private int content(int[] words) {
            int n = 0;
            for (int w : words) {
                n += kind[w] == CONTENT ? 1 : 0;
            }
            return n;
        }

        /** Cuts the sentences into runs; counts the words; records each run (by its words) and where it occurs. */
        private void findRuns() {
            int occurrences = 1;
            for (int s = 0; s < aw.sentences(); s++) {
                int from = aw.sentenceStart[s];
                int to = aw.sentenceStart[s + 1];
                int runStart = -1;
                int linkEnd = -1;
                for (int t = from; t < to; t++) {
                    sentenceOf[t] = s;
                    int w = aw.tokenWord[t];
                    if (kind[w] == UNKNOWN) {
                        classify(w, t);
                    }
                    int b = base[w];
                    tokenBase[t] = b;
                    lowerSeen[b] |= !capitalised(t);
                    nameSeen[b] |= t > from && capitalised(t);
                    if (runStart >= 0 && punctuationBefore(t)) {
                        occurrences = close(runStart, t, occurrences);
                        runStart = -1;
                    }
                    byte k = kind[w];
                    if (k == LINK && (t < linkEnd || runStart >= 0 && capitalised(t - 1)
                            && (linkEnd = nameLinkEnd(t, to)) > t)) {
                        continue; // inside a name: Vale do Sado, Paseo de la Reforma
                    }
                    if (k != CONTENT) {
                        if (runStart >= 0) {
                            occurrences = close(runStart, t, occurrences);
                            runStart = -1;
                        }
                        continue;
                    }
                    freq[b]++;
                    if (runStart < 0) {
                        runStart = t;
                    }
                    if (possessive(w)) {
                        occurrences = close(runStart, t + 1, occurrences);
                        runStart = -1;
                    }
                }
                if (runStart >= 0) {
                    occurrences = close(runStart, to, occurrences);
                }
            }
        }

        /**
         * Where the name links (at most two, in lower case) starting at token {@code t} end when a capitalised content
         * word follows them without punctuation; else -1.
         */
        private int nameLinkEnd(int t, int to) {
            int k = t;
            while (k < to && k - t < 2 && kindOf(k) == LINK && !capitalised(k) && !punctuationBefore(k)) {
                k++;
            }
            return k > t && k < to && !punctuationBefore(k) && capitalised(k) && kindOf(k) == CONTENT ? k : -1;
        }

        private byte kindOf(int t) {
            int w = aw.tokenWord[t];
            if (kind[w] == UNKNOWN) {
                classify(w, t);
            }
            return kind[w];
        }

        /** Sets the kind and base of word {@code w}, met at token {@code t}. */
        private void classify(int w, int t) {
            base[w] = w;
            int off = aw.wordOffset[w];
            int len = aw.wordLength[w];
            if (possessive(w)) {
                int b = aw.idOf(body, aw.tokenStart[t], aw.tokenEnd[t] - 2);
                if (b >= 0 && b != w) {
                    if (kind[b] == UNKNOWN) {
                        classify(b, t);
                    }
                    base[w] = b;
                    kind[w] = kind[b] == CONTENT ? CONTENT : BREAKS; // "today's" breaks as "today" does
                    strip[w] = strip[b];
                    return;
                }
            }
            if (NAME_LINKS.contains(aw.chars, off, len, aw.wordHash[w])) {
                kind[w] = LINK;
            } else if (aw.stop[w]) {
                kind[w] = BREAKS;
            } else if (PHRASE_BREAKERS.contains(aw.chars, off, len, aw.wordHash[w]) || !hasLetter(w)) {
                kind[w] = BREAKS;
            } else {
                kind[w] = CONTENT;
                strip[w] = StopWords.isQuantity(aw.chars, off, len, aw.wordHash[w])
                        || StopWords.isClassifierStopword(aw.chars, off, len)
                        || WIRE_ABBREVIATIONS.contains(aw.chars, off, len, aw.wordHash[w]);
            }
        }

        /** Records the run of tokens {@code [from, to)}; returns the next occurrence number. */
        private int close(int from, int to, int occurrences) {
            int len = to - from;
            if (scratch.length < len) {
                scratch = new int[Math.max(len, scratch.length * 2)];
            }
            for (int t = from; t < to; t++) {
                scratch[t - from] = tokenBase[t];
                occurrence[t] = occurrences;
            }
            int number = runIndex.get(scratch, 0, len);
            Phrase run;
            if (number < 0) {
                runIndex.add(scratch, 0, len);
                run = new Phrase(Arrays.copyOf(scratch, len), from, to);
                runs.add(run);
            } else {
                run = runs.get(number);
            }
            run.count++;
            return occurrences + 1;
        }

        /**
         * RAKE's score: the mean frequency of the content words (a headline word counts two more), times one plus
         * half of the repetitions, times the square root of the number of content words.
         */
        private double score(int[] words, int count) {
            double sum = 0;
            int content = 0;
            for (int w : words) {
                if (kind[w] == CONTENT) {
                    sum += freq[w] + (aw.inTitle[w] ? 2 : 0);
                    content++;
                }
            }
            return sum / content * (1 + 0.5 * (count - 1)) * Math.sqrt(content);
        }

        /** Tags the tokens {@code [from, to)} of one sentence, and {@value #LEFT_CONTEXT} before them. */
        private void tag(int from, int to) {
            int s = sentenceOf[from];
            if (taggerTags[s] == null) {
                taggerTokens(s);
            }
            PosTagger.Token[] tokens = taggerTokens[s];
            int[] tags = taggerTags[s];
            int[] index = taggerIndex[s];
            int first = aw.sentenceStart[s];
            int a = Math.max(0, index[from - first] - LEFT_CONTEXT);
            int b = index[to - 1 - first] + 1;
            int[] start = taggerStart[s];
            int[] end = taggerEnd[s];
            for (int i = Math.max(0, a - 2), n = Math.min(tokens.length, b + 2); i < n; i++) {
                if (tokens[i] == null) {
                    tokens[i] = PosTagger.token(body, start[i], end[i]);
                }
            }
            tagged += PosTagger.tag(tokens, tags, a, b);
            for (int t = from; t < to; t++) {
                byte c = PosTagger.classOf(tags[index[t - first]]);
                tagClass[t] = nameCase[t] && c != PosTagger.ADJ && c != PosTagger.NUM ? PosTagger.PROPN : c;
            }
        }

        /**
         * The tokens of sentence {@code s} for the tagger, as ranges of the body: its words in their original case (an
         * abbreviation with its final dot) and each punctuation mark between them (a repeated mark, such as
         * {@code --}, as one token). The tagger's tokens themselves are looked up when a window needs them.
         */
        private void taggerTokens(int s) {
            int from = aw.sentenceStart[s];
            int to = aw.sentenceStart[s + 1];
            ranges = 0;
            int[] index = new int[to - from];
            int at = aw.spanStart[s];
            for (int t = from; t < to; t++) {
                punctuation(at, aw.tokenStart[t]);
                index[t - from] = ranges;
                int end = wordEnd(t);
                range(aw.tokenStart[t], end);
                nameCase[t] = capitalised(t) && (t > from && !opensClause(rangeEnd[ranges - 2] - 1) || allCaps(t));
                at = end;
            }
            punctuation(at, aw.spanEnd[s]);
            int[] tags = new int[ranges];
            Arrays.fill(tags, -1);
            taggerTokens[s] = new PosTagger.Token[ranges];
            taggerStart[s] = Arrays.copyOf(rangeStart, ranges);
            taggerEnd[s] = Arrays.copyOf(rangeEnd, ranges);
            taggerTags[s] = tags;
            taggerIndex[s] = index;
        }

        /**
         * The tagger token ending at {@code last} (inclusive) is one after which a capitalised word may start a clause
         * or a quotation rather than be a name: a colon, a semicolon, a quotation mark, a bracket or a dash.
         */
        private boolean opensClause(int last) {
            return last >= 0 && ":;\"“‘'([—–-…".indexOf(body.charAt(last)) >= 0;
        }

        private void range(int start, int end) {
            if (ranges == rangeStart.length) {
                rangeStart = Arrays.copyOf(rangeStart, 2 * ranges);
                rangeEnd = Arrays.copyOf(rangeEnd, 2 * ranges);
            }
            rangeStart[ranges] = start;
            rangeEnd[ranges] = end;
            ranges++;
        }

        private void punctuation(int from, int to) {
            int i = from;
            while (i < to) {
                char c = body.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < to && body.charAt(i) == c) {
                    i++;
                }
                range(start, i);
            }
        }

        /**
         * The noun phrases of the tagged run {@code [from, to)}: maximal stretches of nouns, proper nouns and
         * adjectives that are no quantity or function word, ending at a noun or proper noun. A capitalised word after
         * a lower-case one starts a phrase of its own ("iron ore producer" | "Coolgardie Resources"); a name link
         * joins two proper nouns, and the phrase then ends with the name ("Vale do Sado" | "coach").
         */
        private void nounPhrases(int from, int to) {
            int t = from;
            while (t < to) {
                if (!nominal(t)) {
                    t++;
                    continue;
                }
                int start = t++;
                boolean name = false;
                while (t < to) {
                    int linked = linksNames(t, start, to);
                    if (linked > 0) {
                        name = true;
                        t = linked + 1; // the proper noun after the links
                    } else if (!nominal(t) || name && tagClass[t] != PosTagger.PROPN
                            || nameCase[t] && !capitalised(t - 1) && letters(t) > 1) {
                        break;
                    } else {
                        t++;
                    }
                }
                phrase(start, t);
            }
        }

        /** An adjective, noun or proper noun that is no quantity or function word. */
        private boolean nominal(int t) {
            byte c = tagClass[t];
            int w = aw.tokenWord[t];
            return kind[w] == CONTENT && !strip[w]
                    && (c == PosTagger.NOUN || c == PosTagger.PROPN || c == PosTagger.ADJ);
        }

        /**
         * Where the name links starting at token {@code t}, in the stretch from {@code start}, end when they join two
         * proper nouns (the token before and the one after them), the first written as a name (capitalised inside the
         * sentence, or after another proper noun: not "Shares of Neurovance" opening a sentence); else -1.
         */
        private int linksNames(int t, int start, int to) {
            if (t <= start || kind[aw.tokenWord[t]] != LINK || tagClass[t - 1] != PosTagger.PROPN
                    || !nameCase[t - 1] && (t - 1 == start || tagClass[t - 2] != PosTagger.PROPN)) {
                return -1;
            }
            int k = t;
            while (k < to && k - t < 2 && kind[aw.tokenWord[k]] == LINK) {
                k++;
            }
            return k < to && tagClass[k] == PosTagger.PROPN ? k : -1;
        }

        private int letters(int t) {
            int n = 0;
            for (int i = aw.tokenStart[t]; i < aw.tokenEnd[t]; i++) {
                n += Character.isLetter(body.charAt(i)) ? 1 : 0;
            }
            return n;
        }

        /** Trims the stretch of tokens {@code [a, b)} to end at a noun or proper noun and records it. */
        private void phrase(int a, int b) {
            while (b > a && (kind[aw.tokenWord[b - 1]] != CONTENT
                    || (tagClass[b - 1] != PosTagger.NOUN && tagClass[b - 1] != PosTagger.PROPN))) {
                b--;
            }
            int content = 0;
            for (int t = a; t < b; t++) {
                content += kind[aw.tokenWord[t]] == CONTENT ? 1 : 0;
            }
            if (content > MAX_WORDS) {
                for (int t = a + 1; t < b; t++) { // too long: a name and the nouns after it, each on its own
                    if (tagClass[t - 1] == PosTagger.PROPN && tagClass[t] != PosTagger.PROPN
                            && kind[aw.tokenWord[t]] == CONTENT) {
                        phrase(a, t);
                        phrase(t, b);
                        return;
                    }
                }
                return;
            }
            if (content == 0) {
                return;
            }
            if (content == 1 && tooPlain(tokenBase[a])) {
                return;
            }
            int len = b - a;
            if (scratch.length < len) {
                scratch = new int[Math.max(len, scratch.length * 2)];
            }
            for (int t = a; t < b; t++) {
                scratch[t - a] = tokenBase[t];
            }
            if (phraseIndex.get(scratch, 0, len) < 0) {
                phraseIndex.add(scratch, 0, len);
                phrases.add(new Phrase(Arrays.copyOf(scratch, len), -1, -1));
            }
        }

        /** Finds the occurrences of the noun phrases inside runs, in one pass over the tokens. */
        private void locate() {
            int[] head = new int[aw.words]; // per first word: 1 + the first phrase starting with it; then next[]
            int[] next = new int[phrases.size()];
            for (int i = phrases.size() - 1; i >= 0; i--) {
                int w = phrases.get(i).words[0];
                next[i] = head[w];
                head[w] = i + 1;
                phrases.get(i).at = new int[4];
            }
            for (int t = 0, n = aw.tokens(); t < n; t++) {
                if (occurrence[t] == 0) {
                    continue;
                }
                for (int i = head[tokenBase[t]]; i > 0; i = next[i - 1]) {
                    Phrase p = phrases.get(i - 1);
                    int len = p.words.length;
                    if (t + len > n || occurrence[t + len - 1] != occurrence[t]) {
                        continue;
                    }
                    boolean match = true;
                    for (int k = 1; k < len && match; k++) {
                        match = tokenBase[t + k] == p.words[k];
                    }
                    if (match) {
                        if (p.count == 0) {
                            p.first = aw.tokenStart[t];
                        }
                        if (p.count == p.at.length) {
                            p.at = Arrays.copyOf(p.at, p.count * 2);
                        }
                        p.at[p.count++] = t;
                    }
                }
            }
        }

        /**
         * The occurrences of {@code p} that are not part of a longer noun phrase occurring more than once (as the
         * C-value of Frantzi, Ananiadou and Mima 2000 discounts nested terms), at least 1: "Korea" inside a recurring
         * "North Korea" counts for "North Korea" only.
         */
        private int independent(Phrase p) {
            int len = p.words.length;
            int n = 0;
            for (int k = 0; k < p.count; k++) {
                int t = p.at[k];
                boolean nested = false;
                for (int i = 0; i < phrases.size() && !nested; i++) {
                    Phrase q = phrases.get(i);
                    if (q.count < 2 || q.words.length <= len) {
                        continue;
                    }
                    for (int j = 0; j < q.count && !nested; j++) {
                        nested = q.at[j] <= t && t + len <= q.at[j] + q.words.length;
                    }
                }
                n += nested ? 0 : 1;
            }
            return Math.max(1, n);
        }

        /**
         * The phrase as written in the article: its most frequent spelling (ties: the first), where an occurrence at
         * the start of a sentence or in capitals (a dateline's "WARSAW") counts half, so that "bank" beats a
         * sentence's opening "Bank" and "Warsaw" beats "WARSAW", while a phrase always written so keeps it. Returns
         * the number of an occurrence written so.
         */
        private int spelling(Phrase p) {
            int len = p.words.length;
            int best = 0;
            int bestVotes = 0;
            for (int k = 0; k < p.count; k++) {
                boolean seen = false;
                for (int j = 0; j < k && !seen; j++) {
                    seen = sameSpelling(p.at[k], p.at[j], len);
                }
                if (seen) {
                    continue; // counted at its first occurrence
                }
                int votes = 0;
                for (int j = k; j < p.count; j++) {
                    if (sameSpelling(p.at[k], p.at[j], len)) {
                        votes += plain(p.at[j]) ? 2 : 1;
                    }
                }
                if (votes > bestVotes) {
                    best = k;
                    bestVotes = votes;
                }
            }
            return best;
        }

        /** Token {@code t} is written as inside a sentence: not the sentence's first word, not in capitals. */
        private boolean plain(int t) {
            return t != aw.sentenceStart[sentenceOf[t]] && !allCaps(t);
        }

        private boolean sameSpelling(int t, int u, int len) {
            for (int i = 0; i < len; i++) {
                int a = aw.tokenStart[t + i];
                int b = aw.tokenStart[u + i];
                int n = aw.tokenEnd[t + i] - a;
                if (n != aw.tokenEnd[u + i] - b || !body.regionMatches(a, body, b, n)) {
                    return false;
                }
            }
            return true;
        }

        /** Where a phrase ending at token {@code t} ends: before a possessive's 's, after an abbreviation's dot. */
        private int phraseEnd(int t) {
            return possessive(aw.tokenWord[t]) ? aw.tokenEnd[t] - 2 : wordEnd(t);
        }

        /** The end of token {@code t}, with the final dot of an abbreviation such as U.S. */
        private int wordEnd(int t) {
            int start = aw.tokenStart[t];
            int end = aw.tokenEnd[t];
            if (end < body.length() && body.charAt(end) == '.' && body.lastIndexOf('.', end - 1) >= start) {
                return end + 1;
            }
            return end;
        }

        /** Token {@code t - 1}, of the same sentence, and token {@code t} have punctuation between them. */
        private boolean punctuationBefore(int t) {
            for (int i = aw.tokenEnd[t - 1]; i < aw.tokenStart[t]; i++) {
                if (!Character.isWhitespace(body.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /** Token {@code t} has at least two letters, all capitals (an acronym, a dateline's city). */
        private boolean allCaps(int t) {
            int letters = 0;
            for (int i = aw.tokenStart[t]; i < aw.tokenEnd[t]; i++) {
                char c = body.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters += Character.isLetter(c) ? 1 : 0;
            }
            return letters > 1;
        }

        private boolean capitalised(int t) {
            return Character.isUpperCase(body.charAt(aw.tokenStart[t]));
        }

        /** The word ends in {@code 's} (the tokenizer keeps the apostrophe inside a word, typographic ones as '). */
        private boolean possessive(int w) {
            int len = aw.wordLength[w];
            int end = aw.wordOffset[w] + len;
            return len > 2 && aw.chars[end - 1] == 's' && aw.chars[end - 2] == '\'';
        }

        private boolean hasLetter(int w) {
            for (int i = aw.wordOffset[w], end = i + aw.wordLength[w]; i < end; i++) {
                if (Character.isLetter(aw.chars[i])) {
                    return true;
                }
            }
            return false;
        }

        private String text(int start, int end) {
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
    }

    /** A binary heap of phrase numbers, best phrase on top (see {@link #better}). */
    static final class PhraseHeap {
        private final List<Phrase> phrases;
        private final int[] heap;
        private int size;

        PhraseHeap(List<Phrase> phrases) {
            this.phrases = phrases;
            this.size = phrases.size();
            this.heap = new int[size];
            for (int i = 0; i < size; i++) {
                heap[i] = i;
            }
            for (int i = size / 2 - 1; i >= 0; i--) {
                siftDown(i);
            }
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** Removes and returns the best phrase's number. */
        int poll() {
            int top = heap[0];
            heap[0] = heap[--size];
            siftDown(0);
            return top;
        }

        private void siftDown(int i) {
            int x = heap[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && better(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!better(heap[child], x)) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = x;
        }

        /** Phrase {@code a} comes first: higher score, then earlier occurrence, then created first. */
        private boolean better(int a, int b) {
            Phrase pa = phrases.get(a);
            Phrase pb = phrases.get(b);
            if (pa.score != pb.score) {
                return Double.compare(pb.score, pa.score) < 0;
            }
            if (pa.first != pb.first) {
                return pa.first < pb.first;
            }
            return a < b;
        }
    }
}
