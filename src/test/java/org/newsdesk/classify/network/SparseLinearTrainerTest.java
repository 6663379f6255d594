package org.newsdesk.classify.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The sparse trainer against DL4J's own {@code fit} on the network {@link NetworkFactory} builds: on rows where every
 * feature is non-zero every weight row is touched by every batch, so lazy Adam must give DL4J's weights step for step
 * (loss gradient, minibatch averaging, L2 on weights but not biases, Adam's bias correction, loss weights).
 */
class SparseLinearTrainerTest {

    private static final int INPUTS = 7;
    private static final int OUTPUTS = 4;

    @ParameterizedTest(name = "multiLabel={0}")
    @CsvSource({"true", "false"})
    void stepsEqualDl4jFitWhenEveryFeatureOccursInEveryBatch(boolean multiLabel) {
        NetworkConfig config = new NetworkConfig(0, 10, 5, 0.05, 1e-3, 0.0, 7L);
        MultiLayerNetwork net = NetworkFactory.build(INPUTS, OUTPUTS, multiLabel, config);
        SparseLinearTrainer trainer = new SparseLinearTrainer(INPUTS, OUTPUTS, multiLabel, config);
        net.setParams(Nd4j.create(trainer.params(), new long[] {1, net.numParams()}, DataType.FLOAT));
        Random random = new Random(3);
        for (int step = 0; step < 12; step++) {
            Batch b = Batch.random(random, step % 3 == 2 ? 3 : 5, multiLabel); // a short last batch now and then
            trainer.step(b.idx, b.val, b.y, null);
            net.fit(new DataSet(Nd4j.create(b.val), Nd4j.create(b.target()), null, null));
            assertArrayEquals(net.params().data().asFloat(), trainer.params(), 2e-5f, "after step " + (step + 1));
        }
    }

    /**
     * Loss weights scale an article's share of the gradient: weights 2 on each article and 0 on as many others
     * equal DL4J's step on a batch holding each article twice (the same batch size, so the same averaging). DL4J's
     * own labels mask cannot serve as the reference: its output layer multiplies the activations by the mask, which
     * is a weighting only for masks of 0 and 1.
     */
    @ParameterizedTest(name = "multiLabel={0}")
    @CsvSource({"true", "false"})
    void aLossWeightOfTwoCountsAsTheArticleTwice(boolean multiLabel) {
        NetworkConfig config = new NetworkConfig(0, 10, 6, 0.05, 1e-3, 0.0, 5L);
        MultiLayerNetwork net = NetworkFactory.build(INPUTS, OUTPUTS, multiLabel, config);
        SparseLinearTrainer trainer = new SparseLinearTrainer(INPUTS, OUTPUTS, multiLabel, config);
        net.setParams(Nd4j.create(trainer.params(), new long[] {1, net.numParams()}, DataType.FLOAT));
        Random random = new Random(11);
        for (int step = 0; step < 8; step++) {
            Batch half = Batch.random(random, 3, multiLabel);
            Batch other = Batch.random(random, 3, multiLabel);
            Batch weighted = Batch.concat(half, other);
            float[][] weights = new float[6][OUTPUTS];
            for (int r = 0; r < 3; r++) {
                java.util.Arrays.fill(weights[r], 2f);
            }
            trainer.step(weighted.idx, weighted.val, weighted.y, weights);
            Batch twice = Batch.concat(half, half);
            net.fit(new DataSet(Nd4j.create(twice.val), Nd4j.create(twice.target()), null, null));
            assertArrayEquals(net.params().data().asFloat(), trainer.params(), 2e-5f, "after step " + (step + 1));
        }
    }

    /** A batch in which every article has every feature. */
    private record Batch(int[][] idx, float[][] val, boolean[][] y) {
        static Batch random(Random random, int size, boolean multiLabel) {
            int[][] idx = new int[size][INPUTS];
            float[][] val = new float[size][INPUTS];
            boolean[][] y = new boolean[size][OUTPUTS];
            for (int r = 0; r < size; r++) {
                for (int f = 0; f < INPUTS; f++) {
                    idx[r][f] = f;
                    val[r][f] = 0.05f + random.nextFloat();
                }
                if (multiLabel) {
                    for (int o = 0; o < OUTPUTS; o++) {
                        y[r][o] = random.nextInt(3) == 0;
                    }
                } else {
                    y[r][random.nextInt(OUTPUTS)] = true;
                }
            }
            return new Batch(idx, val, y);
        }

        static Batch concat(Batch a, Batch b) {
            int n = a.idx.length + b.idx.length;
            int[][] idx = new int[n][];
            float[][] val = new float[n][];
            boolean[][] y = new boolean[n][];
            for (int r = 0; r < n; r++) {
                Batch from = r < a.idx.length ? a : b;
                int at = r < a.idx.length ? r : r - a.idx.length;
                idx[r] = from.idx[at];
                val[r] = from.val[at];
                y[r] = from.y[at];
            }
            return new Batch(idx, val, y);
        }

        float[][] target() {
            float[][] t = new float[y.length][OUTPUTS];
            for (int r = 0; r < y.length; r++) {
                for (int o = 0; o < OUTPUTS; o++) {
                    t[r][o] = y[r][o] ? 1f : 0f;
                }
            }
            return t;
        }
    }

    @Test
    void untouchedRowsKeepTheirWeightsAndTouchedRowsMove() {
        NetworkConfig config = new NetworkConfig(0, 10, 2, 0.1, 1e-4, 0.0, 1L);
        SparseLinearTrainer trainer = new SparseLinearTrainer(5, 2, true, config);
        float[] before = trainer.params();
        trainer.step(new int[][] {{1, 3}, {3}}, new float[][] {{1f, 2f}, {0.5f}},
                new boolean[][] {{true, false}, {false, true}}, null);
        float[] after = trainer.params();
        for (int o = 0; o < 2; o++) {
            for (int f = 0; f < 5; f++) {
                int at = o * 5 + f; // column-major [inputs, outputs]
                if (f == 1 || f == 3) {
                    assertNotEquals(before[at], after[at], "feature " + f + " label " + o);
                } else {
                    assertEquals(before[at], after[at], 0f, "feature " + f + " label " + o);
                }
            }
            assertNotEquals(before[10 + o], after[10 + o], "bias " + o);
        }
    }

    @Test
    void sameSeedSameWeightsAndSnapshotsRestore() {
        NetworkConfig config = new NetworkConfig(0, 10, 2, 0.1, 1e-4, 0.0, 9L);
        SparseLinearTrainer a = new SparseLinearTrainer(6, 3, false, config);
        SparseLinearTrainer b = new SparseLinearTrainer(6, 3, false, config);
        assertArrayEquals(a.params(), b.params(), 0f);
        float[][] start = a.snapshot();
        int[][] idx = {{0, 5}, {2}};
        float[][] val = {{1f, 1f}, {2f}};
        boolean[][] y = {{true, false, false}, {false, false, true}};
        a.step(idx, val, y, null);
        b.step(idx, val, y, null);
        assertArrayEquals(a.params(), b.params(), 0f);
        a.restore(start);
        assertArrayEquals(new SparseLinearTrainer(6, 3, false, config).params(), a.params(), 0f);
        assertArrayEquals(a.logits(new int[] {0, 5}, new float[] {1f, 1f}),
                new SparseLinearTrainer(6, 3, false, config).logits(new int[] {0, 5}, new float[] {1f, 1f}), 0f);
        float[] p = b.params();
        a.setParams(p);
        assertArrayEquals(p, a.params(), 0f);
    }

    @Test
    void refusesAHiddenLayer() {
        assertThrows(IllegalArgumentException.class,
                () -> new SparseLinearTrainer(5, 2, true, new NetworkConfig(8, 10, 2, 0.1, 0, 0, 1L)));
    }
}
