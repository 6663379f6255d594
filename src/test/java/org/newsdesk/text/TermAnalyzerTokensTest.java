package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TermAnalyzer#tokens} and {@link TermAnalyzer#filter} rebuild {@link TermAnalyzer#terms} token by token. */
class TermAnalyzerTokensTest {

    private static final String[] TEXTS = {
        "Russia's workers are rebuilding 6,000 homes.",
        "The U.S. economy grew 3.5% in the 1990s; don't O'Neil's co-operate? İstanbul ΣΟΦΟΣ naïve Straße",
        "Email: someone@example.com, see https://example.com/a?b=c #tag @user £5m C++ x86 AT&T rock'n'roll",
        "東京 and 北京 met 😀 (again) — ’quoted’ 'single' \"double\" 1,000,000 2024-11-27 4th",
        "ﬁnance ﬂows: THE AND OF it's IT'S Workers’ the workers's",
        "", "   ", "a", "x".repeat(600) + " long token",
    };

    private static List<String> rebuilt(TermAnalyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        analyzer.tokens(text, (buffer, length, number) -> {
            String term = analyzer.filter(new String(buffer, 0, length));
            if (term != null) {
                out.add(number && analyzer.settings().numbersAsToken() ? TermAnalyzer.NUMBER : term);
            }
        });
        return out;
    }

    @Test
    void tokensThenFilterGiveTheTermsUnderEverySetting() {
        for (int bits = 0; bits < 16; bits++) {
            AnalysisSettings s = new AnalysisSettings((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0,
                    (bits & 8) != 0);
            try (TermAnalyzer analyzer = new TermAnalyzer(s)) {
                for (String text : TEXTS) {
                    assertEquals(analyzer.terms(text), rebuilt(analyzer, text), s + " on " + text);
                }
            }
        }
    }

    @Test
    void filterDropsStopWordsAndStems() {
        try (TermAnalyzer analyzer = new TermAnalyzer(AnalysisSettings.defaults())) {
            assertEquals("russia", analyzer.filter("Russia's"));
            assertEquals("worker", analyzer.filter("Workers"));
            assertNull(analyzer.filter("The"));
            assertNull(analyzer.filter(""));
            assertEquals("6,000", analyzer.filter("6,000"), "numbers are folded by the caller, from the token type");
        }
    }
}
