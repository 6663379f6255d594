package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run folders and the {@code current} link that publish a run's outputs as one set. */
class OutputSetTest {

    @TempDir
    Path out;

    private String publish(String content) throws Exception {
        try (OutputSet set = OutputSet.begin(out, OutputSet.newRunId(Instant.now()))) {
            Files.writeString(set.stagedFile("results.json"), content);
            Files.writeString(set.stagedFile(".index"), content);
            set.publish();
            return set.runId();
        }
    }

    private List<String> runs() throws Exception {
        try (Stream<Path> s = Files.list(out.resolve(OutputSet.RUNS))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPublishedSetIsCurrentAndTheTopLevelNameLinksIntoIt() throws Exception {
        String id = publish("one");
        assertEquals("one", Files.readString(out.resolve("results.json")));
        assertTrue(Files.isSymbolicLink(out.resolve("results.json")));
        assertEquals(out.resolve(OutputSet.RUNS).resolve(id), OutputSet.lastComplete(out));
        assertFalse(Files.exists(out.resolve(".index")), "hidden files stay in the run folder");
        assertEquals("one", Files.readString(OutputSet.lastComplete(out).resolve(".index")));
    }

    @Test
    void anUnpublishedSetIsDeletedAndTheCurrentOneStays() throws Exception {
        publish("one");
        try (OutputSet set = OutputSet.begin(out, OutputSet.newRunId(Instant.now()))) {
            Files.writeString(set.stagedFile("results.json"), "half");
        }
        assertEquals("one", Files.readString(out.resolve("results.json")));
        assertEquals(1, runs().size());
    }

    @Test
    void aKilledRunsFolderIsCleanedUpAndOldRunsArePruned() throws Exception {
        for (int i = 0; i < 5; i++) {
            publish("run " + i);
            Thread.sleep(2);
        }
        assertEquals(1 + OutputSet.KEPT_EARLIER, runs().size());
        Path killed = out.resolve(OutputSet.RUNS).resolve("29991231T000000.000Z-killed");
        Files.createDirectories(killed);
        Files.writeString(killed.resolve("results.json"), "partial");
        assertEquals(1, OutputSet.cleanUp(out));
        assertFalse(Files.exists(killed));
        assertEquals("run 4", Files.readString(out.resolve("results.json")));
    }

    @Test
    void plainFilesOfAnOlderNewsdeskBecomeTheCurrentSet() throws Exception {
        Files.writeString(out.resolve("results.json"), "old json");
        Files.writeString(out.resolve("results.csv"), "old csv");
        Files.writeString(out.resolve(".index"), "old index");
        assertTrue(OutputSet.adoptPlainFiles(out, List.of("results.json", "results.csv", ".index")));
        assertTrue(Files.isSymbolicLink(out.resolve("results.json")));
        assertEquals("old json", Files.readString(out.resolve("results.json")));
        assertEquals("old csv", Files.readString(out.resolve("results.csv")));
        assertEquals("old index", Files.readString(OutputSet.lastComplete(out).resolve(".index")));
        assertFalse(Files.exists(out.resolve(".index")));
        assertFalse(OutputSet.adoptPlainFiles(out, List.of("results.json")), "converted once");
    }
}
