package org.newsdesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.Article;

class ArticleChecksTest {

    @Test
    void englishNewsAndEnglishTablesOfFiguresGetNoLanguageNote() {
        assertEquals(List.of(), ArticleChecks.notes("The central bank raised interest rates on Tuesday to curb "
                + "inflation. Analysts said the rise would slow lending and hit the shares of banks across the region."));
        assertEquals(List.of(), ArticleChecks.notes("Shr 1.20 dlrs vs 1.10 dlrs Net 2.9 mln vs 1.5 mln Revs 7.9 mln "
                + "vs 9.4 mln Avg shrs 2,332,397 vs 1,428,000 Nine mths Shr 3.10 vs 2.80 Net 8.1 mln vs 6.2 mln"));
    }

    @Test
    void otherLanguagesAndScriptsAreNamed() {
        assertTrue(ArticleChecks.notes("Die Regierung hat am Dienstag eine neue Rentenreform angek\u00fcndigt. Die "
                + "Gewerkschaften wollen sich nicht damit abfinden und rufen zu einem Streik auf, der auch die Bahn "
                + "treffen wird.").get(0).startsWith("probably German, not English"));
        assertTrue(ArticleChecks.notes("El gobierno anunci\u00f3 el martes una nueva reforma de las pensiones y los "
                + "sindicatos convocaron una huelga nacional para la pr\u00f3xima semana en todas las ciudades del pa\u00eds.")
                .get(0).startsWith("probably Spanish, not English"));
        assertTrue(ArticleChecks.notes("\u653f\u5e9c\u5ba3\u5e03\u4e86\u65b0\u7684\u517b\u8001\u91d1\u6539\u9769"
                + "\u8ba1\u5212\uff0c\u5de5\u4f1a\u8868\u793a\u5c06\u5728\u4e0b\u5468\u4e3e\u884c\u5168\u56fd\u6027"
                + "\u7f62\u5de5\u3002").stream().anyMatch(n -> n.startsWith("written mostly in Han script")));
    }

    @Test
    void veryShortArticlesGetANoteAndOverlongOnesAnError() {
        assertTrue(ArticleChecks.notes("Election").get(0).startsWith("very short article (1 word)"));
        Article big = Article.of("big", "T", "x".repeat(101));
        assertTrue(ArticleChecks.tooLong(big, 100).contains("102 characters long; the limit is 100"));
        assertNull(ArticleChecks.tooLong(big, 102));
    }
}
