package org.newsdesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.ModelFormatException;
import org.newsdesk.model.ModelStore;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SupervisedTrainer;

/** A model directory's summarizer: its supervised scorer when it has one, the unsupervised scorer otherwise. */
class ComponentsTest {

    @Test
    void modelWithoutSummarizerFileUsesTheUnsupervisedScorer(@TempDir Path dir) throws Exception {
        Summarizer s = Components.summarizer(dir, 0.7);
        assertEquals("editor+centrality", s.method());
        assertEquals(0.7, s.maxSimilarity());
    }

    @Test
    void modelWithSummarizerFileUsesIt(@TempDir Path dir) throws Exception {
        SupervisedTrainer t = new SupervisedTrainer(Components.summarizer());
        t.add("Rain", "Rain fell. Farmers waited. The river rose.", "The river rose.");
        t.add("Shares", "Shares rose. Traders were calm. The index closed higher.", "The index closed higher.");
        Files.writeString(dir.resolve(ModelStore.SUMMARIZER), t.fit().toJson());
        assertEquals("supervised", Components.summarizer(dir, 0.8).method());
    }

    @Test
    void aBrokenSummarizerFileIsAModelError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ModelStore.SUMMARIZER), "{\"format\": \"something\"}");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> Components.summarizer(dir, 0.8));
        assertTrue(e.getMessage().contains("summarizer.json") && e.getMessage().contains("not a Newsdesk summarizer"),
                e.getMessage());
    }
}
