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
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.newsdesk.classify.features.FeatureEncoder;
import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.classify.features.NgramExtractor;
import org.newsdesk.classify.features.SparseVector;
import org.newsdesk.classify.features.Vocabulary;
import org.newsdesk.core.Article;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;
import org.newsdesk.text.AnalysisSettings;
import org.newsdesk.text.TermAnalyzer;

/**
 * A trained topic classifier: text analysis, TF-IDF features over a frozen vocabulary, and a DL4J network, plus the
 * rule that turns probabilities into topics. Single-label: the most probable label. Multi-label: every label whose
 * probability reaches its threshold, most probable first, at most {@code maxTopics}; the most probable label when
 * none does.
 *
 * <p>Thread-safe: predictions are serialised, as a DL4J network is not safe for concurrent use.
 */
public final class TopicClassifier {

    private final List<String> labels;
    private final boolean multiLabel;
    private final double[] thresholds;
    private final int maxTopics;
    private final AnalysisSettings analysisSettings;
    private final FeatureSettings featureSettings;
    private final Vocabulary vocabulary;
    private final MultiLayerNetwork network;
    private final TermAnalyzer analyzer;
    private final NgramExtractor extractor;
    private final FeatureEncoder encoder;

    TopicClassifier(List<String> labels, boolean multiLabel, double[] thresholds, int maxTopics,
                    AnalysisSettings analysisSettings, FeatureSettings featureSettings, Vocabulary vocabulary,
                    MultiLayerNetwork network) {
        if (labels.size() != thresholds.length) {
            throw new IllegalArgumentException(labels.size() + " labels but " + thresholds.length + " thresholds");
        }
        long outputs = network.layerSize(network.getnLayers() - 1);
        long inputs = network.layerInputSize(0);
        if (outputs != labels.size() || inputs != vocabulary.size()) {
            throw new IllegalArgumentException("network shape " + inputs + " -> " + outputs + " does not match "
                    + vocabulary.size() + " features -> " + labels.size() + " labels");
        }
        this.labels = List.copyOf(labels);
        this.multiLabel = multiLabel;
        this.thresholds = thresholds.clone();
        this.maxTopics = maxTopics;
        this.analysisSettings = analysisSettings;
        this.featureSettings = featureSettings;
        this.vocabulary = vocabulary;
        this.network = network;
        this.analyzer = new TermAnalyzer(analysisSettings);
        this.extractor = new NgramExtractor(analyzer, featureSettings.maxNgram());
        this.encoder = new FeatureEncoder(vocabulary, featureSettings.sublinearTf());
    }

    /**
     * Rebuilds a classifier from its saved parts.
     *
     * @param networkZip a network written by {@link #writeNetwork(OutputStream)}
     * @throws IOException              if the network cannot be read
     * @throws IllegalArgumentException if the parts do not fit together (shape, label and threshold counts)
     */
    public static TopicClassifier restore(List<String> labels, boolean multiLabel, double[] thresholds, int maxTopics,
                                          AnalysisSettings analysisSettings, FeatureSettings featureSettings,
                                          Vocabulary vocabulary, InputStream networkZip) throws IOException {
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(networkZip, false);
        return new TopicClassifier(labels, multiLabel, thresholds, maxTopics, analysisSettings, featureSettings,
                vocabulary, net);
    }

    /** Writes the network as DL4J's zip (configuration and coefficients, no updater state). */
    public void writeNetwork(OutputStream out) throws IOException {
        synchronized (network) {
            ModelSerializer.writeModel(network, out, false);
        }
    }

    /** Labels in the order of the network's outputs. */
    public List<String> labels() {
        return labels;
    }

    /** True when each label has an independent probability. */
    public boolean multiLabel() {
        return multiLabel;
    }

    /** A copy of the per-label thresholds (used by multi-label models). */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Most topics a multi-label prediction assigns. */
    public int maxTopics() {
        return maxTopics;
    }

    /** Text-analysis settings the features are built with. */
    public AnalysisSettings analysisSettings() {
        return analysisSettings;
    }

    /** Feature settings. */
    public FeatureSettings featureSettings() {
        return featureSettings;
    }

    /** The frozen vocabulary. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Number of trainable parameters of the network. */
    public long parameterCount() {
        return network.numParams();
    }

    /** Classifies articles in one batch; an article none of whose terms the model knows gets an error outcome. */
    public List<ClassifyOutcome> classify(List<Article> articles) {
        List<SparseVector> vectors = new ArrayList<>(articles.size());
        for (Article a : articles) {
            vectors.add(encoder.encode(extractor.features(a)));
        }
        float[][] probs = probabilities(vectors);
        List<ClassifyOutcome> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            if (vectors.get(i).nonZeros() == 0) {
                out.add(new ClassifyOutcome(null, "no word of the article is in the model's vocabulary of "
                        + vocabulary.size() + " features; cannot classify it"));
            } else {
                out.add(new ClassifyOutcome(decide(probs[i]), null));
            }
        }
        return out;
    }

    /** Probabilities for each article (rows) and label (columns, in {@link #labels()} order). */
    public float[][] probabilities(List<SparseVector> vectors) {
        if (vectors.isEmpty()) {
            return new float[0][];
        }
        INDArray output;
        synchronized (network) {
            output = network.output(encoder.batch(vectors), false);
        }
        return output.castTo(DataType.FLOAT).toFloatMatrix();
    }

    /** Turns one article's probabilities into a prediction. */
    public TopicPrediction decide(float[] probabilities) {
        return decide(labels, multiLabel, thresholds, maxTopics, probabilities);
    }

    /** The decision rule of the class comment, for the given labels, thresholds and probabilities. */
    static TopicPrediction decide(List<String> labels, boolean multiLabel, double[] thresholds, int maxTopics,
                                  float[] probabilities) {
        List<TopicScore> scores = new ArrayList<>(labels.size());
        for (int j = 0; j < labels.size(); j++) {
            scores.add(new TopicScore(labels.get(j), Math.min(1.0, Math.max(0.0, probabilities[j]))));
        }
        List<TopicScore> ranked = scores.stream()
                .sorted(Comparator.comparingDouble(TopicScore::probability).reversed()
                        .thenComparing(TopicScore::label))
                .toList();
        List<String> topics = new ArrayList<>();
        if (multiLabel) {
            for (TopicScore s : ranked) {
                if (topics.size() < maxTopics && s.probability() >= thresholds[labels.indexOf(s.label())]) {
                    topics.add(s.label());
                }
            }
        }
        if (topics.isEmpty()) {
            topics.add(ranked.get(0).label());
        }
        return new TopicPrediction(scores, topics);
    }

    /**
     * A SHA-256 fingerprint of everything that decides predictions: labels, thresholds, settings, vocabulary and the
     * network's parameters. Equal fingerprints mean equal predictions.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, String.join("\u0000", labels));
            update(sha, multiLabel + "|" + maxTopics + "|" + analysisSettings + "|" + featureSettings);
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
            float[] params;
            synchronized (network) {
                params = network.params().castTo(DataType.FLOAT).toFloatVector();
            }
            ByteBuffer p = ByteBuffer.allocate(4 * params.length).order(ByteOrder.LITTLE_ENDIAN);
            for (float f : params) {
                p.putFloat(f);
            }
            sha.update(p.array());
            update(sha, network.getLayerWiseConfigurations().toJson());
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
