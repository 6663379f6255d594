package org.newsdesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdesk.classify.ClassifyOutcome;
import org.newsdesk.core.Article;
import org.newsdesk.core.Evidence;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.InputOptions;
import org.newsdesk.model.ModelStore;
import org.newsdesk.text.StopWords;

/**
 * The default model's explanations read as content words to a reader: over the seeds and the whole starter corpus, no
 * explanation holds a function word (from the classifier's stop-word list), is only amounts ("million", "percent",
 * numbers) or ends in a function word.
 */
class DefaultModelExplanationsTest {

    @Test
    void explanationsOfSeedsAndStarterCorpusAreContentWords() throws Exception {
        var model = new ModelStore().load(Path.of("models/default"));
        List<Article> articles = new ArrayList<>();
        for (Path input : List.of(Path.of("seeds"), Path.of("training-data/articles.csv"))) {
            for (ReadOutcome o : ArticleSource.readAll(input, InputOptions.defaults())) {
                articles.add(((ReadOutcome.Ok) o).article());
            }
        }
        List<String> bad = new ArrayList<>();
        int phrases = 0;
        for (ClassifyOutcome o : model.classifier().classify(articles)) {
            for (List<Evidence> evidence : o.prediction().explanations().values()) {
                for (Evidence e : evidence) {
                    phrases++;
                    String[] words = e.phrase().toLowerCase(Locale.ROOT).split(" ");
                    boolean function = false;
                    boolean allAmounts = true;
                    for (String w : words) {
                        function |= StopWords.isClassifierStopword(w) || StopWords.contains(w);
                        allAmounts &= StopWords.isQuantity(w) || w.chars().noneMatch(Character::isLetter);
                    }
                    if (function || allAmounts) {
                        bad.add(e.phrase());
                    }
                }
            }
        }
        assertTrue(phrases > 5 * articles.size(), phrases + " explanation phrases");
        assertEquals(List.of(), bad, "of " + phrases + " explanation phrases");
    }
}
