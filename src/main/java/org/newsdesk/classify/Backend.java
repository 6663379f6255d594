package org.newsdesk.classify;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Process-wide settings of the ND4J backend. The classifier's matrices are small (a batch of articles times the
 * vocabulary), and for them ND4J's OpenMP and BLAS threads cost more in synchronisation than they save: one thread
 * trained 3-4 times faster than two on the 2-core machine this was measured on (docs/benchmarks.md).
 */
public final class Backend {

    private Backend() {
    }

    /** Sets the number of threads ND4J's native operations and BLAS calls may use. */
    public static void useThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }
}
