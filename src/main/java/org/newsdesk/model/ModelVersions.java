package org.newsdesk.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Versioned model folders.
 *
 * <p>A <em>plain</em> model folder has {@code manifest.json} at its root (as {@code models/default}). A
 * <em>versioned</em> model folder has no manifest at its root but a text file {@value #CURRENT} naming the version in
 * use, and one plain model folder per version: {@code v0001}, {@code v0002}, ... (a text file rather than a symbolic
 * link, so that it works on every file system and survives copying). Loading either kind works the same:
 * {@link #resolve(Path)} turns a versioned folder into its current version. {@value #CURRENT} is replaced atomically,
 * so a run sees either the old or the new version, never a mix.
 */
public final class ModelVersions {

    /** The file naming the current version. */
    public static final String CURRENT = "current";

    private static final Pattern VERSION = Pattern.compile("v\\d{4,}");

    private ModelVersions() {
    }

    /** Whether {@code dir} is a plain model folder (manifest at its root). */
    public static boolean isPlain(Path dir) {
        return Files.isRegularFile(dir.resolve(ModelStore.MANIFEST));
    }

    /** Whether {@code dir} is a versioned model folder. */
    public static boolean isVersioned(Path dir) {
        return !isPlain(dir) && Files.isRegularFile(dir.resolve(CURRENT));
    }

    /**
     * The plain model folder to load for {@code dir}: its current version when it is versioned, otherwise itself.
     *
     * @throws IOException          if {@value #CURRENT} cannot be read
     * @throws ModelFormatException if {@value #CURRENT} names no version of the folder
     */
    public static Path resolve(Path dir) throws IOException {
        if (!isVersioned(dir)) {
            return dir;
        }
        String version = Files.readString(dir.resolve(CURRENT), StandardCharsets.UTF_8).strip();
        if (!VERSION.matcher(version).matches() || !isPlain(dir.resolve(version))) {
            throw new ModelFormatException(dir.resolve(CURRENT) + " names '" + version + "', which is not a version "
                    + "of " + dir + " (versions: " + String.join(", ", versions(dir)) + ")");
        }
        return dir.resolve(version);
    }

    /** The current version's name, when {@code dir} is versioned. */
    public static Optional<String> current(Path dir) throws IOException {
        if (!isVersioned(dir)) {
            return Optional.empty();
        }
        return Optional.of(resolve(dir).getFileName().toString());
    }

    /** The complete versions of {@code dir} (folders {@code vNNNN} with a manifest), oldest first. */
    public static List<String> versions(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> VERSION.matcher(n).matches())
                    .filter(n -> isPlain(dir.resolve(n))).sorted().toList();
        }
    }

    /** The name for the next version of {@code dir}: one more than the highest version folder present. */
    public static String nextVersion(Path dir) throws IOException {
        int highest = 0;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> children = Files.list(dir)) {
                for (String n : children.map(p -> p.getFileName().toString()).toList()) {
                    if (VERSION.matcher(n).matches()) {
                        highest = Math.max(highest, Integer.parseInt(n.substring(1)));
                    }
                }
            }
        }
        return String.format("v%04d", highest + 1);
    }

    /**
     * Makes {@code version} the current version of {@code dir}, replacing {@value #CURRENT} atomically.
     *
     * @throws IllegalArgumentException if {@code version} is not a complete version of {@code dir}, or {@code dir}
     *                                  is a plain model folder
     */
    public static void setCurrent(Path dir, String version) throws IOException {
        if (isPlain(dir)) {
            throw new IllegalArgumentException(dir + " is a plain model folder, not a versioned one");
        }
        if (!VERSION.matcher(version).matches() || !isPlain(dir.resolve(version))) {
            throw new IllegalArgumentException("'" + version + "' is not a version of " + dir + " (versions: "
                    + String.join(", ", versions(dir)) + ")");
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + CURRENT + ".", ".tmp");
        try {
            Files.writeString(tmp, version + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
