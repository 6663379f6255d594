package org.newsdesk.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.newsdesk.classify.eval.CalibrationReport;
import org.newsdesk.classify.features.FeatureEncoder;
import org.newsdesk.classify.features.NgramExtractor;
import org.newsdesk.classify.features.SparseVector;
import org.newsdesk.classify.features.Vocabulary;
import org.newsdesk.classify.features.VocabularyBuilder;
import org.newsdesk.classify.network.NetworkFactory;
import org.newsdesk.classify.network.SparseLinearTrainer;
import org.newsdesk.core.Article;
import org.newsdesk.core.Progress;
import org.newsdesk.core.StageTimer;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;
import org.newsdesk.text.TermAnalyzer;

/**
 * Trains a {@link TopicClassifier} from labelled articles. Holds settings, no data; reusable.
 *
 * <p>Labels are sorted alphabetically to fix the output order. If any article has several labels the model is
 * multi-label. One stratified, seeded validation slice ({@link TrainerSettings#validationFolds()}: one fold of k) is
 * set aside; the vocabulary and the network are learned from the other articles only. After every epoch the
 * validation loss is measured, and training stops when it has not improved for {@code patience} epochs (early
 * stopping; Prechelt, "Early Stopping - But When?", 1998); the weights of the best epoch are kept. On the same slice a
 * calibration temperature is fitted ({@link Calibration}) and then, for multi-label data, on the calibrated
 * probabilities each label's threshold is set to maximise its F1 (labels with fewer than {@link #MIN_POSITIVES} validation positives share one
 * threshold that maximises the F1 pooled over them: a threshold tuned on one or two examples is noise). Then, unless
 * {@link TrainerSettings#refit()} is off, the network is trained again from scratch on all articles (the slice
 * included) for the number of epochs early stopping chose, and keeps the slice model's temperature and thresholds. No
 * hyperparameter is ever chosen on anything but training articles. Single-label models keep thresholds of 0.5 (a
 * calibrated probability above 0.5 can only be the top label's), so by default they assign their top label. The same articles in the same order with the same
 * settings give the same model.
 */
public final class TopicTrainer {

    /** The lowest secondary-topic threshold training chooses. */
    static final double MIN_SECONDARY = 0.05;

    /** Validation positives a label needs for a threshold of its own. */
    static final int MIN_POSITIVES = 3;

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
        return train(articles, progress, new StageTimer());
    }

    /**
     * Trains a classifier, recording its stages (feature extraction, vocabulary, vectorizing, each network's epochs,
     * calibration, thresholds) in {@code timer}.
     *
     * @throws InsufficientTrainingDataException if there are no articles, an article has no label, or fewer than two
     *                                           labels occur
     */
    public TrainingResult train(List<Article> articles, Progress progress, StageTimer timer) {
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
        int originals = articles.size();
        int[] viewSource = new int[0];
        if (settings.leadViews()) {
            timer.start("lead views");
            LeadViews.Views views = LeadViews.of(articles);
            List<Article> all = new ArrayList<>(articles);
            all.addAll(views.articles());
            articles = all;
            viewSource = views.source();
        }
        boolean[][] gold = new boolean[articles.size()][labels.size()];
        for (int i = 0; i < articles.size(); i++) {
            for (String l : articles.get(i).labels()) {
                gold[i][labels.indexOf(l)] = true;
            }
        }

        timer.start("feature extraction");
        List<List<String>> features = extractFeatures(articles);
        int k = settings.validationFolds();
        boolean validate = k >= 2 && originals >= 2L * k;
        List<Integer> fitRows = new ArrayList<>();
        List<Integer> valRows = new ArrayList<>();
        if (validate) {
            // folds of the articles as given; a lead view goes where its article goes, so the validation slice never
            // holds a view of an article the networks were fitted on (and does hold short items)
            int[] fold = java.util.Arrays.copyOf(Folds.assign(articles.subList(0, originals), k,
                    settings.network().seed()), articles.size());
            for (int v = 0; v < viewSource.length; v++) {
                fold[originals + v] = fold[viewSource[v]];
            }
            for (int i = 0; i < articles.size(); i++) {
                (fold[i] == 0 ? valRows : fitRows).add(i);
            }
        } else {
            for (int i = 0; i < articles.size(); i++) {
                fitRows.add(i);
            }
        }
        int[] caps = new int[settings.ensemble()];
        java.util.Arrays.fill(caps, settings.network().epochs());
        Fit fit = fit(fitRows, valRows, features, gold, labels, multiLabel, progress, caps, timer, "");
        double temperature = 1.0;
        double[] thresholds = new double[labels.size()];
        java.util.Arrays.fill(thresholds, 0.5);
        DecisionRule rule = DecisionRule.upTo(multiLabel ? settings.maxTopics() : 1);
        List<Set<String>> valGold = new ArrayList<>();
        List<Set<String>> valPredicted = new ArrayList<>();
        List<String> valIds = new ArrayList<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        if (settings.leadViews()) {
            facts.put("leadViews", viewSource.length);
        }
        facts.put("validationArticles", valRows.size());
        facts.put("fitArticles", fitRows.size());
        facts.put("epochsRun", fit.epochsRun[0]);
        facts.put("bestEpoch", fit.bestEpoch[0]);
        if (fit.bestEpoch.length > 1) {
            facts.put("ensemble", fit.bestEpoch.length);
            facts.put("memberEpochsRun", java.util.Arrays.stream(fit.epochsRun).boxed().toList());
            facts.put("memberBestEpochs", java.util.Arrays.stream(fit.bestEpoch).boxed().toList());
        }
        if (validate) {
            timer.start("calibration");
            SparseNetwork net = SparseNetwork.of(fit.network);
            float[][] logits = new float[valRows.size()][];
            boolean[][] valTruth = new boolean[valRows.size()][];
            for (int j = 0; j < valRows.size(); j++) {
                logits[j] = net.logits(fit.encoder.encode(features.get(valRows.get(j))));
                valTruth[j] = gold[valRows.get(j)];
            }
            facts.put("validationLossUncalibrated", Calibration.nll(logits, valTruth, multiLabel, 1.0));
            temperature = Calibration.fitTemperature(logits, valTruth, multiLabel);
            facts.put("validationLossCalibrated", Calibration.nll(logits, valTruth, multiLabel, temperature));
            float[][] probs = new float[logits.length][];
            for (int j = 0; j < logits.length; j++) {
                probs[j] = Calibration.probabilities(logits[j], temperature, multiLabel);
            }
            timer.start("thresholds");
            if (multiLabel) {
                thresholds = tuneThresholds(valTruth, probs);
                double secondary = tuneSecondaryThreshold(labels, thresholds, rule, valTruth, probs);
                rule = rule.withSecondaryThreshold(secondary);
                facts.put("secondaryThreshold", secondary);
            }
            List<Double> confidence = new ArrayList<>();
            List<Boolean> correct = new ArrayList<>();
            for (int j = 0; j < valRows.size(); j++) {
                Article a = articles.get(valRows.get(j));
                TopicPrediction p = TopicClassifier.decide(labels, thresholds, rule, probs[j]);
                valIds.add(a.id());
                valGold.add(new LinkedHashSet<>(a.labels()));
                valPredicted.add(new LinkedHashSet<>(p.topics()));
                TopicScore top = p.top();
                confidence.add(top.probability());
                correct.add(a.labels().contains(top.label()));
            }
            facts.put("validationEce", CalibrationReport.compute(confidence, correct,
                    CalibrationReport.DEFAULT_BINS).ece());
        }
        facts.put("temperature", temperature);
        Fit last = fit;
        if (validate && settings.refit()) {
            // Retrain on every article, validation slice included, for the epochs early stopping chose; the slice
            // model's temperature and thresholds carry over.
            List<Integer> all = new ArrayList<>(articles.size());
            for (int i = 0; i < articles.size(); i++) {
                all.add(i);
            }
            last = fit(all, List.of(), features, gold, labels, multiLabel, progress, fit.bestEpoch, timer, "refit ");
            facts.put("refitArticles", all.size());
            facts.put("refitEpochs", fit.bestEpoch[0]);
        }
        timer.stop();
        TopicClassifier classifier = new TopicClassifier(labels, multiLabel, thresholds, rule, temperature,
                settings.analysis(), settings.features(), settings.network(), last.vocabulary, last.network);
        List<TrainingResult.History> history = new ArrayList<>(fit.history);
        if (last != fit) {
            for (TrainingResult.History h : last.history) {
                history.add(new TrainingResult.History(h.network() + ", refit on all articles", h.loss(),
                        h.validationLoss(), h.bestEpoch()));
            }
        }
        return new TrainingResult(classifier, counts, valGold, valPredicted, valIds, facts, history);
    }

    /**
     * Each article's features, in article order; contiguous slices of the articles are analysed on parallel threads,
     * each with its own analyzer (an analyzer is not thread-safe).
     */
    private List<List<String>> extractFeatures(List<Article> articles) {
        int n = articles.size();
        int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 200));
        @SuppressWarnings("unchecked")
        List<String>[] out = new List[n];
        java.util.stream.IntStream.range(0, slices).parallel().forEach(slice -> {
            try (TermAnalyzer analyzer = new TermAnalyzer(settings.analysis())) {
                NgramExtractor extractor = new NgramExtractor(analyzer, settings.features().maxNgram());
                for (int i = (int) ((long) n * slice / slices); i < (long) n * (slice + 1) / slices; i++) {
                    out[i] = extractor.features(articles.get(i));
                }
            }
        });
        return java.util.Arrays.asList(out);
    }

    /**
     * A trained network (the average of the ensemble's members) with its vocabulary and early-stopping facts: epochs
     * run and best epoch per member.
     */
    private record Fit(MultiLayerNetwork network, Vocabulary vocabulary, FeatureEncoder encoder, int[] epochsRun,
                       int[] bestEpoch, List<TrainingResult.History> history) {
    }

    /**
     * Trains {@link TrainerSettings#ensemble()} networks on the articles at {@code rows} with one vocabulary built
     * from their features only, member m with seed {@code seed + m} and at most {@code maxEpochs[m]} epochs, each
     * stopping early on the validation loss of {@code valRows} (all epochs when there are none), and averages their
     * parameters into one network.
     */
    private Fit fit(List<Integer> rows, List<Integer> valRows, List<List<String>> features, boolean[][] gold,
                    List<String> labels, boolean multiLabel, Progress progress, int[] maxEpochs, StageTimer timer,
                    String stagePrefix) {
        timer.start(stagePrefix + "vocabulary");
        VocabularyBuilder builder = new VocabularyBuilder();
        for (int row : rows) {
            builder.add(features.get(row));
        }
        Vocabulary vocabulary = builder.build(settings.features());
        FeatureEncoder encoder = new FeatureEncoder(vocabulary, settings.features().sublinearTf());
        timer.start(stagePrefix + "vectorizing");
        List<SparseVector> vectors = new ArrayList<>(rows.size());
        List<boolean[]> targets = new ArrayList<>(rows.size());
        for (int row : rows) {
            vectors.add(encoder.encode(features.get(row)));
            targets.add(gold[row]);
        }
        float[][] weights = sampleWeights(targets, labels.size(), multiLabel);
        List<SparseVector> valVectors = new ArrayList<>(valRows.size());
        boolean[][] valGold = new boolean[valRows.size()][];
        for (int j = 0; j < valRows.size(); j++) {
            valVectors.add(encoder.encode(features.get(valRows.get(j))));
            valGold[j] = gold[valRows.get(j)];
        }
        int members = maxEpochs.length;
        int[] epochsRun = new int[members];
        int[] bestEpoch = new int[members];
        MultiLayerNetwork first = null;
        INDArray sum = null;
        List<TrainingResult.History> history = new ArrayList<>();
        boolean allArticles = rows.size() == features.size();
        List<Member> trained = new ArrayList<>(members);
        int threads = Math.min(members, Runtime.getRuntime().availableProcessors());
        if (settings.network().hiddenUnits() == 0 && threads > 1) {
            // The members are independent (own seed, own weights, the same read-only rows), so they train side by
            // side; each is deterministic, so the averaged network does not depend on the thread count.
            timer.start(stagePrefix + String.format(Locale.ROOT, "networks 1-%d (%d threads)", members, threads));
            Progress shared = (done, total, message) -> {
                synchronized (progress) {
                    progress.report(done, total, message);
                }
            };
            var pool = java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "newsdesk-train");
                t.setDaemon(true);
                return t;
            });
            try {
                List<java.util.concurrent.Future<Member>> futures = new ArrayList<>(members);
                for (int m = 0; m < members; m++) {
                    int mm = m;
                    futures.add(pool.submit(() -> fitOne(settings.network().withSeed(settings.network().seed() + mm),
                            memberName(mm, members), encoder, vocabulary.size(), vectors, targets, weights,
                            valVectors, valGold, labels.size(), multiLabel, shared, maxEpochs[mm], allArticles)));
                }
                for (var future : futures) {
                    trained.add(future.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("training interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        } else {
            for (int m = 0; m < members; m++) {
                timer.start(stagePrefix + (members == 1 ? "network" : String.format(Locale.ROOT, "network %d/%d",
                        m + 1, members)));
                trained.add(fitOne(settings.network().withSeed(settings.network().seed() + m), memberName(m, members),
                        encoder, vocabulary.size(), vectors, targets, weights, valVectors, valGold, labels.size(),
                        multiLabel, progress, maxEpochs[m], allArticles));
            }
        }
        double[] linearSum = null;
        for (int m = 0; m < members; m++) {
            Member one = trained.get(m);
            epochsRun[m] = one.epochsRun();
            bestEpoch[m] = one.bestEpoch();
            String name = members == 1 ? "network" : String.format(Locale.ROOT, "network %d/%d", m + 1, members);
            history.add(new TrainingResult.History(name, one.loss(), one.validationLoss(), one.bestEpoch()));
            if (one.params() != null) {
                // a linear member trained on sparse rows: its DL4J parameter vector
                float[] p = one.params();
                if (linearSum == null) {
                    linearSum = new double[p.length];
                }
                for (int i = 0; i < p.length; i++) {
                    linearSum[i] += p[i];
                }
                continue;
            }
            MultiLayerNetwork net = one.network();
            if (first == null) {
                first = net;
                sum = members == 1 ? null : net.params().dup();
            } else {
                sum.addi(net.params());
            }
        }
        timer.stop();
        if (linearSum != null) {
            // Linear logits are linear in the parameters: the averaged network's logits are the members' mean logits.
            float[] mean = new float[linearSum.length];
            for (int i = 0; i < mean.length; i++) {
                mean[i] = (float) (linearSum[i] / members);
            }
            Backend.start(); // ND4J settings before its first operation
            first = NetworkFactory.build(vocabulary.size(), labels.size(), multiLabel, settings.network());
            first.setParams(Nd4j.create(mean, new long[] {1, first.numParams()}, DataType.FLOAT));
        } else if (sum != null) {
            // Linear logits are linear in the parameters: the averaged network's logits are the members' mean logits.
            first.setParams(sum.divi(members));
        }
        return new Fit(first, vocabulary, encoder, epochsRun, bestEpoch, history);
    }

    private static String memberName(int m, int members) {
        return members == 1 ? "" : String.format(Locale.ROOT, "network %d/%d, ", m + 1, members);
    }

    /** One trained network with the epochs it ran and its best (kept) epoch. */
    private record Member(MultiLayerNetwork network, float[] params, int epochsRun, int bestEpoch, List<Double> loss,
                          List<Double> validationLoss) {
    }

    /** Trains one network, keeping the weights of its best validation epoch. */
    private Member fitOne(org.newsdesk.classify.network.NetworkConfig config, String member,
                                     FeatureEncoder encoder, int inputs, List<SparseVector> vectors,
                                     List<boolean[]> targets, float[][] weights, List<SparseVector> valVectors,
                                     boolean[][] valGold, int labelCount, boolean multiLabel, Progress progress,
                                     int maxEpochs, boolean allArticles) {
        if (config.hiddenUnits() == 0) {
            return fitLinear(config, member, inputs, vectors, targets, weights, valVectors, valGold, labelCount,
                    multiLabel, progress, maxEpochs, allArticles);
        }
        Backend.start(); // ND4J settings before its first operation
        Nd4j.getRandom().setSeed(config.seed());
        MultiLayerNetwork net = NetworkFactory.build(inputs, labelCount, multiLabel, config);
        // One input matrix reused for every full batch: allocating a zeroed off-heap matrix per step cost more
        // than the step itself.
        INDArray input = Nd4j.zeros(DataType.FLOAT, config.batchSize(), inputs);
        INDArray[] best = new INDArray[1];
        Stopping stopping = earlyStopping(config, vectors.size(), valVectors.size(), valGold, multiLabel, member,
                maxEpochs, allArticles, progress, new Epochs() {
                    @Override
                    public double train(List<Integer> order) {
                        for (int from = 0; from < order.size(); from += config.batchSize()) {
                            List<Integer> batch = order.subList(from, Math.min(order.size(), from + config.batchSize()));
                            List<SparseVector> x = new ArrayList<>(batch.size());
                            List<boolean[]> y = new ArrayList<>(batch.size());
                            for (int i : batch) {
                                x.add(vectors.get(i));
                                y.add(targets.get(i));
                            }
                            INDArray batchInput = x.size() == config.batchSize() ? encoder.fill(input, x)
                                    : encoder.batch(x);
                            INDArray mask = null;
                            if (weights != null) {
                                // a per-output mask for sigmoid outputs; softmax takes one weight per article
                                int width = multiLabel ? labelCount : 1;
                                float[] m = new float[batch.size() * width];
                                for (int r = 0; r < batch.size(); r++) {
                                    System.arraycopy(weights[batch.get(r)], 0, m, r * width, width);
                                }
                                mask = Nd4j.create(m, new long[] {batch.size(), width}, DataType.FLOAT);
                            }
                            net.fit(new DataSet(batchInput, FeatureEncoder.targets(y, labelCount), null, mask));
                        }
                        return net.score();
                    }

                    @Override
                    public float[][] validationLogits() {
                        SparseNetwork s = SparseNetwork.of(net);
                        float[][] logits = new float[valVectors.size()][];
                        for (int j = 0; j < logits.length; j++) {
                            logits[j] = s.logits(valVectors.get(j));
                        }
                        return logits;
                    }

                    @Override
                    public void keep() {
                        best[0] = net.params().dup();
                    }

                    @Override
                    public void restoreKept() {
                        net.setParams(best[0]);
                    }
                });
        return new Member(net, null, stopping.epochsRun(), stopping.bestEpoch(), stopping.losses(),
                stopping.validationLosses());
    }

    /**
     * Trains one linear network on the sparse rows ({@link SparseLinearTrainer}: the loss, L2 and Adam of DL4J's
     * {@code fit}, without dense input), keeping the weights of its best validation epoch, and returns them as the
     * parameter vector of the DL4J network {@link NetworkFactory} builds. Uses no ND4J, so members can train on
     * several threads.
     */
    private Member fitLinear(org.newsdesk.classify.network.NetworkConfig config, String member, int inputs,
                             List<SparseVector> vectors, List<boolean[]> targets, float[][] weights,
                             List<SparseVector> valVectors, boolean[][] valGold, int labelCount, boolean multiLabel,
                             Progress progress, int maxEpochs, boolean allArticles) {
        SparseLinearTrainer trainer = new SparseLinearTrainer(inputs, labelCount, multiLabel, config);
        int n = vectors.size();
        int[][] idx = new int[n][];
        float[][] val = new float[n][];
        boolean[][] gold = new boolean[n][];
        for (int i = 0; i < n; i++) {
            idx[i] = vectors.get(i).indices();
            val[i] = vectors.get(i).values();
            gold[i] = targets.get(i);
        }
        int[][] valIdx = new int[valVectors.size()][];
        float[][] valVal = new float[valVectors.size()][];
        for (int j = 0; j < valIdx.length; j++) {
            valIdx[j] = valVectors.get(j).indices();
            valVal[j] = valVectors.get(j).values();
        }
        int batchSize = config.batchSize();
        float[][][] best = new float[1][][];
        Stopping stopping = earlyStopping(config, n, valIdx.length, valGold, multiLabel, member, maxEpochs,
                allArticles, progress, new Epochs() {
                    @Override
                    public double train(List<Integer> order) {
                        double lossSum = 0;
                        for (int from = 0; from < n; from += batchSize) {
                            int size = Math.min(batchSize, n - from);
                            int[][] bi = new int[size][];
                            float[][] bv = new float[size][];
                            boolean[][] by = new boolean[size][];
                            float[][] bw = weights == null ? null : new float[size][];
                            for (int r = 0; r < size; r++) {
                                int i = order.get(from + r);
                                bi[r] = idx[i];
                                bv[r] = val[i];
                                by[r] = gold[i];
                                if (bw != null) {
                                    bw[r] = weights[i];
                                }
                            }
                            lossSum += trainer.step(bi, bv, by, bw) * size;
                        }
                        return lossSum / n;
                    }

                    @Override
                    public float[][] validationLogits() {
                        float[][] logits = new float[valIdx.length][];
                        for (int j = 0; j < logits.length; j++) {
                            logits[j] = trainer.logits(valIdx[j], valVal[j]);
                        }
                        return logits;
                    }

                    @Override
                    public void keep() {
                        best[0] = trainer.snapshot();
                    }

                    @Override
                    public void restoreKept() {
                        trainer.restore(best[0]);
                    }
                });
        return new Member(null, trainer.params(), stopping.epochsRun(), stopping.bestEpoch(), stopping.losses(),
                stopping.validationLosses());
    }

    /** One network's training as {@link #earlyStopping} drives it. */
    private interface Epochs {
        /** One pass over the training articles in {@code order}; returns the training loss to report. */
        double train(List<Integer> order);

        /** Logits of the validation articles with the current weights. */
        float[][] validationLogits();

        /** Remembers the current weights as the best so far. */
        void keep();

        /** Puts back the weights {@link #keep} remembered. */
        void restoreKept();
    }

    /** Epochs run, the best (kept) epoch, and the loss and validation loss per epoch. */
    private record Stopping(int epochsRun, int bestEpoch, List<Double> losses, List<Double> validationLosses) {
    }

    /**
     * Runs up to {@code maxEpochs} epochs of {@code epochs} over the {@code n} training articles, shuffled anew
     * each epoch with a {@link Random} seeded with the network's seed; after each epoch measures the validation loss
     * (when there are {@code validation} articles), keeps the weights of the best epoch and stops after
     * {@link TrainerSettings#patience()} epochs without a better one, then restores the best weights.
     */
    private Stopping earlyStopping(org.newsdesk.classify.network.NetworkConfig config, int n, int validation,
                                   boolean[][] valGold, boolean multiLabel, String member, int maxEpochs,
                                   boolean allArticles, Progress progress, Epochs epochs) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Random random = new Random(config.seed());
        double bestLoss = Double.POSITIVE_INFINITY;
        boolean kept = false;
        int bestEpoch = 0;
        int epochsRun = 0;
        List<Double> losses = new ArrayList<>();
        List<Double> validationLosses = new ArrayList<>();
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            Collections.shuffle(order, random);
            double loss = epochs.train(order);
            epochsRun = epoch;
            losses.add(loss);
            String message;
            if (validation == 0) {
                bestEpoch = epoch;
                message = String.format(Locale.ROOT, "%s%sepoch %d/%d, loss %.4f", member,
                        allArticles ? "all articles, " : "", epoch, maxEpochs, loss);
            } else {
                double validationLoss = Calibration.nll(epochs.validationLogits(), valGold, multiLabel, 1.0);
                validationLosses.add(validationLoss);
                if (validationLoss < bestLoss - 1e-6) {
                    bestLoss = validationLoss;
                    bestEpoch = epoch;
                    epochs.keep();
                    kept = true;
                }
                message = String.format(Locale.ROOT, "%sepoch %d/%d, loss %.4f, validation loss %.4f (best epoch %d)",
                        member, epoch, maxEpochs, loss, validationLoss, bestEpoch);
            }
            progress.report(epoch, maxEpochs, message);
            if (validation > 0 && epoch - bestEpoch >= settings.patience()) {
                break;
            }
        }
        if (kept) {
            epochs.restoreKept();
        }
        return new Stopping(epochsRun, bestEpoch, losses, validationLosses);
    }

    /**
     * Per article and label, the weight of that output's loss ({@link TrainerSettings.ClassWeights}); null when
     * every weight is 1.
     */
    float[][] sampleWeights(List<boolean[]> targets, int labelCount, boolean multiLabel) {
        if (settings.classWeights() == TrainerSettings.ClassWeights.NONE) {
            return null;
        }
        int n = targets.size();
        int[] count = new int[labelCount];
        for (boolean[] t : targets) {
            for (int l = 0; l < labelCount; l++) {
                count[l] += t[l] ? 1 : 0;
            }
        }
        float[][] w = new float[n][labelCount];
        for (int i = 0; i < n; i++) {
            boolean[] t = targets.get(i);
            if (multiLabel) {
                for (int l = 0; l < labelCount; l++) {
                    w[i][l] = (float) (t[l] ? n / (2.0 * Math.max(1, count[l]))
                            : n / (2.0 * Math.max(1, n - count[l])));
                }
            } else {
                int label = 0;
                while (label < labelCount && !t[label]) {
                    label++;
                }
                float weight = (float) (n / ((double) labelCount * Math.max(1, count[Math.min(label, labelCount - 1)])));
                java.util.Arrays.fill(w[i], weight);
            }
        }
        return w;
    }

    /**
     * Per label, the threshold in [0.05, 0.95] (steps of 0.01) that maximises the label's F1 on the validation
     * articles; ties go to the threshold nearest 0.5. Labels with fewer than {@link #MIN_POSITIVES} validation
     * positives get the one threshold that maximises the F1 of their decisions pooled (0.5 if no label is that rare
     * or none of them has a positive).
     *
     * @param gold  per validation article, which labels are gold
     * @param probs per validation article, calibrated probabilities
     */
    static double[] tuneThresholds(boolean[][] gold, float[][] probs) {
        int labels = gold.length == 0 ? 0 : gold[0].length;
        double[] out = new double[labels];
        List<Integer> rare = new ArrayList<>();
        for (int j = 0; j < labels; j++) {
            int positives = 0;
            for (boolean[] g : gold) {
                positives += g[j] ? 1 : 0;
            }
            if (positives < MIN_POSITIVES) {
                rare.add(j);
            } else {
                out[j] = bestThreshold(gold, probs, List.of(j));
            }
        }
        if (!rare.isEmpty()) {
            double shared = bestThreshold(gold, probs, rare);
            for (int j : rare) {
                out[j] = shared;
            }
        }
        return out;
    }

    /**
     * The secondary-topic threshold ({@link DecisionRule#secondaryThreshold()}): of {@value #MIN_SECONDARY} to 0.95 in
     * steps of 0.05, the one whose decisions have the best micro-F1 on the validation articles; ties go to the higher
     * threshold. A label's own threshold is dominated by the articles where it is the main topic; this one is chosen
     * for the whole decision, second and third topics included. Until 2026-12-06 the search started at 0.4, a rule
     * that kept short news from collecting second topics while the validation slice held no short items; with lead
     * views ({@link LeadViews}) it holds them, and the search chose 0.25 for {@code models/default} (1.01 topics per
     * two-line item; docs/classifier.md), while on heavily multi-label data such as Reuters' the floor had cut
     * second labels the data keeps (wheat beside grain).
     */
    static double tuneSecondaryThreshold(List<String> labels, double[] thresholds, DecisionRule rule,
                                         boolean[][] gold, float[][] probs) {
        double best = -1;
        double bestT = 0;
        for (int step = (int) Math.round(MIN_SECONDARY * 20); step <= 19; step++) {
            double t = step * 0.05;
            DecisionRule r = rule.withSecondaryThreshold(Math.round(t * 100) / 100.0);
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.length; i++) {
                List<String> topics = TopicClassifier.decide(labels, thresholds, r, probs[i]).topics();
                for (int j = 0; j < labels.size(); j++) {
                    boolean pred = topics.contains(labels.get(j));
                    tp += pred && gold[i][j] ? 1 : 0;
                    fp += pred && !gold[i][j] ? 1 : 0;
                    fn += !pred && gold[i][j] ? 1 : 0;
                }
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 >= best - 1e-12) {
                best = Math.max(best, f1);
                bestT = r.secondaryThreshold();
            }
        }
        return bestT;
    }

    private static double bestThreshold(boolean[][] gold, float[][] probs, List<Integer> columns) {
        int positives = 0;
        for (boolean[] g : gold) {
            for (int j : columns) {
                positives += g[j] ? 1 : 0;
            }
        }
        if (positives == 0) {
            return 0.5;
        }
        double best = -1;
        double bestT = 0.5;
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            int tp = 0;
            int fp = 0;
            for (int i = 0; i < gold.length; i++) {
                for (int j : columns) {
                    boolean pred = probs[i][j] >= t;
                    tp += pred && gold[i][j] ? 1 : 0;
                    fp += pred && !gold[i][j] ? 1 : 0;
                }
            }
            double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
            if (f1 > best + 1e-12 || (Math.abs(f1 - best) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(bestT - 0.5))) {
                best = f1;
                bestT = t;
            }
        }
        return bestT;
    }
}
