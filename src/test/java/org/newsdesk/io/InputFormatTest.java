package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFormatTest {

    @TempDir
    Path dir;

    @Test
    void detectsFolderCsvAndJsonLinesFromThePath() {
        assertEquals(InputFormat.FOLDER, InputFormat.detect(dir));
        assertEquals(InputFormat.CSV, InputFormat.detect(Path.of("data/news.csv")));
        assertEquals(InputFormat.CSV, InputFormat.detect(Path.of("NEWS.CSV")));
        assertEquals(InputFormat.JSONL, InputFormat.detect(Path.of("a.jsonl")));
        assertEquals(InputFormat.JSONL, InputFormat.detect(Path.of("a.ndjson")));
        assertEquals(InputFormat.JSONL, InputFormat.detect(Path.of("a.json")));
    }

    @Test
    void rejectsUnknownExtensionNamingThePath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputFormat.detect(Path.of("notes/articles.xml")));
        assertTrue(e.getMessage().contains("articles.xml"), e.getMessage());
    }

    @Test
    void defaultOptionsUseTheDocumentedColumnNames() {
        InputOptions options = InputOptions.defaults();
        assertEquals(null, options.format());
        assertEquals(false, options.labelsFromDirs());
        assertEquals("id", options.idColumn());
        assertEquals("title", options.titleColumn());
        assertEquals("text", options.textColumn());
        assertEquals("labels", options.labelsColumn());
        assertEquals("summary", options.summaryColumn());
        assertEquals("|", options.labelSeparator());
        assertThrows(IllegalArgumentException.class, () -> options.withLabelSeparator(""));
    }
}
