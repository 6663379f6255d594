package org.newsdesk.io;

import java.io.IOException;
import java.util.List;
import org.newsdesk.core.ArticleResult;

/**
 * Writes a run's results as they come, holding none of them in memory.
 *
 * <p>Call {@link #begin(RunInfo)} once, {@link #write(ArticleResult)} for each article in order, then
 * {@link #finish(RunInfo)} with the final run facts; the output file appears, complete, only when {@code finish}
 * returns. {@link #close()} without {@code finish} (e.g. after a failure) discards everything and leaves any existing
 * output file untouched.
 */
public interface ResultWriter extends AutoCloseable {

    /**
     * Starts the output.
     *
     * @throws IllegalStateException if already begun
     */
    void begin(RunInfo run) throws IOException;

    /**
     * Writes one article's result.
     *
     * @throws IllegalStateException if not begun, or already finished
     */
    void write(ArticleResult result) throws IOException;

    /**
     * Completes the output with the final run facts and puts the file in place atomically.
     *
     * @throws IllegalStateException if not begun, or already finished
     */
    void finish(RunInfo run) throws IOException;

    /**
     * The size and SHA-256 of the file that {@link #finish(RunInfo)} wrote, when this writer computed them while
     * writing; empty when it did not (read the file to learn them).
     */
    default java.util.Optional<FileDigest> written() {
        return java.util.Optional.empty();
    }

    /** Releases resources; discards the output unless {@link #finish(RunInfo)} succeeded. Idempotent. */
    @Override
    void close() throws IOException;

    /**
     * One writer that passes every call to each of the given writers, in order. Closing it closes them all.
     */
    static ResultWriter all(List<? extends ResultWriter> writers) {
        List<ResultWriter> copy = List.copyOf(writers);
        return new ResultWriter() {
            @Override
            public void begin(RunInfo run) throws IOException {
                for (ResultWriter writer : copy) {
                    writer.begin(run);
                }
            }

            @Override
            public void write(ArticleResult result) throws IOException {
                for (ResultWriter writer : copy) {
                    writer.write(result);
                }
            }

            @Override
            public void finish(RunInfo run) throws IOException {
                for (ResultWriter writer : copy) {
                    writer.finish(run);
                }
            }

            @Override
            public void close() throws IOException {
                IOException failure = null;
                for (ResultWriter writer : copy) {
                    try {
                        writer.close();
                    } catch (IOException e) {
                        if (failure == null) {
                            failure = e;
                        } else {
                            failure.addSuppressed(e);
                        }
                    }
                }
                if (failure != null) {
                    throw failure;
                }
            }
        };
    }
}
