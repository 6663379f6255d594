package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.io.Fixtures.failed;
import static org.newsdesk.io.Fixtures.ids;
import static org.newsdesk.io.Fixtures.ok;
import static org.newsdesk.io.Fixtures.write;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;

class ArticleSourceTest {

    @TempDir
    Path dir;

    @Test
    void mergesInputsInTheGivenOrder() throws Exception {
        Path folder = dir.resolve("folder");
        write(folder.resolve("f1.txt"), "T\nbody\n");
        Path csv = write(dir.resolve("a.csv"), "id,text\nc1,body\n");
        Path jsonl = write(dir.resolve("b.jsonl"), "{\"id\":\"j1\",\"text\":\"body\"}\n");

        List<ReadOutcome> outcomes = ArticleSource.readAll(List.of(jsonl, folder, csv), InputOptions.defaults());

        assertEquals(List.of("j1", "f1", "c1"), ids(outcomes));
    }

    @Test
    void failsTheLaterOfTwoDuplicateIdsNamingTheFirstSource() throws Exception {
        Path first = write(dir.resolve("first.csv"), "id,text\nx,one\ny,two\n");
        Path second = write(dir.resolve("second.jsonl"), "{\"id\":\"y\",\"text\":\"again\"}\n");

        List<ReadOutcome> outcomes = ArticleSource.readAll(List.of(first, second), InputOptions.defaults());

        assertEquals(3, outcomes.size());
        ok(outcomes.get(0));
        ok(outcomes.get(1));
        ArticleError duplicate = failed(outcomes.get(2));
        assertEquals("y", duplicate.id());
        assertEquals("duplicate id, first seen in " + first + " line 3", duplicate.message());
    }

    @Test
    void readsInputsLazilyOneRecordAtATime() throws Exception {
        Path first = write(dir.resolve("first.jsonl"), "{\"id\":\"a\",\"text\":\"t\"}\n{\"id\":\"b\",\"text\":\"t\"}\n");
        Path second = write(dir.resolve("second.jsonl"), "{\"id\":\"c\",\"text\":\"t\"}\n");

        try (Stream<ReadOutcome> stream = ArticleSource.open(List.of(first, second), InputOptions.defaults())) {
            Iterator<ReadOutcome> it = stream.iterator();
            assertEquals("a", it.next().id());
            // the second input has not been touched yet: removing it now turns it into a read failure
            Files.delete(second);
            assertEquals("b", it.next().id());
            ArticleError error = failed(it.next());
            assertTrue(error.message().contains("second.jsonl"), error.message());
            assertFalse(it.hasNext());
        }
    }

    @Test
    void streamsLargeFilesWithoutReadingThemWhole() throws Exception {
        Path big = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("id,text\n");
            for (int i = 0; i < 200_000; i++) {
                out.write("id" + i + ",Some body text for article number " + i + ".\n");
            }
        }
        try (Stream<ReadOutcome> stream = ArticleSource.open(big, InputOptions.defaults())) {
            assertEquals(List.of("id0", "id1", "id2"), stream.limit(3).map(ReadOutcome::id).toList());
        }
        try (Stream<ReadOutcome> stream = ArticleSource.open(big, InputOptions.defaults())) {
            assertEquals(200_000, stream.filter(o -> o instanceof ReadOutcome.Ok).count());
        }
    }

    @Test
    void rejectsMissingInputsAndMismatchedFormatsWhenOpening() throws Exception {
        Path csv = write(dir.resolve("a.csv"), "id,text\n");
        InputOptions defaults = InputOptions.defaults();

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ArticleSource.open(List.of(dir.resolve("nope.csv")), defaults));
        assertTrue(missing.getMessage().contains("nope.csv"), missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ArticleSource.open(List.of(write(dir.resolve("a.xml"), "")), defaults));
        assertThrows(IllegalArgumentException.class,
                () -> ArticleSource.open(List.of(csv), defaults.withFormat(InputFormat.FOLDER)));
        assertThrows(IllegalArgumentException.class,
                () -> ArticleSource.open(List.of(dir), defaults.withFormat(InputFormat.CSV)));
    }

    @Test
    void formatOverrideReadsAnyExtension() throws Exception {
        Path data = write(dir.resolve("data.txt"), "{\"id\":\"a\",\"text\":\"t\"}\n");

        List<ReadOutcome> outcomes = ArticleSource.readAll(data, InputOptions.defaults().withFormat(InputFormat.JSONL));

        assertEquals("a", ok(outcomes.get(0)).id());
    }
}
