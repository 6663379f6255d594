package org.newsdesk.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sizes and SHA-256 hashes of inputs, for a run manifest. */
public final class InputDigest {

    private InputDigest() {
    }

    /**
     * Describes a file or folder: {@code path}, {@code kind} ("file" or "folder"), {@code files}, {@code bytes} and
     * {@code sha256}. A folder's hash covers each regular file's relative path and bytes, in path order.
     *
     * @throws IOException if it cannot be read
     */
    public static Map<String, Object> describe(Path path) throws IOException {
        return describe(path, null);
    }

    /**
     * Describes a file or folder as {@link #describe(Path)} does, leaving out {@code exclude} (a run's output folder,
     * which may lie inside an input folder; null for none) and, when {@code path} is that folder itself, its
     * {@linkplain OutputSet output files}. A file or subfolder that cannot be read does not fail the description: it
     * is listed under {@code unreadable} ({@code [{"path", "error"}]}, paths relative to the folder) and left out of
     * the hash.
     *
     * @throws IOException if {@code path} itself cannot be read
     */
    public static Map<String, Object> describe(Path path, Path exclude) throws IOException {
        MessageDigest sha = sha256();
        long bytes = 0;
        long files = 0;
        List<Map<String, Object>> unreadable = new ArrayList<>();
        boolean folder = Files.isDirectory(path);
        if (folder) {
            Path root = path.toRealPath();
            Path skip = exclude == null ? null : realOrNull(exclude);
            List<Path> all = new ArrayList<>();
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (skip != null && !dir.equals(path) && skip.equals(realOrNull(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (skip != null && skip.equals(root) && dir.getParent() != null && dir.getParent().equals(path)
                            && dir.getFileName().toString().equals(OutputSet.RUNS)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Files.isRegularFile(file) && !(skip != null && skip.equals(root)
                            && file.getParent().equals(path) && (Files.isSymbolicLink(file)
                            || file.getFileName().toString().startsWith(".")))) {
                        all.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(unreadable(path, file, e));
                    return FileVisitResult.CONTINUE;
                }
            });
            all.sort(null);
            for (Path file : all) {
                MessageDigest before;
                try {
                    before = (MessageDigest) sha.clone();
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException("SHA-256 digest cannot be copied", e);
                }
                try {
                    sha.update(path.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    bytes += update(sha, file);
                    files++;
                } catch (IOException e) {
                    // left out of the hash, as if it were not there, and named in the manifest
                    sha = before;
                    unreadable.add(unreadable(path, file, e));
                }
            }
        } else {
            bytes = update(sha, path);
            files = 1;
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("path", path.toString());
        d.put("kind", folder ? "folder" : "file");
        d.put("files", files);
        d.put("bytes", bytes);
        d.put("sha256", HexFormat.of().formatHex(sha.digest()));
        if (!unreadable.isEmpty()) {
            unreadable.sort(java.util.Comparator.comparing(m -> (String) m.get("path")));
            d.put("unreadable", unreadable);
        }
        return d;
    }

    private static Map<String, Object> unreadable(Path root, Path file, IOException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", root.relativize(file).toString().replace('\\', '/'));
        m.put("error", e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no longer there"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return m;
    }

    private static Path realOrNull(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The SHA-256 of {@code bytes}, as hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The SHA-256 of a file's bytes, as hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        update(sha, file);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static long update(MessageDigest sha, Path file) throws IOException {
        long n = 0;
        byte[] buffer = new byte[65536];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buffer)) > 0) {
                sha.update(buffer, 0, r);
                n += r;
            }
        }
        return n;
    }

    /** A new SHA-256 digest (every JVM has one). */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
