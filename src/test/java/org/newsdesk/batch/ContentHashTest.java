package org.newsdesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.Article;
import org.newsdesk.io.InputDigest;

/** The hash an incremental run keeps per article ({@link RunJob#contentHash}). */
class ContentHashTest {

    private static Article article(Map<String, String> extra) {
        return new Article("a1", "Rates held", "The central bank held its rate.", List.of(), null,
                List.of("read as windows-1252"), extra);
    }

    @Test
    void anArticleWithoutExtraFieldsHashesAsBeforeExtraFieldsCameThrough() {
        // the formula of the index files written before extra fields were hashed: they stay valid
        String before = InputDigest.sha256(("a1\0Rates held\0The central bank held its rate.\0read as windows-1252")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(before, RunJob.contentHash(article(Map.of())));
    }

    @Test
    void extraFieldsArePartOfTheHash() {
        String plain = RunJob.contentHash(article(Map.of()));
        String withUrl = RunJob.contentHash(article(Map.of("url", "http://x/a1")));
        assertNotEquals(plain, withUrl);
        assertNotEquals(withUrl, RunJob.contentHash(article(Map.of("url", "http://x/a1-moved"))), "a changed value");
        assertNotEquals(withUrl, RunJob.contentHash(article(Map.of("link", "http://x/a1"))), "a renamed field");
        assertEquals(withUrl, RunJob.contentHash(article(Map.of("url", "http://x/a1"))));

        Map<String, String> two = new LinkedHashMap<>();
        two.put("a", "b");
        two.put("c", "d");
        assertNotEquals(RunJob.contentHash(article(two)), RunJob.contentHash(article(Map.of("a", "b\0c\0d"))),
                "no value passes for two fields");
    }
}
