package org.newsdesk.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.newsdesk.classify.features.ArticleVectorizer;
import org.newsdesk.classify.features.FeatureEncoder;
import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.classify.features.SparseVector;
import org.newsdesk.classify.features.Vocabulary;
import org.newsdesk.classify.network.NetworkConfig;
import org.newsdesk.classify.network.NetworkFactory;
import org.newsdesk.core.Article;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;
import org.newsdesk.text.AnalysisSettings;
import org.newsdesk.text.TermAnalyzer;

/**
 * A trained topic classifier: text analysis, TF-IDF features over a frozen vocabulary, a DL4J network, a calibration
 * temperature ({@link Calibration}), per-label thresholds and the {@link DecisionRule} that turns calibrated
 * probabilities into topics. Single-label models output a softmax, multi-label models one sigmoid per label.
 *
 * <p>Prediction runs the network's forward pass on the sparse feature vectors in plain Java ({@link SparseNetwork}),
 * from the DL4J network's weights: far cheaper per article than a dense batch through ND4J, with the same result.
 * Each assigned topic is explained by the article's words and word pairs that pushed its logit up the most
 * (gradient &times; input; for the default linear network exactly the feature's weight times its TF-IDF value).
 *
 * <p>Immutable and thread-safe.
 */
public final class TopicClassifier {

    /** Phrases given per assigned topic as its explanation. */
    public static final int EXPLANATION_SIZE = 5;
    /** First bytes of a network file written by {@link #writeNetwork}. */
    static final byte[] MAGIC = "NDTOPNET".getBytes(StandardCharsets.US_ASCII);
    /** Version of the network file layout. */
    static final int NETWORK_FILE_VERSION = 1;
    private static final int HEADER_BYTES = MAGIC.length + 4 * 4 + 8;

    private final List<String> labels;
    private final boolean multiLabel;
    private final double[] thresholds;
    private final DecisionRule rule;
    private final double temperature;
    private final AnalysisSettings analysisSettings;
    private final FeatureSettings featureSettings;
    private final NetworkConfig networkConfig;
    private final Vocabulary vocabulary;
    private final Weights weights;
    private final SparseNetwork sparse;
    private final FeatureEncoder encoder;
    private final ArticleVectorizer vectorizer;
    private final Explainer explainer;

    TopicClassifier(List<String> labels, boolean multiLabel, double[] thresholds, DecisionRule rule,
                    double temperature, AnalysisSettings analysisSettings, FeatureSettings featureSettings,
                    NetworkConfig networkConfig, Vocabulary vocabulary, MultiLayerNetwork network) {
        this(labels, multiLabel, thresholds, rule, temperature, analysisSettings, featureSettings, networkConfig,
                vocabulary, new Weights(network), SparseNetwork.of(network));
    }

    private TopicClassifier(List<String> labels, boolean multiLabel, double[] thresholds, DecisionRule rule,
                            double temperature, AnalysisSettings analysisSettings, FeatureSettings featureSettings,
                            NetworkConfig networkConfig, Vocabulary vocabulary, Weights weights,
                            SparseNetwork sparse) {
        if (labels.size() != thresholds.length) {
            throw new IllegalArgumentException(labels.size() + " labels but " + thresholds.length + " thresholds");
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
        for (double t : thresholds) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("threshold out of [0,1]: " + t);
            }
        }
        long outputs = sparse.outputs();
        long inputs = sparse.inputs();
        if (outputs != labels.size() || inputs != vocabulary.size()) {
            throw new IllegalArgumentException("network shape " + inputs + " -> " + outputs + " does not match "
                    + vocabulary.size() + " features -> " + labels.size() + " labels");
        }
        this.labels = List.copyOf(labels);
        this.multiLabel = multiLabel;
        this.thresholds = thresholds.clone();
        this.rule = rule;
        this.temperature = temperature;
        this.analysisSettings = analysisSettings;
        this.featureSettings = featureSettings;
        this.networkConfig = networkConfig;
        this.vocabulary = vocabulary;
        this.weights = weights;
        this.sparse = sparse;
        TermAnalyzer analyzer = new TermAnalyzer(analysisSettings);
        this.encoder = new FeatureEncoder(vocabulary, featureSettings.sublinearTf());
        this.vectorizer = new ArticleVectorizer(analyzer, featureSettings.maxNgram(), encoder, vocabulary);
        this.explainer = new Explainer(this.labels, sparse, temperature, analysisSettings, analyzer, vocabulary);
    }

    /** {@code base} with another rule, sharing everything built from its weights and vocabulary. */
    private TopicClassifier(TopicClassifier base, DecisionRule rule) {
        this.labels = base.labels;
        this.multiLabel = base.multiLabel;
        this.thresholds = base.thresholds;
        this.rule = rule;
        this.temperature = base.temperature;
        this.analysisSettings = base.analysisSettings;
        this.featureSettings = base.featureSettings;
        this.networkConfig = base.networkConfig;
        this.vocabulary = base.vocabulary;
        this.weights = base.weights;
        this.sparse = base.sparse;
        this.encoder = base.encoder;
        this.vectorizer = base.vectorizer;
        this.explainer = base.explainer;
    }

    /**
     * Rebuilds a classifier from its saved parts. The network's parameters are read from {@code networkFile}, a file
     * written by {@link #writeNetwork}: a fixed header (magic, version, inputs, hidden units, outputs, parameter
     * count) and the raw little-endian float parameters. No Java deserialization and no archive is involved; every
     * size is checked against the other parts before anything is allocated. Predictions use the parameters directly
     * ({@link SparseNetwork#fromParams}): ND4J is not started; the DL4J network is rebuilt from {@code networkConfig}
     * by {@link NetworkFactory} only if its own output is asked for.
     *
     * @throws IOException              if the network file cannot be read
     * @throws IllegalArgumentException if the parts do not fit together (shape, counts, file length)
     */
    public static TopicClassifier restore(List<String> labels, boolean multiLabel, double[] thresholds,
                                          int maxTopics, double temperature, AnalysisSettings analysisSettings,
                                          FeatureSettings featureSettings, NetworkConfig networkConfig,
                                          Vocabulary vocabulary, InputStream networkFile) throws IOException {
        byte[] header = networkFile.readNBytes(HEADER_BYTES);
        if (header.length < HEADER_BYTES) {
            throw new IllegalArgumentException("network file is truncated (" + header.length + " header bytes)");
        }
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[MAGIC.length];
        h.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IllegalArgumentException("not a Newsdesk network file (bad magic)");
        }
        int version = h.getInt();
        if (version != NETWORK_FILE_VERSION) {
            throw new IllegalArgumentException("network file version " + version + " is unknown");
        }
        int inputs = h.getInt();
        int hidden = h.getInt();
        int outputs = h.getInt();
        long count = h.getLong();
        if (inputs != vocabulary.size() || outputs != labels.size() || hidden != networkConfig.hiddenUnits()) {
            throw new IllegalArgumentException("network file shape " + inputs + " -> " + hidden + " -> " + outputs
                    + " does not match " + vocabulary.size() + " features, " + networkConfig.hiddenUnits()
                    + " hidden units, " + labels.size() + " labels");
        }
        long expected = parameterCount(inputs, hidden, outputs);
        if (count != expected || count > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("network file holds " + count + " parameters; the network has "
                    + expected);
        }
        byte[] body = networkFile.readNBytes(Math.toIntExact(4 * count));
        if (body.length != 4 * count) {
            throw new IllegalArgumentException("network file is truncated: " + body.length + " of " + (4 * count)
                    + " parameter bytes");
        }
        if (networkFile.read() != -1) {
            throw new IllegalArgumentException("network file has bytes after its parameters");
        }
        float[] params = new float[(int) count];
        ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(params);
        for (float f : params) {
            if (!Float.isFinite(f)) {
                throw new IllegalArgumentException("network file holds a non-finite parameter");
            }
        }
        return new TopicClassifier(labels, multiLabel, thresholds, DecisionRule.upTo(maxTopics), temperature,
                analysisSettings, featureSettings, networkConfig, vocabulary,
                new Weights(params, inputs, outputs, multiLabel, networkConfig),
                SparseNetwork.fromParams(params, inputs, hidden, outputs));
    }

    /** Parameters of a topic network with these sizes (weights and biases of one or two layers). */
    public static long parameterCount(long inputs, long hidden, long outputs) {
        if (inputs < 1 || hidden < 0 || outputs < 1) {
            throw new IllegalArgumentException("bad network shape " + inputs + " -> " + hidden + " -> " + outputs);
        }
        return hidden == 0 ? inputs * outputs + outputs : inputs * hidden + hidden + hidden * outputs + outputs;
    }

    /** The byte length of the network file of a network with that many parameters. */
    public static long networkFileLength(long parameters) {
        return HEADER_BYTES + 4 * parameters;
    }

    /** Writes the network's parameters in the format {@link #restore} reads. */
    public void writeNetwork(OutputStream out) throws IOException {
        float[] params = parameters();
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put(MAGIC).putInt(NETWORK_FILE_VERSION).putInt(vocabulary.size()).putInt(networkConfig.hiddenUnits())
                .putInt(labels.size()).putLong(params.length);
        out.write(h.array());
        ByteBuffer b = ByteBuffer.allocate(4 * params.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(params);
        out.write(b.array());
    }

    private float[] parameters() {
        return weights.parameters();
    }

    /**
     * The network's parameters and, built on first use, the DL4J network. A classifier read from a file predicts
     * with {@link SparseNetwork} alone, so loading it for {@code run} does not start ND4J; the network is only
     * rebuilt (by {@link NetworkFactory}, then given the parameters) when DL4J's own output is asked for.
     * Thread-safe.
     */
    private static final class Weights {
        /** The parameters read from a file, or null when the weights come from a trained network. */
        private final float[] params;
        private final int inputs;
        private final int outputs;
        private final boolean multiLabel;
        private final NetworkConfig config;
        /** Guarded by {@code this}. */
        private MultiLayerNetwork network;

        Weights(MultiLayerNetwork network) {
            this.params = null;
            this.inputs = 0;
            this.outputs = 0;
            this.multiLabel = false;
            this.config = null;
            this.network = network;
        }

        Weights(float[] params, int inputs, int outputs, boolean multiLabel, NetworkConfig config) {
            this.params = params;
            this.inputs = inputs;
            this.outputs = outputs;
            this.multiLabel = multiLabel;
            this.config = config;
        }

        synchronized MultiLayerNetwork network() {
            if (network == null) {
                Backend.start();
                Nd4j.getRandom().setSeed(config.seed());
                MultiLayerNetwork net = NetworkFactory.build(inputs, outputs, multiLabel, config);
                if (net.numParams() != params.length) {
                    throw new IllegalArgumentException("network has " + net.numParams() + " parameters, file "
                            + params.length);
                }
                net.setParams(Nd4j.create(params, new long[] {1, params.length}, DataType.FLOAT));
                network = net;
            }
            return network;
        }

        float[] parameters() {
            if (params != null) {
                return params.clone();
            }
            synchronized (this) {
                return network.params().castTo(DataType.FLOAT).toFloatVector();
            }
        }

        long count() {
            if (params != null) {
                return params.length;
            }
            synchronized (this) {
                return network.numParams();
            }
        }
    }

    /** The same model with another decision rule (run-time options). */
    public TopicClassifier withRule(DecisionRule newRule) {
        return new TopicClassifier(this, newRule);
    }

    /** Labels in the order of the network's outputs. */
    public List<String> labels() {
        return labels;
    }

    /** True when each label has an independent probability. */
    public boolean multiLabel() {
        return multiLabel;
    }

    /** A copy of the per-label thresholds on calibrated probabilities. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Most topics a prediction assigns under this classifier's rule. */
    public int maxTopics() {
        return rule.maxLabels();
    }

    /** The rule that turns probabilities into topics. */
    public DecisionRule rule() {
        return rule;
    }

    /** The calibration temperature logits are divided by. */
    public double temperature() {
        return temperature;
    }

    /** Text-analysis settings the features are built with. */
    public AnalysisSettings analysisSettings() {
        return analysisSettings;
    }

    /** Feature settings. */
    public FeatureSettings featureSettings() {
        return featureSettings;
    }

    /** Network settings the network was built with. */
    public NetworkConfig networkConfig() {
        return networkConfig;
    }

    /** The frozen vocabulary. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Number of trainable parameters of the network. */
    public long parameterCount() {
        return weights.count();
    }

    /**
     * Classifies articles; an article none of whose terms the model knows gets an error outcome. Each assigned topic
     * comes with up to {@link #EXPLANATION_SIZE} phrases of the article that pushed hardest toward it.
     */
    public List<ClassifyOutcome> classify(List<Article> articles) {
        List<ClassifyOutcome> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            SparseVector x = vectorizer.encode(a);
            if (x.nonZeros() == 0) {
                out.add(new ClassifyOutcome(null, "no word of the article is in the model's vocabulary of "
                        + vocabulary.size() + " features; cannot classify it"));
                continue;
            }
            float[] probs = Calibration.probabilities(sparse.logits(x), temperature, multiLabel);
            TopicPrediction bare = decide(probs);
            out.add(new ClassifyOutcome(new TopicPrediction(bare.scores(), bare.topics(), explainer.explain(a, x, bare.topics())),
                    null));
        }
        return out;
    }

    /** Calibrated probabilities for each vector (rows) and label (columns, in {@link #labels()} order). */
    public float[][] probabilities(List<SparseVector> vectors) {
        float[][] out = new float[vectors.size()][];
        for (int i = 0; i < vectors.size(); i++) {
            out[i] = Calibration.probabilities(sparse.logits(vectors.get(i)), temperature, multiLabel);
        }
        return out;
    }

    /**
     * The DL4J network's own output for the vectors (a dense batch through ND4J, temperature 1): the reference the
     * Java forward pass of {@link #probabilities} is checked against.
     */
    float[][] dl4jProbabilities(List<SparseVector> vectors) {
        synchronized (weights) {
            return weights.network().output(encoder.batch(vectors), false).castTo(DataType.FLOAT).toFloatMatrix();
        }
    }

    /** Turns one article's calibrated probabilities into a prediction (without explanations). */
    public TopicPrediction decide(float[] probabilities) {
        return decide(labels, thresholds, rule, probabilities);
    }

    /** The rule of {@link DecisionRule} for the given labels, thresholds and probabilities. */
    static TopicPrediction decide(List<String> labels, double[] thresholds, DecisionRule rule, float[] probabilities) {
        List<TopicScore> scores = new ArrayList<>(labels.size());
        for (int j = 0; j < labels.size(); j++) {
            scores.add(new TopicScore(labels.get(j), Math.min(1.0, Math.max(0.0, probabilities[j]))));
        }
        Integer[] order = new Integer[labels.size()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> -scores.get(j).probability())
                .thenComparing(labels::get));
        boolean[] chosen = new boolean[labels.size()];
        int n = 0;
        for (int j : order) {
            double p = scores.get(j).probability();
            if (n < rule.maxLabels() && p >= thresholds[j] && (n == 0 || p >= rule.secondaryThreshold())) {
                chosen[j] = true;
                n++;
            }
        }
        for (int j : order) {
            if (n >= rule.minLabels()) {
                break;
            }
            if (!chosen[j]) {
                chosen[j] = true;
                n++;
            }
        }
        List<String> topics = new ArrayList<>(n);
        for (int j : order) {
            if (chosen[j]) {
                topics.add(labels.get(j));
            }
        }
        return new TopicPrediction(scores, topics);
    }

    /**
     * A SHA-256 fingerprint of everything that decides predictions: labels, thresholds, temperature, rule, settings,
     * vocabulary and the network's parameters. Equal fingerprints mean equal predictions.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, String.join("\u0000", labels));
            update(sha, multiLabel + "|" + rule.fingerprintText() + "|" + analysisSettings + "|" + featureSettings + "|"
                    + networkConfig.hiddenUnits() + "|" + Double.toString(temperature));
            ByteBuffer t = ByteBuffer.allocate(8 * thresholds.length).order(ByteOrder.LITTLE_ENDIAN);
            for (double d : thresholds) {
                t.putDouble(d);
            }
            sha.update(t.array());
            for (String term : vocabulary.terms()) {
                update(sha, term);
            }
            float[] idf = vocabulary.idfValues();
            ByteBuffer b = ByteBuffer.allocate(4 * idf.length).order(ByteOrder.LITTLE_ENDIAN);
            for (float f : idf) {
                b.putFloat(f);
            }
            sha.update(b.array());
            float[] params = parameters();
            ByteBuffer p = ByteBuffer.allocate(4 * params.length).order(ByteOrder.LITTLE_ENDIAN);
            p.asFloatBuffer().put(params);
            sha.update(p.array());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
