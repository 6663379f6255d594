package org.newsdesk.io;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An exclusive lock on an output folder, so that two runs never write the same results at once.
 *
 * <p>The lock is the file {@value #FILE_NAME} in the folder, locked with {@link FileChannel#tryLock()} (released by
 * the operating system when the process ends, even by {@code kill -9}) and holding the owner's process id, process
 * start time, host and the time the lock was taken. A second run finds the file locked and stops at once with
 * {@link OutputLockedException}, naming the owner. A run that finds the file unlocked but not empty knows the previous
 * owner died without cleaning up: the lock is stale and is taken over ({@link #staleOwner()} describes it). Where file
 * locks do not work (some network file systems) the recorded owner is still checked with {@link ProcessHandle}: a
 * live process on this host with the recorded id and start time keeps the lock.
 *
 * <p>The file is never deleted, only emptied on {@link #close()}: deleting it would let a late starter lock a file
 * that no longer has a name while a third run locks the new one.
 */
public final class OutputLock implements AutoCloseable {

    /** The lock file's name inside the output folder. */
    public static final String FILE_NAME = ".newsdesk.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String staleOwner;

    private OutputLock(Path file, FileChannel channel, FileLock lock, String staleOwner) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.staleOwner = staleOwner;
    }

    /**
     * Locks {@code folder} (which must exist) for this process.
     *
     * @throws OutputLockedException if another live run holds the lock
     * @throws IOException           if the lock file cannot be created or written (e.g. the folder is not writable)
     */
    public static OutputLock acquire(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very JVM
            }
            String previous = read(channel);
            if (lock == null) {
                throw new OutputLockedException(folder, describe(previous, "another process"));
            }
            Map<String, String> owner = parse(previous);
            if (!owner.isEmpty() && isAlive(owner)) {
                lock.release();
                throw new OutputLockedException(folder, describe(previous, "another process"));
            }
            String stale = owner.isEmpty() ? null : describe(previous, "a previous run");
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(ownerRecord().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new OutputLock(file, channel, lock, stale);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.closeAfterFailure(channel, e);
            throw e;
        }
    }

    /** A description of the dead run whose lock this one took over, if there was one. */
    public Optional<String> staleOwner() {
        return Optional.ofNullable(staleOwner);
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    /** Empties the lock file and releases the lock. Idempotent. */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            channel.truncate(0);
            channel.force(true);
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static String ownerRecord() {
        ProcessHandle self = ProcessHandle.current();
        return "pid=" + self.pid() + "\n"
                + "process_start=" + self.info().startInstant().map(Instant::toString).orElse("") + "\n"
                + "host=" + host() + "\n"
                + "locked_at=" + Instant.now() + "\n";
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // reading the whole small file
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> parse(String record) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : record.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return fields;
    }

    /** Whether the recorded owner is a live process on this host (same id and start time), other than this one. */
    private static boolean isAlive(Map<String, String> owner) {
        if (!host().equals(owner.get("host"))) {
            return false; // cannot check another host's processes; the file lock is the only evidence
        }
        long pid;
        try {
            pid = Long.parseLong(owner.getOrDefault("pid", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        String start = owner.getOrDefault("process_start", "");
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> start.isEmpty() || p.info().startInstant().map(Instant::toString).orElse("").equals(start))
                .orElse(false);
    }

    private static String describe(String record, String fallback) {
        Map<String, String> f = parse(record);
        if (f.isEmpty()) {
            return fallback;
        }
        return "process " + f.getOrDefault("pid", "?") + " on host " + f.getOrDefault("host", "?") + " (locked at "
                + f.getOrDefault("locked_at", "?") + ")";
    }
}
