package org.newsdesk.batch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.InputOptions;
import org.newsdesk.model.LoadedModel;
import org.newsdesk.model.ModelStore;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;

/** The shipped default model on the shipped seeds: what a new user sees on the first run. */
class DefaultModelTest {

    static LoadedModel model;
    static List<ArticleResult> results;

    @BeforeAll
    static void runDefaultModelOnSeeds() throws Exception {
        model = new ModelStore().load(Path.of("models/default"));
        List<Article> seeds = new ArrayList<>();
        for (ReadOutcome o : ArticleSource.readAll(Path.of("seeds"), InputOptions.defaults())) {
            seeds.add(((ReadOutcome.Ok) o).article());
        }
        // the model's own learned sentence scorer, as `run` uses it
        results = new ArticleProcessor(model.classifier(),
                Components.summarizer(Path.of("models/default"), Summarizer.DEFAULT_MAX_SIMILARITY),
                new SummaryLength.Sentences(3))
                .process(seeds);
    }

    @Test
    void labelsTheSeedArticleWarAndConflictAndPolitics() {
        ArticleResult seed = results.stream().filter(r -> r.id().equals("000_3ff166a586569695")).findFirst()
                .orElseThrow();
        List<String> topics = seed.prediction().topics();
        assertTrue(topics.contains("war-and-conflict"), topics.toString());
        assertTrue(topics.contains("politics"), topics.toString());
    }

    @Test
    void summarizesTheSeedWithTheWorkersKurskAndNorthKorea() {
        ArticleResult seed = results.stream().filter(r -> r.id().equals("000_3ff166a586569695")).findFirst()
                .orElseThrow();
        String summary = seed.summary().text();
        assertEquals(3, seed.summary().sentences().size());
        assertTrue(summary.contains("6,000"), summary);
        assertTrue(summary.contains("Kursk"), summary);
        assertTrue(summary.contains("North Korea"), summary);
        assertTrue(!summary.contains("http"), summary);
        assertTrue(summary.matches("(?s).*\\b(alliance|cooperation|partnership|bonds)\\b.*"),
                "the alliance between North Korea and Russia: " + summary);
        assertTrue(!summary.contains("?") && !summary.contains("!"), "no question, no exclamation: " + summary);
    }

    @Test
    void carriesALearnedSentenceScorer() {
        assertEquals("supervised", assertDoesNotThrow(() -> Components.summarizer(Path.of("models/default"),
                Summarizer.DEFAULT_MAX_SIMILARITY)).method());
    }

    @Test
    void givesMostSeedsOneTopic() {
        // one main thread each, except the seed article (war and its politics) and the cyclone (disaster, climate)
        long single = results.stream().filter(r -> r.prediction().topics().size() == 1).count();
        assertTrue(single >= results.size() - 2, results.stream().map(r -> r.prediction().topics()).toList().toString());
    }

    @Test
    void everySeedIsProcessed() throws Exception {
        try (var files = Files.list(Path.of("seeds"))) {
            assertEquals(files.count(), results.size());
        }
        results.forEach(r -> assertTrue(r.isOk(), r.id() + ": " + r.error()));
    }

    @Test
    void isSmallEnoughToCommit() throws Exception {
        long bytes = 0;
        try (var files = Files.list(Path.of("models/default"))) {
            for (Path p : files.toList()) {
                bytes += Files.size(p);
            }
        }
        assertTrue(bytes < 20L * 1024 * 1024, bytes + " bytes");
        assertTrue(model.manifest().multiLabel());
        assertEquals(11, model.manifest().labels().size());
    }
}
