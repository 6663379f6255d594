package org.newsdesk.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.newsdesk.core.Article;

/**
 * SHA-256 fingerprint of a list of articles: for each article in order, its id, title, text and labels, each
 * followed by a NUL byte (labels joined by {@code |}). Two trainings with equal fingerprints saw the same data.
 */
public final class DataFingerprint {

    private DataFingerprint() {
    }

    /** The hex SHA-256 of the articles. */
    public static String of(List<Article> articles) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Article a : articles) {
                for (String part : new String[] {a.id(), a.title(), a.text(), String.join("|", a.labels())}) {
                    sha.update(part.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
