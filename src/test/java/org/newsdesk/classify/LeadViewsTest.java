package org.newsdesk.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.classify.network.NetworkConfig;
import org.newsdesk.core.Article;
import org.newsdesk.core.Progress;
import org.newsdesk.testing.Fixtures;
import org.newsdesk.text.AnalysisSettings;

class LeadViewsTest {

    @Test
    void aSingleLabelArticleOfSeveralSentencesGivesItsHeadlineAndFirstSentence() {
        List<Article> articles = List.of(
                new Article("a", "Bank cuts rates", "The central bank cut its main rate on Tuesday. Markets rose.",
                        List.of("business"), null, List.of()),
                new Article("b", "One line", "Only one sentence here.", List.of("business"), null, List.of()),
                new Article("c", "Budget vote", "Parliament passed the budget. Taxes will rise.",
                        List.of("politics", "business"), null, List.of()));
        LeadViews.Views v = LeadViews.of(articles);
        assertEquals(1, v.articles().size());
        Article view = v.articles().get(0);
        assertEquals("a#lead", view.id());
        assertEquals("Bank cuts rates", view.title());
        assertEquals("The central bank cut its main rate on Tuesday.", view.text());
        assertEquals(List.of("business"), view.labels());
        assertEquals(0, v.source()[0]);
    }

    @Test
    void aViewIsValidatedOnlyWithItsArticleAndLabelCountsAreTheArticles() {
        TrainerSettings base = TopicTrainerTest.small(2);
        TrainerSettings withViews = new TrainerSettings(base.analysis(), base.features(), base.network(),
                base.validationFolds(), base.maxTopics(), base.patience(), base.classWeights(), base.refit(),
                base.ensemble(), true);
        List<Article> articles = Fixtures.singleLabel();
        TrainingResult r = new TopicTrainer(withViews).train(articles, Progress.NONE);
        Set<String> validated = new HashSet<>(r.validationIds());
        long views = validated.stream().filter(id -> id.endsWith(LeadViews.ID_SUFFIX)).count();
        assertTrue(views > 0, "the validation slice holds short items: " + validated);
        for (String id : validated) {
            if (id.endsWith(LeadViews.ID_SUFFIX)) {
                assertTrue(validated.contains(id.substring(0, id.length() - LeadViews.ID_SUFFIX.length())), id);
            }
        }
        int expectedViews = LeadViews.of(articles).articles().size();
        assertEquals(expectedViews, r.facts().get("leadViews"));
        assertEquals(new TopicTrainer(base).train(articles, Progress.NONE).countsPerLabel(), r.countsPerLabel());
        assertEquals(r.classifier().fingerprint(),
                new TopicTrainer(withViews).train(articles, Progress.NONE).classifier().fingerprint());
    }
}
