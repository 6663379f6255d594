package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.io.Fixtures.failed;
import static org.newsdesk.io.Fixtures.ids;
import static org.newsdesk.io.Fixtures.ok;
import static org.newsdesk.io.Fixtures.read;
import static org.newsdesk.io.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;

class FolderInputTest {

    @TempDir
    Path root;

    @Test
    void readsNestedFolderIdsWithoutExtension() throws Exception {
        write(root.resolve("sport/002.txt"), "Goal\nA late goal.\n");
        write(root.resolve("business/001.txt"), "Shares rise\nMarkets were up.\n");
        write(root.resolve("business/deep/003.txt"), "Deep\nNested body.\n");
        write(root.resolve("business/readme.md"), "not an article");

        List<ReadOutcome> outcomes = read(root);

        assertEquals(List.of("business/001", "business/deep/003", "sport/002"), ids(outcomes));
        Article first = ok(outcomes.get(0));
        assertEquals("Shares rise", first.title());
        assertEquals("Markets were up.", first.text());
        assertEquals(List.of(), first.labels());
        assertNull(first.referenceSummary());
        assertEquals(List.of(), first.notes());
    }

    @Test
    void sortsByRelativePathSoOrderIsDeterministic() throws Exception {
        write(root.resolve("b.txt"), "B\nbody\n");
        write(root.resolve("a/z.txt"), "Z\nbody\n");
        write(root.resolve("a/b.txt"), "AB\nbody\n");
        write(root.resolve("a-b.txt"), "A-B\nbody\n");

        assertEquals(List.of("a/b", "a/z", "a-b", "b"), ids(read(root)));
    }

    @Test
    void takesFirstNonEmptyLineAsTitleAndKeepsTheBodyUnchanged() throws Exception {
        write(root.resolve("x.txt"), "\n  \n  Headline here  \n\n\n  First paragraph.\n\nSecond paragraph.  \n\n\n");

        Article article = ok(read(root).get(0));

        assertEquals("Headline here", article.title());
        assertEquals("  First paragraph.\n\nSecond paragraph.", article.text());
    }

    @Test
    void handlesWindowsLineEndings() throws Exception {
        write(root.resolve("x.txt"), "Title\r\n\r\nBody one.\r\nBody two.\r\n");

        Article article = ok(read(root).get(0));

        assertEquals("Title", article.title());
        assertEquals("Body one.\r\nBody two.", article.text());
    }

    @Test
    void takesLabelsFromParentFolderNames() throws Exception {
        write(root.resolve("business/001.txt"), "T\nbody\n");
        write(root.resolve("tech/ai/002.txt"), "T\nbody\n");

        List<ReadOutcome> outcomes = ArticleSource.readAll(root, InputOptions.defaults().withLabelsFromDirs(true));

        assertEquals(List.of("business"), ok(outcomes.get(0)).labels());
        assertEquals(List.of("ai"), ok(outcomes.get(1)).labels());
    }

    @Test
    void failsFileDirectlyInRootWhenLabelsComeFromFolders() throws Exception {
        write(root.resolve("loose.txt"), "T\nbody\n");

        List<ReadOutcome> outcomes = ArticleSource.readAll(root, InputOptions.defaults().withLabelsFromDirs(true));

        ArticleError error = failed(outcomes.get(0));
        assertEquals("loose", error.id());
        assertEquals("no label folder", error.message());
    }

    @Test
    void skipsUtf8ByteOrderMark() throws Exception {
        write(root.resolve("x.txt"), Fixtures.withBom("Café news\nBody é.\n"));

        Article article = ok(read(root).get(0));

        assertEquals("Café news", article.title());
        assertEquals("Body é.", article.text());
        assertEquals(List.of(), article.notes());
    }

    @Test
    void fallsBackToWindows1252AndSaysSo() throws Exception {
        write(root.resolve("x.txt"), "Caf\u00e9 \u201cquoted\u201d\nPrice: 5\u20ac\n".getBytes(Charset.forName("windows-1252")));

        Article article = ok(read(root).get(0));

        assertEquals("Caf\u00e9 \u201cquoted\u201d", article.title());
        assertEquals("Price: 5\u20ac", article.text());
        assertEquals(List.of("not valid UTF-8; decoded as windows-1252"), article.notes());
    }

    @Test
    void reportsEmptyFileAndReadsATitleWithoutBodyAsAFlash() throws Exception {
        write(root.resolve("a.txt"), "");
        write(root.resolve("b.txt"), " \n\n");
        write(root.resolve("c.txt"), "Only a title\n\n  \n");

        List<ReadOutcome> outcomes = read(root);

        assertEquals("empty file", failed(outcomes.get(0)).message());
        assertEquals("empty file (only whitespace)", failed(outcomes.get(1)).message());
        // issue 16 #5: a headline alone is a wire flash, read as in CSV and JSON Lines
        Article flash = ok(outcomes.get(2));
        assertEquals("c", flash.id());
        assertEquals("Only a title", flash.title());
        assertEquals("", flash.text());
        assertEquals(List.of(ArticleNotes.HEADLINE_ONLY), flash.notes());
    }

    @Test
    void reportsUnreadableFileAndReadsTheRest() throws Exception {
        write(root.resolve("a.txt"), "A\nbody\n");
        Files.createSymbolicLink(root.resolve("b.txt"), root.resolve("missing-target.txt"));
        write(root.resolve("c.txt"), "C\nbody\n");

        List<ReadOutcome> outcomes = read(root);

        assertEquals(List.of("a", "b", "c"), ids(outcomes));
        ok(outcomes.get(0));
        ArticleError error = failed(outcomes.get(1));
        assertTrue(error.message().startsWith("NoSuchFile: ") && error.message().endsWith("b.txt"), error.message());
        ok(outcomes.get(2));
    }

    @Test
    void skipsHiddenFilesAndFolders() throws Exception {
        write(root.resolve("a.txt"), "A\nbody\n");
        write(root.resolve("._a.txt"), "junk");
        write(root.resolve(".git/x.txt"), "X\nbody\n");

        assertEquals(List.of("a"), ids(read(root)));
    }
}
