package org.newsdesk.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The output files of one run, which readers see change as one set.
 *
 * <p>Each run writes its files into a folder of its own, {@code <output>/runs/<run id>/}
 * ({@link #stagedFile(String)}). {@link #publish()} then marks the folder complete and switches the symbolic link
 * {@code <output>/current} to it with one atomic rename; the top-level names ({@code <output>/results.json}, ...) are
 * symbolic links to {@code current/<name>}, so every top-level file a reader opens belongs to the same, complete run,
 * whatever moment a run was killed at. A folder that never became current (its run was stopped) is deleted by the
 * next run ({@link #cleanUp(Path)}); the current run's folder and the {@value #KEPT_EARLIER} most recent earlier ones
 * are kept, older ones are deleted. Hidden names (starting with {@code .}, such as the incremental index) stay in the
 * run folder only.
 *
 * <p>An output folder written by an older Newsdesk (plain files at the top level) is converted on the first run
 * ({@link #adoptPlainFiles(Path, Collection)}) so that, there too, a reader only ever sees one run's files.
 *
 * <p>Use only under the output folder's {@link OutputLock}.
 */
public final class OutputSet implements Closeable {

    /** The folder of the run folders, inside the output folder. */
    public static final String RUNS = "runs";
    /** The symbolic link, inside the output folder, to the folder of the last complete run. */
    public static final String CURRENT = "current";
    /** Earlier complete run folders kept besides the current one. */
    public static final int KEPT_EARLIER = 2;
    /**
     * Test hook: with this system property set to a number of milliseconds, each step of putting the outputs in place
     * prints {@code newsdesk-test: output step <name>} to stderr and waits that long, so that a test can kill the run
     * at that step. Unset in normal use.
     */
    public static final String STEP_DELAY_PROPERTY = "newsdesk.test.outputStepDelayMs";

    /** Written into a run folder when all its files are complete, just before it becomes current. */
    static final String COMPLETE = ".complete";

    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path output;
    private final Path folder;
    private final String runId;
    private final Set<String> names = new LinkedHashSet<>();
    private boolean published;
    private boolean closed;

    private OutputSet(Path output, Path folder, String runId) {
        this.output = output;
        this.folder = folder;
        this.runId = runId;
    }

    /**
     * A new run id: the start time (UTC, to the millisecond, sortable) and a random part, e.g.
     * {@code 20261205T151607.123Z-1k3j5s9d}. It is also the name of the run's folder.
     */
    public static String newRunId(Instant started) {
        return RUN_TIME.format(started) + "-" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    /** Starts the output set of run {@code runId} in {@code output}: creates its empty run folder. */
    public static OutputSet begin(Path output, String runId) throws IOException {
        if (runId.isEmpty() || runId.contains("/") || runId.contains("\\") || runId.startsWith(".")) {
            throw new IllegalArgumentException("not a run id: '" + runId + "'");
        }
        Path runs = output.resolve(RUNS);
        Files.createDirectories(runs);
        Path folder = runs.resolve(runId);
        Files.createDirectory(folder);
        return new OutputSet(output, folder, runId);
    }

    /** The run's id. */
    public String runId() {
        return runId;
    }

    /** The run's own folder, where its files are written. */
    public Path folder() {
        return folder;
    }

    /**
     * Where to write the output file {@code name} (a plain file name) of this run: a path in the run's folder. The
     * file must exist by {@link #publish()}; unless its name starts with {@code .}, the output folder then shows it
     * as {@code <output>/<name>}.
     */
    public Path stagedFile(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                || name.equals(RUNS) || name.equals(CURRENT) || name.equals(COMPLETE)) {
            throw new IllegalArgumentException("not an output file name: '" + name + "'");
        }
        names.add(name);
        return folder.resolve(name);
    }

    /**
     * Makes this run's files the output folder's files, all at once: marks the run folder complete, switches
     * {@code current} to it atomically, adds the top-level links for new names, removes links to files this run did
     * not write, and deletes run folders beyond the kept ones.
     *
     * @throws IOException if a staged file is missing or the switch fails; the previous set then stays current
     */
    public void publish() throws IOException {
        if (published || closed) {
            throw new IllegalStateException("output set " + runId + " is already " + (published ? "published" : "closed"));
        }
        for (String name : names) {
            if (!Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("output file " + folder.resolve(name) + " was not written");
            }
        }
        step("mark " + runId + " complete");
        try (FileChannel marker = FileChannel.open(folder.resolve(COMPLETE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            marker.force(true);
        }
        syncDirectory(folder);
        step("switch current to " + runId);
        replaceLink(output.resolve(CURRENT), Path.of(RUNS, runId));
        published = true;
        syncDirectory(output);
        for (String name : names) {
            if (!name.startsWith(".")) {
                Path top = output.resolve(name);
                Path target = Path.of(CURRENT, name);
                if (!isLinkTo(top, target)) {
                    step("link " + name);
                    replaceLink(top, target);
                }
            }
        }
        removeLinksToMissingFiles(output);
        step("prune");
        prune(output);
    }

    /** Deletes the run folder unless it was published. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!published) {
            deleteTree(folder);
        }
    }

    /**
     * Where the last complete set of an output folder is: {@code <output>/current} (resolved to its run folder), or
     * the output folder itself when it holds no run folders (written by an older Newsdesk, or never written).
     */
    public static Path lastComplete(Path output) {
        Path current = output.resolve(CURRENT);
        try {
            if (Files.isSymbolicLink(current) && Files.isDirectory(current)) {
                return output.resolve(Files.readSymbolicLink(current)).normalize();
            }
        } catch (IOException e) {
            // an unreadable link counts as none
        }
        return output;
    }

    /**
     * Deletes what runs that were stopped left in {@code output}: run folders that never became current (with every
     * file in them) and temporary links. Call under the output lock, before a run.
     *
     * @return how many files were deleted
     */
    public static int cleanUp(Path output) throws IOException {
        int deleted = 0;
        try (Stream<Path> top = Files.list(output)) {
            for (Path p : top.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp") && Files.isSymbolicLink(p)) {
                    Files.deleteIfExists(p);
                    deleted++;
                }
            }
        }
        Path runs = output.resolve(RUNS);
        if (!Files.isDirectory(runs, LinkOption.NOFOLLOW_LINKS)) {
            return deleted;
        }
        Optional<Path> current = currentFolder(output);
        for (Path run : list(runs)) {
            if (current.isPresent() && run.getFileName().equals(current.get().getFileName())) {
                continue;
            }
            if (!Files.exists(run.resolve(COMPLETE))) {
                deleted += deleteTree(run);
            }
        }
        return deleted;
    }

    /**
     * Converts an output folder written by an older Newsdesk, whose files ({@code plainNames} that exist as regular
     * files at its top level) were replaced one by one: they become a complete run folder, which becomes current, and
     * each top-level name is then replaced by its link, which shows the same content. Does nothing when the folder
     * already has {@code current} or holds none of the files.
     *
     * @return whether the folder was converted
     */
    public static boolean adoptPlainFiles(Path output, Collection<String> plainNames) throws IOException {
        if (Files.exists(output.resolve(CURRENT), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        List<String> present = new ArrayList<>();
        for (String name : plainNames) {
            Path p = output.resolve(name);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                present.add(name);
            }
        }
        if (present.isEmpty()) {
            return false;
        }
        Instant written = Files.getLastModifiedTime(output.resolve(present.get(0))).toInstant();
        String id = RUN_TIME.format(written) + "-earlier";
        Path folder = output.resolve(RUNS).resolve(id);
        if (Files.exists(folder)) {
            deleteTree(folder);
        }
        Files.createDirectories(folder);
        for (String name : present) {
            Path from = output.resolve(name);
            try {
                Files.createLink(folder.resolve(name), from);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(from, folder.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.createFile(folder.resolve(COMPLETE));
        syncDirectory(folder);
        replaceLink(output.resolve(CURRENT), Path.of(RUNS, id));
        syncDirectory(output);
        for (String name : present) {
            if (name.startsWith(".")) {
                Files.deleteIfExists(output.resolve(name));
            } else {
                replaceLink(output.resolve(name), Path.of(CURRENT, name));
            }
        }
        syncDirectory(output);
        return true;
    }

    /**
     * Test hook, see {@link #STEP_DELAY_PROPERTY}: announces an output step and waits, when the property is set.
     */
    public static void step(String name) {
        long delay = Long.getLong(STEP_DELAY_PROPERTY, 0L);
        if (delay <= 0) {
            return;
        }
        System.err.println("newsdesk-test: output step " + name);
        System.err.flush();
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Path> currentFolder(Path output) {
        Path current = output.resolve(CURRENT);
        try {
            return Files.isSymbolicLink(current) ? Optional.of(Files.readSymbolicLink(current)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps the current run folder and the most recent complete earlier ones; deletes the rest. */
    private static void prune(Path output) throws IOException {
        Optional<Path> current = currentFolder(output);
        List<Path> earlier = new ArrayList<>();
        for (Path run : list(output.resolve(RUNS))) {
            if (current.isPresent() && run.getFileName().equals(current.get().getFileName())) {
                continue;
            }
            if (Files.exists(run.resolve(COMPLETE))) {
                earlier.add(run);
            } else {
                deleteTree(run);
            }
        }
        earlier.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        for (Path old : earlier.subList(Math.min(KEPT_EARLIER, earlier.size()), earlier.size())) {
            deleteTree(old);
        }
    }

    /** Removes top-level links into {@code current/} whose file the current run does not have. */
    private static void removeLinksToMissingFiles(Path output) throws IOException {
        try (Stream<Path> top = Files.list(output)) {
            for (Path p : top.toList()) {
                if (Files.isSymbolicLink(p) && !p.getFileName().toString().equals(CURRENT)) {
                    Path target = Files.readSymbolicLink(p);
                    if (target.getNameCount() == 2 && target.getName(0).toString().equals(CURRENT)
                            && !Files.exists(p)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static boolean isLinkTo(Path link, Path target) {
        try {
            return Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target);
        } catch (IOException e) {
            return false;
        }
    }

    /** Points {@code link} at {@code target} with one atomic rename of a new link over it (whatever it was). */
    private static void replaceLink(Path link, Path target) throws IOException {
        Path dir = link.getParent();
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            Path temp = dir.resolve("." + link.getFileName() + "." + suffix + ".tmp");
            try {
                Files.createSymbolicLink(temp, target);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
                continue;
            } catch (UnsupportedOperationException e) {
                throw new IOException("the file system of " + dir + " has no symbolic links, which the output "
                        + "folder needs to switch its files at once", e);
            }
            try {
                Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, link, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return;
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    /** Deletes a folder and everything in it (links are deleted, not followed); returns the files deleted. */
    private static int deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int files = 0;
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                files++;
            }
            Files.deleteIfExists(p);
        }
        return files;
    }

    /** Best effort: makes renames in {@code dir} durable where the platform allows opening a folder. */
    private static void syncDirectory(Path dir) {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported on every platform
        }
    }
}
