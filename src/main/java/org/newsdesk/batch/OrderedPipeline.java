package org.newsdesk.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Processes chunks of work on worker threads while the calling thread reads the next chunk and writes the results
 * of earlier ones, and hands results back in input order.
 *
 * <p>Each submitted chunk is cut into {@code workers} contiguous slices, one task each. At most {@code maxInFlight}
 * chunks are pending: submitting one more first delivers the oldest chunk's results, so memory is bounded by
 * {@code maxInFlight} chunks whatever the input size. With one worker the work runs on the calling thread, without a
 * pool. Not thread-safe: one thread submits and receives.
 *
 * @param <T> a unit of work (an article)
 * @param <R> its result; {@code work} returns exactly one result per unit, in the same order
 */
public final class OrderedPipeline<T, R> implements AutoCloseable {

    /** Receives results in input order. */
    @FunctionalInterface
    public interface Sink<R> {
        /** Takes the results of one slice. */
        void accept(List<R> results) throws java.io.IOException;
    }

    private final int workers;
    private final int maxInFlight;
    private final Function<List<T>, List<R>> work;
    private final ExecutorService pool;
    private final Deque<List<Future<List<R>>>> inFlight = new ArrayDeque<>();

    /**
     * A pipeline.
     *
     * @param workers     worker threads (1 = run on the calling thread)
     * @param maxInFlight chunks that may be pending at once (at least 1)
     * @param work        what to do with one slice; must be safe to call from several threads at once
     */
    public OrderedPipeline(int workers, int maxInFlight, Function<List<T>, List<R>> work) {
        if (workers < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("workers and maxInFlight must be at least 1: " + workers + ", "
                    + maxInFlight);
        }
        this.workers = workers;
        this.maxInFlight = maxInFlight;
        this.work = work;
        AtomicInteger n = new AtomicInteger();
        this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "newsdesk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The number of workers. */
    public int workers() {
        return workers;
    }

    /**
     * Queues a chunk (copied), first delivering the oldest pending chunk to {@code sink} if {@code maxInFlight}
     * chunks are already pending.
     */
    public void submit(List<T> chunk, Sink<R> sink) throws java.io.IOException {
        while (inFlight.size() >= maxInFlight) {
            deliverOldest(sink);
        }
        List<T> copy = List.copyOf(chunk);
        if (pool == null) {
            sink.accept(checked(copy, work.apply(copy)));
            return;
        }
        List<Future<List<R>>> parts = new ArrayList<>(workers);
        int size = (copy.size() + workers - 1) / workers;
        for (int from = 0; from < copy.size(); from += Math.max(1, size)) {
            List<T> slice = copy.subList(from, Math.min(copy.size(), from + size));
            parts.add(pool.submit(() -> checked(slice, work.apply(slice))));
        }
        inFlight.add(parts);
    }

    /** Delivers every pending chunk to {@code sink}, oldest first. */
    public void finish(Sink<R> sink) throws java.io.IOException {
        while (!inFlight.isEmpty()) {
            deliverOldest(sink);
        }
    }

    private void deliverOldest(Sink<R> sink) throws java.io.IOException {
        for (Future<List<R>> part : inFlight.poll()) {
            List<R> results;
            try {
                results = part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for a worker");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
            sink.accept(results);
        }
    }

    private static <T, R> List<R> checked(List<T> in, List<R> out) {
        if (out.size() != in.size()) {
            throw new IllegalStateException("work returned " + out.size() + " results for " + in.size() + " inputs");
        }
        return out;
    }

    /** Stops the workers; pending chunks are dropped. */
    @Override
    public void close() {
        inFlight.forEach(parts -> parts.forEach(f -> f.cancel(true)));
        inFlight.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
