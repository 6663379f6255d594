package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.core.Article;
import org.newsdesk.testing.Fixtures;

/** Shared helpers of the command-line tests: run a command in-process, train the tiny fixture model. */
final class CliFixture {

    /** Fast training settings for the fixture model. */
    static final String[] FAST = {"--epochs", "30", "--batch-size", "4", "--learning-rate", "0.05", "--min-df", "1",
        "--validation-folds", "0"};

    private CliFixture() {
    }

    record Result(int code, String out, String err) {
    }

    static Result exec(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = NewsdeskCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    /** Writes articles as JSON Lines. */
    static Path writeJsonl(Path file, List<Article> articles) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                ObjectNode n = json.createObjectNode();
                n.put("id", a.id());
                n.put("title", a.title());
                n.put("text", a.text());
                n.putArray("labels").addAll(a.labels().stream().map(n::textNode).toList());
                a.extra().forEach(n::put);
                w.write(json.writeValueAsString(n));
                w.write('\n');
            }
        }
        return file;
    }

    /** Trains the fixture model (18 articles, 3 labels) into {@code model}. */
    static Path trainModel(Path dir, Path model) throws Exception {
        Path data = writeJsonl(dir.resolve("fixture-train.jsonl"), Fixtures.singleLabel());
        Result r = exec(concat(new String[] {"train", "--data", data.toString(), "--model", model.toString()}, FAST));
        assertEquals(0, r.code(), r.err());
        return model;
    }
}
