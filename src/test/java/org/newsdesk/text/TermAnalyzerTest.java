package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {

    @Test
    void lowercasesStemsDropsStopwordsAndFoldsNumbers() {
        try (TermAnalyzer analyzer = new TermAnalyzer(AnalysisSettings.defaults())) {
            assertEquals(List.of("russia", "worker", "rebuild", "<num>", "home"),
                    analyzer.terms("Russia's workers are rebuilding 6,000 homes."));
        }
    }

    @Test
    void keepsEverythingWhenAllStepsAreOff() {
        try (TermAnalyzer analyzer = new TermAnalyzer(new AnalysisSettings(false, false, false, false))) {
            assertEquals(List.of("The", "Workers", "are", "3.5"), analyzer.terms("The Workers are 3.5"));
        }
    }
}
