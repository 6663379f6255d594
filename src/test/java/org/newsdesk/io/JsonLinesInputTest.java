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
import org.newsdesk.core.ReadOutcome;

class JsonLinesInputTest {

    @TempDir
    Path dir;

    @Test
    void readsFieldsAndAcceptsLabelsAsArrayOrString() throws Exception {
        Path jsonl = write(dir.resolve("news.jsonl"),
                "{\"id\":\"j1\",\"title\":\"T1\",\"text\":\"Body one.\",\"labels\":[\"sport\",\" \",\"tennis\"],"
                        + "\"summary\":\"S.\"}\n"
                        + "\n"
                        + "{\"id\":42,\"text\":\"Body two.\",\"labels\":\"tech\",\"extra\":true}\n");

        List<ReadOutcome> outcomes = read(jsonl);

        assertEquals(List.of("j1", "42"), ids(outcomes));
        Article j1 = ok(outcomes.get(0));
        assertEquals("T1", j1.title());
        assertEquals("Body one.", j1.text());
        assertEquals(List.of("sport", "tennis"), j1.labels());
        assertEquals("S.", j1.referenceSummary());
        Article j2 = ok(outcomes.get(1));
        assertEquals("", j2.title());
        assertEquals(List.of("tech"), j2.labels());
        assertNull(j2.referenceSummary());
    }

    @Test
    void keepsReadingJsonLinesAfterMalformedLine() throws Exception {
        Path jsonl = write(dir.resolve("mixed.ndjson"),
                "{\"id\":\"a\",\"text\":\"fine\"}\n"       // 1
                        + "{\"id\":\"b\",\"text\": oops}\n" // 2 malformed
                        + "{\"text\":\"no id\"}\n"          // 3 missing id
                        + "{\"id\":\"d\"}\n"                // 4 missing text
                        + "[1,2]\n"                         // 5 not an object
                        + "{\"id\":\"f\",\"text\":\"x\"} trailing\n" // 6 trailing garbage
                        + "{\"id\":\"g\",\"text\":\"also fine\"}\n"
                        + "{\"title\":\"say \\\"id\\\": \\\"fake\\\"\", oops}\n"); // 8 malformed, no id of its own

        List<ReadOutcome> outcomes = read(jsonl);

        assertEquals(8, outcomes.size());
        ok(outcomes.get(0));
        // a malformed record is named by the id it most likely has
        assertTrue(failed(outcomes.get(1)).message().startsWith(jsonl + " line 2 (id=b): malformed JSON"),
                failed(outcomes.get(1)).message());
        assertEquals("b", failed(outcomes.get(1)).id());
        assertEquals(jsonl + " line 3: missing id", failed(outcomes.get(2)).message());
        assertEquals(jsonl + " line 4 (id=d): missing text", failed(outcomes.get(3)).message());
        assertEquals("d", failed(outcomes.get(3)).id());
        assertEquals(jsonl + " line 5: not a JSON object", failed(outcomes.get(4)).message());
        assertTrue(failed(outcomes.get(5)).message().startsWith(jsonl + " line 6 (id=f): malformed JSON"),
                failed(outcomes.get(5)).message());
        assertEquals("g", ok(outcomes.get(6)).id());
        assertTrue(failed(outcomes.get(7)).message().startsWith(jsonl + " line 8: malformed JSON"),
                failed(outcomes.get(7)).message());
    }

    @Test
    void aHeadlineWithoutBodyIsReadWithANote() throws Exception {
        Path jsonl = write(dir.resolve("flash.jsonl"),
                "{\"id\":\"f\",\"title\":\"BANK RATE CUT\",\"text\":\" \",\"labels\":[\"interest\"]}\n"
                        + "{\"id\":\"e\",\"title\":\"\",\"text\":\"\"}\n");

        List<ReadOutcome> outcomes = read(jsonl);

        Article flash = ok(outcomes.get(0));
        assertEquals("BANK RATE CUT", flash.title());
        assertEquals("", flash.text());
        assertTrue(flash.notes().get(0).startsWith("no body text"), flash.notes().toString());
        assertEquals(jsonl + " line 2 (id=e): blank text and no title", failed(outcomes.get(1)).message());
    }

    @Test
    void rejectsLabelsThatAreNotStrings() throws Exception {
        Path jsonl = write(dir.resolve("labels.jsonl"), "{\"id\":\"a\",\"text\":\"t\",\"labels\":[1]}\n");

        assertEquals(jsonl + " line 1 (id=a): labels must be strings", failed(read(jsonl).get(0)).message());
    }

    @Test
    void fallsBackToWindows1252AndSkipsBom() throws Exception {
        Path legacy = write(dir.resolve("legacy.json"),
                "{\"id\":\"w\",\"text\":\"na\u00efve caf\u00e9\"}\n".getBytes(Charset.forName("windows-1252")));
        Path bom = write(dir.resolve("bom.jsonl"), Fixtures.withBom("{\"id\":\"b\",\"text\":\"ok\"}\n"));

        Article w = ok(read(legacy).get(0));
        assertEquals("na\u00efve caf\u00e9", w.text());
        assertEquals(List.of("not valid UTF-8; decoded as windows-1252"), w.notes());
        Article b = ok(read(bom).get(0));
        assertEquals("b", b.id());
        assertEquals(List.of(), b.notes());
    }
}
