package org.newsdesk.classify.network;

/**
 * Hyperparameters of the topic network; saved with a model.
 *
 * @param hiddenUnits  units of one ReLU hidden layer; 0 for none (a linear model on TF-IDF features)
 * @param epochs       passes over the training articles
 * @param batchSize    articles per gradient step
 * @param learningRate Adam's step size
 * @param l2           L2 weight penalty
 * @param dropout      probability of dropping an input of the hidden layer (0 = no dropout)
 * @param seed         seed of weight initialisation, shuffling and dropout
 */
public record NetworkConfig(int hiddenUnits, int epochs, int batchSize, double learningRate, double l2, double dropout,
                            long seed) {
    public NetworkConfig {
        if (hiddenUnits < 0 || epochs < 1 || batchSize < 1 || !(learningRate > 0) || l2 < 0
                || dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("bad network settings: hidden=" + hiddenUnits + " epochs=" + epochs
                    + " batch=" + batchSize + " lr=" + learningRate + " l2=" + l2 + " dropout=" + dropout);
        }
    }

    /** Newsdesk's defaults. */
    public static NetworkConfig defaults() {
        return new NetworkConfig(0, 60, 64, 0.1, 1e-5, 0.0, 42L);
    }

    /** The same settings with another seed. */
    public NetworkConfig withSeed(long newSeed) {
        return new NetworkConfig(hiddenUnits, epochs, batchSize, learningRate, l2, dropout, newSeed);
    }

    /** The same settings with another number of epochs. */
    public NetworkConfig withEpochs(int newEpochs) {
        return new NetworkConfig(hiddenUnits, newEpochs, batchSize, learningRate, l2, dropout, seed);
    }
}
