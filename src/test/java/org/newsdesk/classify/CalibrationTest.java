package org.newsdesk.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    /** Articles whose true probabilities are softmax(z), reported with logits 3z: an overconfident model. */
    private static float[][] overconfident(boolean[][] gold, long seed) {
        Random r = new Random(seed);
        float[][] logits = new float[gold.length][];
        for (int i = 0; i < gold.length; i++) {
            double[] z = {r.nextGaussian() * 1.5, r.nextGaussian() * 1.5, r.nextGaussian() * 1.5};
            double sum = 0;
            for (double v : z) {
                sum += Math.exp(v);
            }
            double u = r.nextDouble() * sum;
            int label = 0;
            for (double acc = Math.exp(z[0]); acc < u && label < 2; acc += Math.exp(z[++label])) {
                // walk to the sampled label
            }
            gold[i] = new boolean[3];
            gold[i][label] = true;
            logits[i] = new float[] {(float) (3 * z[0]), (float) (3 * z[1]), (float) (3 * z[2])};
        }
        return logits;
    }

    @Test
    void temperatureUndoesOverconfidence() {
        boolean[][] gold = new boolean[4000][];
        float[][] logits = overconfident(gold, 1);
        double t = Calibration.fitTemperature(logits, gold, false);
        assertEquals(3.0, t, 0.35);
        assertTrue(Calibration.nll(logits, gold, false, t) < Calibration.nll(logits, gold, false, 1.0));
    }

    @Test
    void sigmoidTemperatureForMultiLabel() {
        Random r = new Random(2);
        int n = 3000;
        float[][] logits = new float[n][2];
        boolean[][] gold = new boolean[n][2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2; j++) {
                double z = r.nextGaussian() * 2;
                gold[i][j] = r.nextDouble() < 1 / (1 + Math.exp(-z));
                logits[i][j] = (float) (z / 2); // underconfident by a factor of 2
            }
        }
        assertEquals(0.5, Calibration.fitTemperature(logits, gold, true), 0.08);
    }

    @Test
    void probabilitiesKeepTheRankingAndSumToOne() {
        float[] p = Calibration.probabilities(new float[] {2f, 1f, -1f}, 2.0, false);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-6);
        assertTrue(p[0] > p[1] && p[1] > p[2]);
        float[] hot = Calibration.probabilities(new float[] {2f, 1f, -1f}, 0.5, false);
        assertTrue(hot[0] > p[0], "a lower temperature sharpens");
        assertEquals(1.0, Calibration.fitTemperature(new float[0][], new boolean[0][], false));
    }
}
