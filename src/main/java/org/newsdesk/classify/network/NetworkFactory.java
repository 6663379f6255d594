package org.newsdesk.classify.network;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Builds the topic network, the only DL4J builder code in Newsdesk. Single-label models end in a softmax trained
 * with multi-class cross-entropy (probabilities sum to 1); multi-label models end in independent sigmoids trained
 * with binary cross-entropy (one probability per label).
 */
public final class NetworkFactory {

    private NetworkFactory() {
    }

    /**
     * A new, initialised network.
     *
     * @param inputs     feature count
     * @param labels     label count
     * @param multiLabel sigmoid outputs instead of softmax
     */
    public static MultiLayerNetwork build(int inputs, int labels, boolean multiLabel, NetworkConfig config) {
        var list = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(config.learningRate()))
                .l2(config.l2())
                .list();
        int nIn = inputs;
        int layer = 0;
        if (config.hiddenUnits() > 0) {
            var hidden = new DenseLayer.Builder().nIn(inputs).nOut(config.hiddenUnits()).activation(Activation.RELU);
            if (config.dropout() > 0) {
                hidden.dropOut(1.0 - config.dropout()); // DL4J takes the probability of keeping an input
            }
            list.layer(layer++, hidden.build());
            nIn = config.hiddenUnits();
        }
        list.layer(layer, new OutputLayer.Builder(multiLabel ? LossFunction.XENT : LossFunction.MCXENT)
                .nIn(nIn).nOut(labels)
                .activation(multiLabel ? Activation.SIGMOID : Activation.SOFTMAX)
                .build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }
}
