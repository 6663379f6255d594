package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.Article;

class HtmlTest {

    @Test
    void stripsTagsScriptsAndCommentsAndDecodesEntities() {
        String html = "<!DOCTYPE html><html><head><title>T</title></head><body><!-- nav --><div class=\"x\">"
                + "<p>Caf&eacute; &amp; bar &#8212; <a href=\"/x\">link</a></p><script>var a = 1 < 2;</script>"
                + "<p>Second<br/>line &lt;3</p></div></body></html>";
        assertEquals("Caf\u00e9 & bar \u2014 link\n\nSecond\nline <3", Html.strip(html));
    }

    @Test
    void leavesPlainTextAndWireTickersAlone() {
        for (String plain : List.of("Shares of <U> and <AMERICAN EXPRESS CO> rose.", "x < y and y > z",
                "Profit rose 5% to 3 <B> dlrs.", "Use <b to mark")) {
            assertFalse(Html.looksLikeHtml(plain), plain);
            Article a = Article.of("a", "Title", plain);
            assertSame(a, Html.clean(a));
        }
        assertTrue(Html.looksLikeHtml("Line one<br>line two"));
        assertTrue(Html.looksLikeHtml("<p>Para</p>"));
    }

    @Test
    void cleanedArticleCarriesANote() {
        Article a = Html.clean(Article.of("a", "<b>Bold</b> title", "<p>Body text.</p>"));
        assertEquals("Bold title", a.title());
        assertEquals("Body text.", a.text());
        assertEquals(List.of(Html.NOTE), a.notes());
    }
}
