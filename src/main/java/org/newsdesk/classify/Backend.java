package org.newsdesk.classify;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Process-wide settings of the ND4J backend. The classifier's matrices are small (a batch of articles times the
 * vocabulary), and for them ND4J's OpenMP and BLAS threads cost more in synchronisation than they save: one thread
 * trained 3-4 times faster than two on the 2-core machine this was measured on (docs/benchmarks.md).
 *
 * <p>ND4J takes seconds to start and {@code run} does not need it (predictions use {@link SparseNetwork}), so the
 * settings are applied when ND4J is first used by this package ({@link #start}: training, or a DL4J network rebuilt
 * from a model), or at once if that has already happened.
 */
public final class Backend {

    /** Threads asked for by {@link #useThreads}, 0 when not asked. Guarded by the class. */
    private static int threads;
    /** Whether {@link #start} has run. Guarded by the class. */
    private static boolean started;

    private Backend() {
    }

    /**
     * Sets the number of threads ND4J's native operations and BLAS calls may use: now if ND4J is already in use by
     * the classifier, else before its first use.
     *
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public static synchronized void useThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Backend.threads = threads;
        if (started) {
            apply(threads);
        }
    }

    /** Called before this package's first ND4J operation: applies the settings asked for so far. */
    static synchronized void start() {
        if (!started) {
            started = true;
            if (threads > 0) {
                apply(threads);
            }
        }
    }

    private static void apply(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }
}
