package org.newsdesk.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.newsdesk.classify.features.FeatureEncoder;
import org.newsdesk.classify.features.NgramExtractor;
import org.newsdesk.classify.features.SparseVector;
import org.newsdesk.classify.features.Vocabulary;
import org.newsdesk.classify.features.VocabularyBuilder;
import org.newsdesk.classify.network.NetworkFactory;
import org.newsdesk.core.Article;
import org.newsdesk.core.Progress;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.text.TermAnalyzer;

/**
 * Trains a {@link TopicClassifier} from labelled articles. Holds settings, no data; reusable.
 *
 * <p>Labels are sorted alphabetically to fix the output order. If any article has several labels the model is
 * multi-label. The articles are first cross-validated (stratified k-fold, {@link TrainerSettings#validationFolds()}):
 * each fold is predicted by a model trained on the others, those out-of-fold predictions measure the model and, for
 * multi-label data, set each label's threshold to the value that maximises that label's F1 over all articles. The
 * returned classifier is then trained on all articles with the same settings, and keeps those thresholds. The same
 * articles in the same order with the same settings give the same model.
 */
public final class TopicTrainer {

    private final TrainerSettings settings;

    /** A trainer with the given settings. */
    public TopicTrainer(TrainerSettings settings) {
        this.settings = settings;
    }

    /** The trainer's settings. */
    public TrainerSettings settings() {
        return settings;
    }

    /**
     * Trains a classifier.
     *
     * @throws InsufficientTrainingDataException if there are no articles, an article has no label, or fewer than two
     *                                           labels occur
     */
    public TrainingResult train(List<Article> articles, Progress progress) {
        if (articles.isEmpty()) {
            throw new InsufficientTrainingDataException("no training articles");
        }
        Set<String> labelSet = new TreeSet<>();
        boolean multiLabel = false;
        for (Article a : articles) {
            if (a.labels().isEmpty()) {
                throw new InsufficientTrainingDataException("training article " + a.id() + " has no label");
            }
            labelSet.addAll(a.labels());
            multiLabel |= new LinkedHashSet<>(a.labels()).size() > 1;
        }
        if (labelSet.size() < 2) {
            throw new InsufficientTrainingDataException("training needs at least two labels; found only " + labelSet);
        }
        List<String> labels = List.copyOf(labelSet);
        Map<String, Integer> counts = new LinkedHashMap<>();
        labels.forEach(l -> counts.put(l, 0));
        articles.forEach(a -> new LinkedHashSet<>(a.labels()).forEach(l -> counts.merge(l, 1, Integer::sum)));

        List<List<String>> features = new ArrayList<>(articles.size());
        try (TermAnalyzer analyzer = new TermAnalyzer(settings.analysis())) {
            NgramExtractor extractor = new NgramExtractor(analyzer, settings.features().maxNgram());
            for (Article a : articles) {
                features.add(extractor.features(a));
            }
        }
        int epochs = settings.network().epochs();
        int k = settings.validationFolds();
        boolean validate = k >= 2 && articles.size() >= 2L * k;
        long totalEpochs = (validate ? k + 1L : 1L) * epochs;
        double[] thresholds = new double[labels.size()];
        java.util.Arrays.fill(thresholds, 0.5);
        List<Set<String>> gold = new ArrayList<>();
        List<Set<String>> predicted = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (validate) {
            float[][] outOfFold = new float[articles.size()][];
            int[] fold = Folds.assign(articles, k, settings.network().seed());
            for (int f = 0; f < k; f++) {
                List<Integer> fitPart = new ArrayList<>();
                List<Integer> held = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    (fold[i] == f ? held : fitPart).add(i);
                }
                TopicClassifier probe = fit(fitPart, articles, features, labels, multiLabel, thresholds, progress,
                        (long) f * epochs, totalEpochs);
                FeatureEncoder encoder = new FeatureEncoder(probe.vocabulary(), settings.features().sublinearTf());
                float[][] probs = probe.probabilities(held.stream().map(i -> encoder.encode(features.get(i))).toList());
                for (int j = 0; j < held.size(); j++) {
                    outOfFold[held.get(j)] = probs[j];
                }
            }
            if (multiLabel) {
                thresholds = tuneThresholds(labels, articles, outOfFold);
            }
            for (int i = 0; i < articles.size(); i++) {
                TopicPrediction p = decide(labels, multiLabel, thresholds, outOfFold[i]);
                gold.add(new LinkedHashSet<>(articles.get(i).labels()));
                predicted.add(new LinkedHashSet<>(p.topics()));
                ids.add(articles.get(i).id());
            }
        }
        List<Integer> all = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            all.add(i);
        }
        TopicClassifier finalModel = fit(all, articles, features, labels, multiLabel, thresholds, progress,
                validate ? (long) k * epochs : 0, totalEpochs);
        return new TrainingResult(finalModel, counts, gold, predicted, ids);
    }

    private TopicPrediction decide(List<String> labels, boolean multiLabel, double[] thresholds, float[] probs) {
        return TopicClassifier.decide(labels, multiLabel, thresholds, settings.maxTopics(), probs);
    }

    /**
     * Trains a network on the articles at {@code rows}, with a vocabulary built from their features only.
     *
     * @param features every article's n-gram features, analysed once by {@link #train}
     */
    private TopicClassifier fit(List<Integer> rows, List<Article> articles, List<List<String>> features,
                                List<String> labels, boolean multiLabel, double[] thresholds, Progress progress,
                                long epochOffset, long totalEpochs) {
        var config = settings.network();
        Nd4j.getRandom().setSeed(config.seed());
        VocabularyBuilder builder = new VocabularyBuilder();
        for (int row : rows) {
            builder.add(features.get(row));
        }
        Vocabulary vocabulary = builder.build(settings.features());
        FeatureEncoder encoder = new FeatureEncoder(vocabulary, settings.features().sublinearTf());
        List<SparseVector> vectors = new ArrayList<>(rows.size());
        List<boolean[]> targets = new ArrayList<>(rows.size());
        for (int row : rows) {
            vectors.add(encoder.encode(features.get(row)));
            boolean[] t = new boolean[labels.size()];
            for (String l : articles.get(row).labels()) {
                t[labels.indexOf(l)] = true;
            }
            targets.add(t);
        }
        MultiLayerNetwork net = NetworkFactory.build(vocabulary.size(), labels.size(), multiLabel, config);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            order.add(i);
        }
        Random random = new Random(config.seed());
        // One input matrix reused for every full batch: allocating a zeroed off-heap matrix per step cost more
        // than the step itself.
        INDArray input = Nd4j.zeros(DataType.FLOAT, config.batchSize(), vocabulary.size());
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int from = 0; from < order.size(); from += config.batchSize()) {
                List<Integer> batch = order.subList(from, Math.min(order.size(), from + config.batchSize()));
                List<SparseVector> x = new ArrayList<>(batch.size());
                List<boolean[]> y = new ArrayList<>(batch.size());
                for (int i : batch) {
                    x.add(vectors.get(i));
                    y.add(targets.get(i));
                }
                INDArray batchInput = x.size() == config.batchSize() ? encoder.fill(input, x) : encoder.batch(x);
                net.fit(new DataSet(batchInput, FeatureEncoder.targets(y, labels.size())));
            }
            progress.report(epochOffset + epoch + 1, totalEpochs,
                    String.format(java.util.Locale.ROOT, "epoch %d/%d, loss %.4f", epoch + 1, config.epochs(),
                            net.score()));
        }
        return new TopicClassifier(labels, multiLabel, thresholds, settings.maxTopics(), settings.analysis(),
                settings.features(), vocabulary, net);
    }

    /** Per label, the threshold in [0.05, 0.95] that maximises F1 on the given predictions (0.5 without positives). */
    static double[] tuneThresholds(List<String> labels, List<Article> validation, float[][] probs) {
        double[] out = new double[labels.size()];
        for (int j = 0; j < labels.size(); j++) {
            String label = labels.get(j);
            int positives = 0;
            for (Article a : validation) {
                positives += a.labels().contains(label) ? 1 : 0;
            }
            if (positives == 0) {
                out[j] = 0.5;
                continue;
            }
            double best = -1;
            double bestT = 0.5;
            for (int step = 2; step <= 38; step++) {
                double t = step / 40.0;
                int tp = 0;
                int fp = 0;
                for (int i = 0; i < validation.size(); i++) {
                    boolean pred = probs[i][j] >= t;
                    boolean gold = validation.get(i).labels().contains(label);
                    tp += pred && gold ? 1 : 0;
                    fp += pred && !gold ? 1 : 0;
                }
                double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
                if (f1 > best + 1e-12 || (Math.abs(f1 - best) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(bestT - 0.5))) {
                    best = f1;
                    bestT = t;
                }
            }
            out[j] = bestT;
        }
        return out;
    }
}
