package org.newsdesk.summarize;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence scorer learned from reference summaries: logistic regression over the standardised
 * {@link SentenceFeatures} of a sentence, predicting whether it belongs to the reference summary (in the spirit of
 * Kupiec, Pedersen and Chen 1995, "A Trainable Document Summarizer", SIGIR, with centrality as one more feature).
 * The score is the predicted log-odds. Saved as JSON ({@link #toJson()}), e.g. as {@code summarizer.json} in a model
 * directory. Immutable and thread-safe.
 */
public final class SupervisedScorer implements SentenceScorer {

    /** The {@code format} field of the JSON form. */
    public static final String FORMAT = "newsdesk-summarizer";
    /** The JSON form's version this build writes (it reads 1 too: a version-1 file has no lead prior). */
    public static final int VERSION = 2;
    private static final int INVERSE_POSITION = SentenceFeatures.NAMES.indexOf("inverse_position");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double bias;
    private final int articles;
    private final int sentences;
    private final int summarySentences;
    private final double leadPrior;

    /**
     * A scorer with the given parameters (one entry per {@link SentenceFeatures#NAMES} feature).
     *
     * @param mean      feature means subtracted before weighting
     * @param scale     feature standard deviations divided by before weighting (each > 0)
     * @param weights   weights of the standardised features
     * @param bias      intercept
     * @param articles  training articles (for information)
     * @param sentences training sentences (for information)
     */
    public SupervisedScorer(double[] mean, double[] scale, double[] weights, double bias, int articles, int sentences) {
        this(mean, scale, weights, bias, articles, sentences, Integer.MAX_VALUE);
    }

    /**
     * A scorer whose order is meant for summaries of {@code summarySentences} sentences (the typical length of the
     * reference summaries it learned from; {@link Integer#MAX_VALUE}: any length).
     */
    public SupervisedScorer(double[] mean, double[] scale, double[] weights, double bias, int articles, int sentences,
                            int summarySentences) {
        this(mean, scale, weights, bias, articles, sentences, summarySentences, 0);
    }

    /**
     * A scorer that adds a lead prior of {@code leadPrior / (position + 1)} to the learned log-odds of the sentence at
     * candidate position {@code position} (0: none), see {@link SupervisedTrainer#LEAD_PRIOR}.
     */
    public SupervisedScorer(double[] mean, double[] scale, double[] weights, double bias, int articles, int sentences,
                            int summarySentences, double leadPrior) {
        if (!(leadPrior >= 0) || Double.isInfinite(leadPrior)) {
            throw new IllegalArgumentException("lead prior must be a finite number >= 0: " + leadPrior);
        }
        this.leadPrior = leadPrior;
        if (summarySentences < 1) {
            throw new IllegalArgumentException("summary sentences must be at least 1: " + summarySentences);
        }
        this.summarySentences = summarySentences;
        int k = SentenceFeatures.NAMES.size();
        if (mean.length != k || scale.length != k || weights.length != k) {
            throw new IllegalArgumentException("a summarizer needs " + k + " means, scales and weights");
        }
        for (int j = 0; j < k; j++) {
            if (!(scale[j] > 0) || !Double.isFinite(mean[j]) || !Double.isFinite(weights[j]) || !Double.isFinite(scale[j])) {
                throw new IllegalArgumentException("bad parameters for feature " + SentenceFeatures.NAMES.get(j));
            }
        }
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias is not a finite number");
        }
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
        this.bias = bias;
        this.articles = articles;
        this.sentences = sentences;
    }

    @Override
    public double[] score(SentenceFeatures f) {
        double[] s = new double[f.size()];
        for (int i = 0; i < s.length; i++) {
            double z = bias;
            for (int j = 0; j < weights.length; j++) {
                z += weights[j] * (f.feature(i, j) - mean[j]) / scale[j];
            }
            s[i] = z + leadPrior * f.feature(i, INVERSE_POSITION);
        }
        return s;
    }

    @Override
    public int summarySentences() {
        return summarySentences;
    }

    @Override
    public String name() {
        return "supervised";
    }

    /** Weight of each standardised feature, in {@link SentenceFeatures#NAMES} order. */
    public double[] weights() {
        return weights.clone();
    }

    /** The lead prior added to the learned log-odds, divided by position + 1 (0: none). */
    public double leadPrior() {
        return leadPrior;
    }

    /** Articles the scorer was trained on. */
    public int articles() {
        return articles;
    }

    /** Sentences the scorer was trained on. */
    public int sentences() {
        return sentences;
    }

    /** The scorer as JSON text. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("model", "logistic-regression");
        ArrayNode names = root.putArray("features");
        SentenceFeatures.NAMES.forEach(names::add);
        array(root.putArray("mean"), mean);
        array(root.putArray("scale"), scale);
        array(root.putArray("weights"), weights);
        root.put("bias", bias);
        root.put("leadPrior", leadPrior);
        root.put("trainingArticles", articles);
        root.put("trainingSentences", sentences);
        if (summarySentences != Integer.MAX_VALUE) {
            root.put("summarySentences", summarySentences);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write summarizer JSON", e);
        }
    }

    /**
     * Reads the JSON form.
     *
     * @throws IllegalArgumentException naming the reason if the text is not a summarizer of this version or its
     *                                  features differ from this build's
     */
    public static SupervisedScorer fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a Newsdesk summarizer (format must be '" + FORMAT + "')");
        }
        int version = root.path("version").asInt(-1);
        if (version != 1 && version != VERSION) {
            throw new IllegalArgumentException("summarizer version " + root.path("version").asText("?")
                    + "; this Newsdesk reads version " + VERSION + " (retrain the model)");
        }
        List<String> names = new ArrayList<>();
        root.path("features").forEach(n -> names.add(n.asText()));
        int k = SentenceFeatures.NAMES.size();
        if (names.size() > k || !names.equals(SentenceFeatures.NAMES.subList(0, names.size()))) {
            throw new IllegalArgumentException("summarizer features " + names + " differ from this build's "
                    + SentenceFeatures.NAMES + " (retrain the model)");
        }
        if (!root.path("bias").isNumber()) {
            throw new IllegalArgumentException("summarizer has no numeric 'bias'");
        }
        double[] mean = numbers(root, "mean");
        double[] scale = numbers(root, "scale");
        double[] weights = numbers(root, "weights");
        if (mean.length != names.size() || scale.length != names.size() || weights.length != names.size()) {
            throw new IllegalArgumentException("summarizer has " + names.size() + " features but " + mean.length
                    + " means, " + scale.length + " scales and " + weights.length + " weights");
        }
        // A file written before the later features existed: they get weight 0, so it scores as it always did.
        mean = java.util.Arrays.copyOf(mean, k);
        weights = java.util.Arrays.copyOf(weights, k);
        int known = scale.length;
        scale = java.util.Arrays.copyOf(scale, k);
        java.util.Arrays.fill(scale, known, k, 1.0);
        JsonNode length = root.path("summarySentences");
        return new SupervisedScorer(mean, scale, weights, root.path("bias").asDouble(),
                root.path("trainingArticles").asInt(0), root.path("trainingSentences").asInt(0),
                length.isInt() && length.asInt() >= 1 ? length.asInt() : Integer.MAX_VALUE,
                version == 1 ? 0 : root.path("leadPrior").asDouble(0));
    }

    private static void array(ArrayNode node, double[] values) {
        for (double v : values) {
            node.add(v);
        }
    }

    private static double[] numbers(JsonNode root, String field) {
        JsonNode a = root.path(field);
        if (!a.isArray()) {
            throw new IllegalArgumentException("summarizer has no '" + field + "' array");
        }
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isNumber()) {
                throw new IllegalArgumentException("summarizer '" + field + "' entry " + i + " is not a number");
            }
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}
