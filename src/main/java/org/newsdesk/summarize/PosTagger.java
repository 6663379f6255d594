package org.newsdesk.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Universal Dependencies part-of-speech tags from Apache OpenNLP's English maximum-entropy tagger
 * ({@code opennlp-models-pos-en} 1.3.0, trained on the English Web Treebank), for {@link KeyPhrases}.
 *
 * <p>The model is read from the class path once, on first use, and shared read-only by all threads; each thread has
 * its own cache of token features and its own buffers, so no {@code POSTaggerME} (which is not thread-safe) is needed.
 *
 * <p><b>Decoding.</b> Greedy, left to right, each token's tag conditioned on the two before it, instead of
 * {@code POSTaggerME}'s beam of 3. On the 229,110 tokens of the seeds and the starter corpus both give the same tags
 * (OpenNLP caches a token's features, previous tags included, once for all hypotheses of its beam, so its beam search
 * follows the greedy path). Greedy decoding also lets a caller tag only some tokens of a sentence while the features
 * still see the whole sentence: the tags of the tokens before are used when known.
 *
 * <p><b>Features.</b> This model's features (its {@code generator.featuregen}: a prior, prefixes and suffixes of up to
 * 4 characters, the lower-cased word and the two words either side, sentence start, word class and word, the two
 * previous tags) are computed here rather than by OpenNLP's generic feature generators, which build about 18 strings
 * and several lists per token and look each string up: 3 to 6 µs a token on this machine, so the 65 tokens an article
 * needs would cost several times the rest of the summary. Here the features that depend on a token's text alone are
 * summed once per distinct text (found in a table of the model's feature names by hash and characters, without
 * making strings) and kept per thread; a token then costs a few additions of weight vectors (about 0.5 µs). The
 * feature names and weights are the model's; the word class and the lower case are computed as OpenNLP's
 * {@link FeatureGeneratorUtil#tokenFeature} and {@link StringUtil#toLowerCase} do (by them, outside ASCII or with
 * surrogates). {@code PosTaggerTest} checks that the tags equal those of OpenNLP's own context generator and model
 * evaluation with the same decoding ({@link #tagWithOpenNlp}) on every sentence of the seeds and the starter corpus,
 * and the word classes and lower case on those tokens and 20,000 random ones.
 */
final class PosTagger {

    /** The model file inside {@code opennlp-models-pos-en-1.3.0.jar}. */
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** Coarse classes of the tags, what {@link KeyPhrases} needs of them. */
    static final byte OTHER = 0;
    static final byte NOUN = 1;
    static final byte PROPN = 2;
    static final byte ADJ = 3;
    static final byte NUM = 4;

    /** Distinct token texts whose features a thread keeps; the cache is emptied when it is full. */
    private static final int CACHE_SIZE = 16_384;

    /** The shared model, read on first use. */
    private static final class Model {
        static final POSModel POS;
        static final MaxentModel MAXENT;
        static final Map<String, Context> FEATURES;
        static final Features TABLE;
        static final int OUTCOMES;
        /** Per outcome: its coarse class. */
        static final byte[] CLASS;
        static final int PROPER_NOUN;
        /** Per outcome {@code k}: the feature {@code t=k}; per pair: {@code t2=j,k}. */
        static final Context[] PREVIOUS;
        static final Context[][] PREVIOUS_TWO;
        /** The sentence-start features of the first three tokens. */
        static final Context[] BEGIN;

        static {
            try (InputStream in = PosTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("part-of-speech model " + MODEL_RESOURCE
                            + " is not on the class path (org.apache.opennlp:opennlp-models-pos-en)");
                }
                POS = new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read part-of-speech model " + MODEL_RESOURCE, e);
            }
            MAXENT = POS.getArtifact("pos.model");
            @SuppressWarnings("unchecked")
            Map<String, Context> features = (Map<String, Context>) ((AbstractModel) MAXENT).getDataStructures()[1];
            FEATURES = features;
            TABLE = new Features(features);
            OUTCOMES = MAXENT.getNumOutcomes();
            CLASS = new byte[OUTCOMES];
            PREVIOUS = new Context[OUTCOMES];
            PREVIOUS_TWO = new Context[OUTCOMES][OUTCOMES];
            for (int k = 0; k < OUTCOMES; k++) {
                CLASS[k] = classOf(MAXENT.getOutcome(k));
                PREVIOUS[k] = FEATURES.get("t=" + MAXENT.getOutcome(k));
                for (int j = 0; j < OUTCOMES; j++) {
                    PREVIOUS_TWO[j][k] = FEATURES.get("t2=" + MAXENT.getOutcome(j) + "," + MAXENT.getOutcome(k));
                }
            }
            PROPER_NOUN = MAXENT.getIndex("PROPN");
            BEGIN = new Context[] {FEATURES.get("S=begin"), FEATURES.get("p1S=begin"), FEATURES.get("p2S=begin")};
        }
    }

    /**
     * The model's features by name, found from a prefix, a range of characters and a suffix without making a string:
     * open addressing over the names' {@code String} hash codes, at most half full.
     */
    static final class Features {
        private final String[] names;
        private final Context[] values;
        private final int[] hashes;
        private final int mask;

        Features(Map<String, Context> features) {
            int capacity = Integer.highestOneBit(Math.max(1, features.size()) * 4 - 1);
            names = new String[capacity];
            values = new Context[capacity];
            hashes = new int[capacity];
            mask = capacity - 1;
            for (Map.Entry<String, Context> e : features.entrySet()) {
                int h = e.getKey().hashCode();
                int slot = mix(h) & mask;
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = e.getKey();
                values[slot] = e.getValue();
                hashes[slot] = h;
            }
        }

        /** The feature {@code prefix + chars[from, to) + suffix}, or null when the model has none. */
        Context get(String prefix, char[] chars, int from, int to, String suffix) {
            int h = 0;
            for (int i = 0; i < prefix.length(); i++) {
                h = 31 * h + prefix.charAt(i);
            }
            for (int i = from; i < to; i++) {
                h = 31 * h + chars[i];
            }
            for (int i = 0; i < suffix.length(); i++) {
                h = 31 * h + suffix.charAt(i);
            }
            int length = prefix.length() + to - from + suffix.length();
            for (int slot = mix(h) & mask; names[slot] != null; slot = (slot + 1) & mask) {
                String name = names[slot];
                if (hashes[slot] == h && name.length() == length && name.startsWith(prefix)
                        && same(name, prefix.length(), chars, from, to) && name.endsWith(suffix)) {
                    return values[slot];
                }
            }
            return null;
        }

        private static boolean same(String name, int at, char[] chars, int from, int to) {
            for (int i = from; i < to; i++) {
                if (name.charAt(at + i - from) != chars[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The features of one token text: the weights of those of its own, and those it gives its neighbours. */
    static final class Token {
        /** The text, and its {@code String} hash code. */
        final char[] chars;
        final int hash;
        /** Summed weights per outcome of def, suf=, pre=, w=, wc= and w&c=. */
        final double[] own;
        /** The features p1w=, p2w=, n1w= and n2w= of this text (null when the model has none). */
        final Context before1;
        final Context before2;
        final Context after1;
        final Context after2;

        Token(char[] chars) {
            this.chars = chars;
            int h = 0;
            for (char c : chars) {
                h = 31 * h + c;
            }
            hash = h;
            Features f = Model.TABLE;
            int n = chars.length;
            char[] lower = lowerCase(chars);
            String wordClass = wordClass(chars);
            own = new double[Model.OUTCOMES];
            add(own, f.get("def", chars, 0, 0, ""));
            int affixes = Math.min(4, n);
            for (int i = 0; i < affixes; i++) {
                add(own, f.get("suf=", chars, n - i - 1, n, ""));
            }
            for (int i = 0; i < affixes; i++) {
                add(own, f.get("pre=", chars, 0, i + 1, ""));
            }
            add(own, f.get("w=", lower, 0, lower.length, ""));
            add(own, f.get("wc=", lower, 0, 0, wordClass));
            add(own, f.get("w&c=", lower, 0, lower.length, "," + wordClass));
            before1 = f.get("p1w=", lower, 0, lower.length, "");
            before2 = f.get("p2w=", lower, 0, lower.length, "");
            after1 = f.get("n1w=", lower, 0, lower.length, "");
            after2 = f.get("n2w=", lower, 0, lower.length, "");
        }
    }

    /**
     * {@link StringUtil#toLowerCase}, which lower-cases code point by code point: for text without surrogates, the
     * same as lower-casing each {@code char}.
     */
    static char[] lowerCase(char[] chars) {
        char[] out = new char[chars.length];
        for (int i = 0; i < chars.length; i++) {
            if (Character.isSurrogate(chars[i])) {
                return StringUtil.toLowerCase(new String(chars)).toCharArray();
            }
            out[i] = Character.toLowerCase(chars[i]);
        }
        return out;
    }

    /**
     * {@link FeatureGeneratorUtil#tokenFeature}, the word class ("lc" lower case, "ic" initial capital, "2d" two
     * digits ...), computed here for ASCII text and by OpenNLP otherwise.
     */
    static String wordClass(char[] w) {
        int digits = 0;
        boolean letters = false;
        boolean allLower = true;
        boolean allUpper = true;
        boolean hyphen = false;
        boolean slash = false;
        boolean comma = false;
        boolean period = false;
        for (char c : w) {
            if (c >= 128) {
                return FeatureGeneratorUtil.tokenFeature(new String(w));
            }
            if (c >= 'a' && c <= 'z') {
                letters = true;
                allUpper = false;
            } else if (c >= 'A' && c <= 'Z') {
                letters = true;
                allLower = false;
            } else {
                allLower = false;
                allUpper = false;
                digits += c >= '0' && c <= '9' ? 1 : 0;
                hyphen |= c == '-';
                slash |= c == '/';
                comma |= c == ',';
                period |= c == '.';
            }
        }
        if (allLower) {
            return "lc";
        } else if (digits == 2) {
            return "2d";
        } else if (digits == 4) {
            return "4d";
        } else if (digits > 0) {
            return letters ? "an" : hyphen ? "dd" : slash ? "ds" : comma ? "dc" : period ? "dp" : "num";
        } else if (allUpper) {
            return w.length == 1 ? "sc" : "ac";
        } else if (w.length == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.') {
            return "cp";
        }
        return w[0] >= 'A' && w[0] <= 'Z' ? "ic" : "other";
    }

    /**
     * One thread's token cache and sums. The cache is an open-addressing table of the tokens by their text, looked
     * up by a range of a text (no string is made for a token met before), emptied when it holds
     * {@value #CACHE_SIZE} tokens.
     */
    private static final class Decoder {
        final Token[] table = new Token[2 * CACHE_SIZE];
        int size;
        final double[] sums = new double[Model.OUTCOMES];

        Token token(String text, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            int mask = table.length - 1;
            int slot = mix(h) & mask;
            for (Token t = table[slot]; t != null; t = table[slot]) {
                if (t.hash == h && t.chars.length == end - start && same(t.chars, text, start)) {
                    return t;
                }
                slot = (slot + 1) & mask;
            }
            if (size == CACHE_SIZE) {
                Arrays.fill(table, null);
                size = 0;
                slot = mix(h) & mask;
            }
            char[] chars = new char[end - start];
            text.getChars(start, end, chars, 0);
            Token t = new Token(chars);
            table[slot] = t;
            size++;
            return t;
        }

        private static boolean same(char[] chars, String text, int start) {
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] != text.charAt(start + i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static final ThreadLocal<Decoder> DECODERS = ThreadLocal.withInitial(Decoder::new);

    private PosTagger() {
    }

    /**
     * The tokens of a sentence, ready to tag.
     *
     * @param texts one word or punctuation mark each, in the original case
     */
    static Token[] tokens(String[] texts) {
        Decoder d = DECODERS.get();
        Token[] out = new Token[texts.length];
        for (int i = 0; i < texts.length; i++) {
            out[i] = d.token(texts[i], 0, texts[i].length());
        }
        return out;
    }

    /** The token {@code text[start, end)} (from this thread's cache). */
    static Token token(String text, int start, int end) {
        return DECODERS.get().token(text, start, end);
    }

    /** The outcome number of the tag PROPN. */
    static int properNoun() {
        return Model.PROPER_NOUN;
    }

    /** The UD tag of outcome {@code tag}. */
    static String name(int tag) {
        return Model.MAXENT.getOutcome(tag);
    }

    /** The coarse class of outcome {@code tag}. */
    static byte classOf(int tag) {
        return Model.CLASS[tag];
    }

    /**
     * Tags {@code tokens[from, to)} left to right where {@code tags} has none yet (-1); a tag already there is kept
     * and serves as context. Of the other tokens, only those up to two before {@code from} and two after
     * {@code to} are read (and must not be null).
     *
     * @param tags the outcome numbers ({@link #name}), as long as {@code tokens}
     * @return the number of tokens tagged
     */
    static int tag(Token[] tokens, int[] tags, int from, int to) {
        double[] sums = DECODERS.get().sums;
        int tagged = 0;
        for (int i = from; i < to; i++) {
            if (tags[i] >= 0) {
                continue;
            }
            System.arraycopy(tokens[i].own, 0, sums, 0, sums.length);
            if (i >= 1) {
                add(sums, tokens[i - 1].before1);
            }
            if (i >= 2) {
                add(sums, tokens[i - 2].before2);
            }
            if (i + 1 < tokens.length) {
                add(sums, tokens[i + 1].after1);
            }
            if (i + 2 < tokens.length) {
                add(sums, tokens[i + 2].after2);
            }
            if (i < 3) {
                add(sums, Model.BEGIN[i]);
            }
            if (i >= 1 && tags[i - 1] >= 0) {
                add(sums, Model.PREVIOUS[tags[i - 1]]);
                if (i >= 2 && tags[i - 2] >= 0) {
                    add(sums, Model.PREVIOUS_TWO[tags[i - 2]][tags[i - 1]]);
                }
            }
            int best = 0;
            for (int k = 1; k < sums.length; k++) {
                if (sums[k] > sums[best]) {
                    best = k;
                }
            }
            tags[i] = best;
            tagged++;
        }
        return tagged;
    }

    /**
     * {@link #tag} through OpenNLP's own context generator and model evaluation (about 4 µs a token): the reference
     * {@link #tag} is tested against.
     *
     * @param tags the UD tags, null where unknown; tags {@code [from, to)} where null
     */
    static void tagWithOpenNlp(String[] tokens, String[] tags, int from, int to) {
        POSContextGenerator contexts = Model.POS.getFactory().getPOSContextGenerator();
        MaxentModel model = Model.MAXENT;
        for (int i = from; i < to; i++) {
            if (tags[i] != null) {
                continue;
            }
            double[] p = model.eval(contexts.getContext(i, tokens, tags, null));
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            tags[i] = model.getOutcome(best);
        }
    }

    /** {@code POSTaggerME}, beam of 3, for comparison in tests. */
    static String[] tagWithBeamSearch(String[] tokens) {
        return new opennlp.tools.postag.POSTaggerME(Model.POS).tag(tokens);
    }

    private static void add(double[] sums, Context c) {
        if (c == null) {
            return;
        }
        int[] outcomes = c.getOutcomes();
        double[] parameters = c.getParameters();
        for (int j = 0; j < outcomes.length; j++) {
            sums[outcomes[j]] += parameters[j];
        }
    }

    /**
     * The coarse class of a UD tag: the noun, proper noun, adjective and number tags, anything else as
     * {@link #OTHER}. A token the treebank splits (UD multi-word tokens such as {@code Korea's}, tagged
     * {@code PROPN+PART}) takes the class of its first part.
     */
    static byte classOf(String tag) {
        int plus = tag.indexOf('+');
        String first = plus < 0 ? tag : tag.substring(0, plus);
        return switch (first) {
            case "NOUN" -> NOUN;
            case "PROPN" -> PROPN;
            case "ADJ" -> ADJ;
            case "NUM" -> NUM;
            default -> OTHER;
        };
    }
}
