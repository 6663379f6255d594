package org.newsdesk.summarize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsdesk.core.Article;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.InputOptions;

/** The seeds and the starter corpus, for tests that run over every article we have. */
final class TestArticles {

    private TestArticles() {
    }

    /**
     * Every seed ({@code seeds/*.txt}: first non-blank line the title, the rest the body) and every article of
     * {@code training-data/articles.csv}, as {id, title, body}.
     */
    static List<String[]> all() {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p);
                int i = 0;
                while (i < lines.size() && lines.get(i).isBlank()) {
                    i++;
                }
                out.add(new String[] {p.getFileName().toString(), lines.get(i),
                    String.join("\n", lines.subList(i + 1, lines.size()))});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ReadOutcome o : ArticleSource.readAll(List.of(Path.of("training-data/articles.csv")),
                InputOptions.defaults())) {
            if (o instanceof ReadOutcome.Ok ok) {
                Article a = ok.article();
                out.add(new String[] {a.id(), a.title(), a.text()});
            }
        }
        return out;
    }
}
