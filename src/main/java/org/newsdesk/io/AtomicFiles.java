package org.newsdesk.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writing a file so that readers see either the old file or the complete new one, never a partial one.
 *
 * <p>Content goes to a temporary file in the target's folder (named {@code .<target name>.<random>.tmp}); on
 * {@link AtomicWriter#commit()} it is flushed, forced to disk, and moved over the target with an atomic move (falling
 * back to a plain replacing move where the file system has no atomic move). If anything fails, or the writer is closed
 * without a commit, the temporary file is deleted and the target is left untouched.
 *
 * <pre>{@code
 * try (AtomicFiles.AtomicWriter out = AtomicFiles.open(target)) {
 *     out.writer().write(text);
 *     out.commit();
 * }
 * }</pre>
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Starts writing {@code target}. The target's folder must exist.
     *
     * @throws IOException if the temporary file cannot be created
     */
    public static AtomicWriter open(Path target) throws IOException {
        return new AtomicWriter(target);
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically. */
    public static void writeString(Path target, CharSequence text) throws IOException {
        try (AtomicWriter out = open(target)) {
            out.writer().append(text);
            out.commit();
        }
    }

    /**
     * Deletes the temporary files that writes of the given targets left in {@code dir} when their process was killed
     * before it could clean up ({@code .<target name>.<anything>.tmp}). Call it only while no other process writes
     * these targets (e.g. under an {@link OutputLock}).
     *
     * @return how many files were deleted
     * @throws IOException if the folder cannot be listed or a file cannot be deleted
     */
    public static int deleteLeftovers(Path dir, java.util.Collection<String> targetNames) throws IOException {
        int deleted = 0;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".tmp") || !Files.isRegularFile(file)) {
                    continue;
                }
                for (String target : targetNames) {
                    if (name.startsWith("." + target + ".") && name.length() > target.length() + 6) {
                        Files.deleteIfExists(file);
                        deleted++;
                        break;
                    }
                }
            }
        }
        return deleted;
    }

    /**
     * {@code out}, whose write and flush failures (e.g. a full disk's bare "No space left on device") name the file
     * being written: {@code cannot write <what>: <reason>}.
     */
    static OutputStream namingFailures(OutputStream out, String what) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw named(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw named(e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw named(e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException e) {
                    throw named(e);
                }
            }

            private IOException named(IOException e) {
                return e.getMessage() != null && e.getMessage().contains(what) ? e : cannotWrite(what, e);
            }
        };
    }

    /** {@code e} as {@code cannot write <what>: <reason>}. */
    private static IOException cannotWrite(String what, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new IOException("cannot write " + what + ": " + reason, e);
    }

    /**
     * Closes {@code resource} after {@code failure} happened while using it; an error while closing is attached to
     * {@code failure} as suppressed, so the caller can rethrow the original.
     */
    static void closeAfterFailure(AutoCloseable resource, Exception failure) {
        try {
            resource.close();
        } catch (Exception suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    /**
     * Creates a new empty file in {@code dir} named {@code .<base>.<random>.tmp}, with the default permissions for new
     * files (unlike {@link Files#createTempFile}, which makes it private to the owner). It is deleted when the JVM
     * exits, should it still exist then.
     */
    static Path createTempFile(Path dir, String base) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            Path temp = dir.resolve("." + base + "." + suffix + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                // If the JVM is stopped mid-write (Ctrl-C, SIGTERM), the temporary file goes too; once it has been
                // moved into place there is nothing left at this path to delete.
                temp.toFile().deleteOnExit();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * An open atomic write: write through {@link #writer()} (UTF-8 text) or {@link #outputStream()} (bytes), then
     * {@link #commit()}. Closing without committing discards everything written.
     */
    public static final class AtomicWriter implements Closeable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream stream;
        private final MessageDigest sha = InputDigest.sha256();
        private long bytes;
        private FileDigest digest;
        private Writer writer;
        private boolean committed;
        private boolean closed;

        private AtomicWriter(Path target) throws IOException {
            this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
            Path dir = this.target.getParent();
            Path name = this.target.getFileName();
            if (dir == null || name == null) {
                throw new IOException("not a file path: " + target);
            }
            this.temp = createTempFile(dir, name.toString());
            try {
                this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            // The bytes are hashed and counted on their way to the file, so the size and SHA-256 of what was written
            // are known at commit without reading the file again.
            OutputStream file = namingFailures(Channels.newOutputStream(channel), target.toString());
            OutputStream counted = new FilterOutputStream(new DigestOutputStream(file, sha)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    bytes += len;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    bytes++;
                }
            };
            this.stream = new BufferedOutputStream(counted, 65536);
        }

        /**
         * The size and SHA-256 of the committed file's bytes, computed while they were written.
         *
         * @throws IllegalStateException if not committed
         */
        public FileDigest digest() {
            if (!committed) {
                throw new IllegalStateException("atomic write of " + target + " is not committed");
            }
            return digest;
        }

        /** The file that {@link #commit()} replaces. */
        public Path target() {
            return target;
        }

        /**
         * A UTF-8 writer for the content. Closing it only flushes it; the file is finished by {@link #commit()}. Do not
         * interleave it with {@link #outputStream()} without flushing it first.
         */
        public Writer writer() {
            ensureOpen();
            if (writer == null) {
                writer = new FilterWriter(new OutputStreamWriter(outputStream(), StandardCharsets.UTF_8)) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
            }
            return writer;
        }

        /** The content as bytes. Closing it only flushes it; the file is finished by {@link #commit()}. */
        public OutputStream outputStream() {
            ensureOpen();
            return new FilterOutputStream(stream) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }

        /**
         * Flushes and forces the content to disk, then moves it over the target. On failure the temporary file is
         * deleted, the target is untouched, and this writer is closed.
         *
         * @throws IllegalStateException if already committed or closed
         */
        public void commit() throws IOException {
            ensureOpen();
            try {
                if (writer != null) {
                    writer.flush();
                }
                stream.flush();
                digest = new FileDigest(bytes, HexFormat.of().formatHex(sha.digest()));
                try {
                    channel.force(true);
                    channel.close();
                } catch (IOException e) {
                    throw cannotWrite(target.toString(), e);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                closeAfterFailure(this, e);
                throw e;
            }
            committed = true;
            closed = true;
            syncDirectory(target.getParent());
        }

        /** Discards the content unless {@link #commit()} succeeded; idempotent. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        private void ensureOpen() {
            if (closed) {
                throw new IllegalStateException("atomic write of " + target + " is already "
                        + (committed ? "committed" : "closed"));
            }
        }

        /** Best effort: makes the rename durable where the platform allows opening a folder. */
        private static void syncDirectory(Path dir) {
            try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
                directory.force(true);
            } catch (IOException | RuntimeException e) {
                // not supported on every platform; the content itself is already on disk
            }
        }
    }
}
