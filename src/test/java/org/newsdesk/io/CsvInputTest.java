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
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;

class CsvInputTest {

    @TempDir
    Path dir;

    @Test
    void readsColumnsByNameWithQuotedNewlinesAndLabels() throws Exception {
        Path csv = write(dir.resolve("news.csv"),
                "summary,text,id,labels,title\r\n"
                        + "Short.,\"Line one, with comma.\nLine \"\"two\"\".\",a1, business | economy ||,Markets\r\n"
                        + ",Plain body.,a2,,\r\n");

        List<ReadOutcome> outcomes = read(csv);

        assertEquals(List.of("a1", "a2"), ids(outcomes));
        Article a1 = ok(outcomes.get(0));
        assertEquals("Markets", a1.title());
        assertEquals("Line one, with comma.\nLine \"two\".", a1.text());
        assertEquals(List.of("business", "economy"), a1.labels());
        assertEquals("Short.", a1.referenceSummary());
        Article a2 = ok(outcomes.get(1));
        assertEquals("", a2.title());
        assertEquals(List.of(), a2.labels());
        assertNull(a2.referenceSummary());
    }

    @Test
    void needsOnlyIdAndTextColumnsAndHonoursCustomNames() throws Exception {
        Path csv = write(dir.resolve("custom.csv"), "doc,body,tags\nx1,Some text.,a;b\n");
        InputOptions options = InputOptions.defaults()
                .withColumns("doc", "headline", "body", "tags", "abstract")
                .withLabelSeparator(";");

        Article article = ok(ArticleSource.readAll(csv, options).get(0));

        assertEquals("x1", article.id());
        assertEquals("Some text.", article.text());
        assertEquals(List.of("a", "b"), article.labels());
    }

    @Test
    void reportsMissingCsvColumnWithColumnsPresent() throws Exception {
        Path csv = write(dir.resolve("bad.csv"), "id,title,body\n1,T,B\n2,T,B\n");

        List<ReadOutcome> outcomes = read(csv);

        assertEquals(1, outcomes.size());
        ArticleError error = failed(outcomes.get(0));
        assertTrue(error.message().contains("bad.csv"), error.message());
        assertTrue(error.message().contains("'text'"), error.message());
        assertTrue(error.message().contains("columns present: id, title, body"), error.message());
    }

    @Test
    void reportsEmptyCsvFileAsMissingHeader() throws Exception {
        Path csv = write(dir.resolve("empty.csv"), "");

        List<ReadOutcome> outcomes = read(csv);

        assertEquals(1, outcomes.size());
        assertTrue(failed(outcomes.get(0)).message().contains("no header row"), failed(outcomes.get(0)).message());
    }

    @Test
    void namesFileLineAndIdOfBadRecordsAndKeepsReading() throws Exception {
        Path csv = write(dir.resolve("recs.csv"),
                "id,text\n"                  // line 1
                        + "ok1,\"multi\nline\"\n" // lines 2-3
                        + "\n"                   // line 4, blank: skipped
                        + " ,some text\n"        // line 5: blank id
                        + "b2,  \n"              // line 6: blank text
                        + "c3,text,extra\n"      // line 7: wrong column count
                        + "ok2,fine\n");         // line 8

        List<ReadOutcome> outcomes = read(csv);

        assertEquals(5, outcomes.size());
        ok(outcomes.get(0));
        assertEquals(csv + " line 5: blank id", failed(outcomes.get(1)).message());
        assertEquals(csv + " line 5", failed(outcomes.get(1)).id());
        assertEquals(csv + " line 6 (id=b2): blank text and no title", failed(outcomes.get(2)).message());
        assertEquals("b2", failed(outcomes.get(2)).id());
        assertEquals(csv + " line 7 (id=c3): wrong column count: expected 2, found 3",
                failed(outcomes.get(3)).message());
        assertEquals("ok2", ok(outcomes.get(4)).id());
    }

    @Test
    void aHeadlineWithoutBodyIsReadWithANote() throws Exception {
        Path csv = write(dir.resolve("flash.csv"), "id,title,text\nf1,BANK RATE CUT TO 5 PCT,\nf2,,\n");

        List<ReadOutcome> outcomes = read(csv);

        assertEquals(2, outcomes.size());
        var flash = ok(outcomes.get(0));
        assertEquals("BANK RATE CUT TO 5 PCT", flash.title());
        assertEquals("", flash.text());
        assertTrue(flash.notes().get(0).startsWith("no body text"), flash.notes().toString());
        assertTrue(failed(outcomes.get(1)).message().endsWith("blank text and no title"));
    }

    @Test
    void reportsUnterminatedQuoteAndReadsOnAfterThatRecord() throws Exception {
        Path csv = write(dir.resolve("quote.csv"), "id,text\na,fine\nb,\"never closed\nc,more\nd,\"two\nlines\"\ne,x,y\n");

        List<ReadOutcome> outcomes = read(csv);

        assertEquals(5, outcomes.size());
        ok(outcomes.get(0));
        ArticleError error = failed(outcomes.get(1));
        assertTrue(error.message().startsWith(csv + " line 3 (id=b): malformed CSV"), error.message());
        assertTrue(error.message().endsWith("went on reading at line 4"), error.message());
        assertEquals("c", ok(outcomes.get(2)).id());
        assertEquals("two\nlines", ok(outcomes.get(3)).text());
        assertTrue(failed(outcomes.get(4)).message().startsWith(csv + " line 7 (id=e): wrong column count"),
                "later records keep their line numbers: " + failed(outcomes.get(4)).message());
    }

    @Test
    void anUnterminatedQuoteInTheLastRecordEndsTheFile() throws Exception {
        Path csv = write(dir.resolve("quote-last.csv"), "id,text\na,fine\nb,\"never closed\n");
        List<ReadOutcome> outcomes = read(csv);
        assertEquals(2, outcomes.size());
        assertTrue(failed(outcomes.get(1)).message().contains("malformed CSV record"));
    }

    @Test
    void skipsBomAndFallsBackToWindows1252ForTheWholeFile() throws Exception {
        Path utf8 = write(dir.resolve("bom.csv"), Fixtures.withBom("id,text\nb1,Café\n"));
        Path cp1252 = write(dir.resolve("legacy.csv"),
                "id,text\nw1,plain ascii\nw2,Caf\u00e9 \u2013 5\u20ac\n".getBytes(Charset.forName("windows-1252")));

        Article bom = ok(read(utf8).get(0));
        assertEquals("b1", bom.id());
        assertEquals("Café", bom.text());
        assertEquals(List.of(), bom.notes());

        List<ReadOutcome> legacy = read(cp1252);
        assertEquals(List.of("not valid UTF-8; decoded as windows-1252"), ok(legacy.get(0)).notes());
        assertEquals("Caf\u00e9 \u2013 5\u20ac", ok(legacy.get(1)).text());
    }
}
