package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.io.Fixtures.ids;
import static org.newsdesk.io.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.ReadOutcome;

class IdFilterTest {

    @TempDir
    Path dir;

    @Test
    void loadsIdsIgnoringBlankAndCommentLines() throws Exception {
        Path file = write(dir.resolve("ids.txt"), Fixtures.withBom("a1\n\n# a comment\n  b/2  \r\n#c\n"));

        IdFilter filter = IdFilter.fromFile(file);

        assertEquals(Set.of("a1", "b/2"), filter.ids());
        assertTrue(filter.contains("b/2"));
    }

    @Test
    void loadsIdsFromCsvIdColumn() throws Exception {
        Path file = write(dir.resolve("ids.csv"), "split,id\ntrain,a\ntest,b\n");

        assertEquals(Set.of("a", "b"), IdFilter.fromFile(file).ids());
    }

    @Test
    void keepsRowsOfTheRequestedSplit() throws Exception {
        Path file = write(dir.resolve("splits.csv"), "id,split\na,train\nb,test\nc, test \nd,dev\n");

        IdFilter test = IdFilter.fromSplitCsv(file, "split", "test");

        assertEquals(List.of("b", "c"), List.copyOf(test.ids()));
    }

    @Test
    void reportsMissingSplitColumnWithColumnsPresent() throws Exception {
        Path file = write(dir.resolve("splits.csv"), "id,fold\na,1\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IdFilter.fromSplitCsv(file, "split", "test"));
        assertTrue(e.getMessage().contains("'split'") && e.getMessage().contains("columns present: id, fold"),
                e.getMessage());
    }

    @Test
    void filtersOutcomesByIdKeepingOrder() throws Exception {
        Path csv = write(dir.resolve("news.csv"), "id,text\na,t\nb,t\nc,t\n ,t\n");
        IdFilter filter = IdFilter.of(List.of("c", "a"));

        try (Stream<ReadOutcome> outcomes = ArticleSource.open(csv, InputOptions.defaults())) {
            assertEquals(List.of("a", "c"), ids(filter.filter(outcomes).toList()));
        }
    }
}
