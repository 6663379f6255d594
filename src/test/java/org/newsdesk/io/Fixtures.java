package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;

/** Small helpers for the io tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Path write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes);
    }

    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    static Article ok(ReadOutcome outcome) {
        return assertInstanceOf(ReadOutcome.Ok.class, outcome, () -> "expected Ok, got " + outcome).article();
    }

    static ArticleError failed(ReadOutcome outcome) {
        return assertInstanceOf(ReadOutcome.Failed.class, outcome, () -> "expected Failed, got " + outcome).error();
    }

    static List<String> ids(List<ReadOutcome> outcomes) {
        return outcomes.stream().map(ReadOutcome::id).toList();
    }

    static List<ReadOutcome> read(Path path) {
        return ArticleSource.readAll(path, InputOptions.defaults());
    }
}
