package org.newsdesk.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
        MessageDigest sha = sha256();
        long bytes = 0;
        long files = 0;
        boolean folder = Files.isDirectory(path);
        if (folder) {
            List<Path> all;
            try (Stream<Path> walk = Files.walk(path)) {
                all = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : all) {
                sha.update(path.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                bytes += update(sha, file);
                files++;
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
        return d;
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
