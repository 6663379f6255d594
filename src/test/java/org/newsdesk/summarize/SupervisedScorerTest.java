package org.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.text.SentenceSplitter;

class SupervisedScorerTest {

    private final Summarizer base = new Summarizer(new SentenceSplitter(), new UnsupervisedScorer());

    /** Articles whose reference summary is their last sentence: a signal no default prior has. */
    private static final List<String[]> ARTICLES = List.of(
            new String[] {"Rain in the valley", "Rain fell in the valley. Farmers waited. The river rose by two metres."},
            new String[] {"Market news", "Shares rose in early trading. Traders were calm. The index closed 2% higher."},
            new String[] {"Cup final", "The teams arrived on Friday. Fans sang. The home side won the cup 3-1."},
            new String[] {"School plans", "Parents met the head teacher. Plans were shown. The school will open in May."},
            new String[] {"New bridge", "Engineers checked the design. Crowds gathered. The bridge opened to traffic."});

    private SupervisedScorer fit() {
        SupervisedTrainer t = new SupervisedTrainer(base);
        for (String[] a : ARTICLES) {
            String body = a[1];
            String last = body.substring(body.lastIndexOf(". ") + 2);
            assertEquals(1, t.add(a[0], body, last));
        }
        assertEquals(5, t.articles());
        return t.fit();
    }

    @Test
    void learnsFromReferenceSummariesDeterministically() {
        SupervisedScorer s = fit();
        assertEquals(s.toJson(), fit().toJson());
        Summarizer learned = new Summarizer(new SentenceSplitter(), s);
        String body = "Officials met in the morning. Talks went on. The deal was signed at noon.";
        assertEquals("The deal was signed at noon.", learned.summarize("Deal", body, new SummaryLength.Sentences(1)).text());
        assertEquals("supervised", learned.method());
    }

    @Test
    void jsonRoundTripKeepsScores() {
        SupervisedScorer s = fit();
        SupervisedScorer back = SupervisedScorer.fromJson(s.toJson());
        var f = base.candidates("Deal", "Officials met in the morning. Talks went on. The deal was signed.").features();
        assertArrayEquals(s.score(f), back.score(f), 1e-12);
        assertEquals(s.toJson(), back.toJson());
    }

    @Test
    void badJsonIsRefusedWithTheReason() {
        String json = fit().toJson();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SupervisedScorer.fromJson("{"))
                .getMessage().contains("not valid JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SupervisedScorer.fromJson(json.replace("newsdesk-summarizer", "other")))
                .getMessage().contains("not a Newsdesk summarizer"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SupervisedScorer.fromJson(json.replace("\"centrality\"", "\"something_else\"")))
                .getMessage().contains("differ"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SupervisedScorer.fromJson(json.replace("\"version\" : 2", "\"version\" : 9")))
                .getMessage().contains("version 9"));
    }

    @Test
    void theLeadPriorAddsToTheLearnedLogOddsAndAVersionOneFileHasNone() {
        SupervisedScorer s = fit();
        assertEquals(SupervisedTrainer.LEAD_PRIOR, s.leadPrior());
        SentenceFeatures f = base.candidates("Rates", "Bank raises rates. Markets fall sharply today. Analysts were surprised by it all.").features();
        double[] with = s.score(f);
        String v1 = s.toJson().replace("\"version\" : 2", "\"version\" : 1");
        double[] without = SupervisedScorer.fromJson(v1).score(f);
        for (int i = 0; i < with.length; i++) {
            assertEquals(without[i] + SupervisedTrainer.LEAD_PRIOR / (i + 1), with[i], 1e-9);
        }
    }

    @Test
    void trainingNeedsSentencesInAndOutOfTheSummaries() {
        SupervisedTrainer t = new SupervisedTrainer(base);
        t.add("T", "Only one sentence here.", "Only one sentence here.");
        assertThrows(IllegalStateException.class, t::fit);
    }

    @Test
    void abstractiveReferencesAreLabelledByBigramOverlap() {
        SupervisedTrainer t = new SupervisedTrainer(base);
        int positives = t.add("T", "The central bank raised interest rates today. Markets fell. Analysts were surprised.",
                "Central bank raised interest rates; markets reacted.");
        assertEquals(1, positives);
    }

    /** Articles whose reference summary is their longest sentence, in varying positions: length is the signal. */
    private static final List<String[]> LONG_REFERENCES = List.of(
            new String[] {"Rain", "Rain fell. The river in the valley rose by two metres overnight after a week of storms. Farmers waited.",
                "The river in the valley rose by two metres overnight after a week of storms."},
            new String[] {"Shares", "Shares in the country's three biggest banks rose sharply in early trading on Monday. Traders were calm. Bonds fell.",
                "Shares in the country's three biggest banks rose sharply in early trading on Monday."},
            new String[] {"Cup", "Fans sang. The teams arrived. The home side won the cup 3-1 after extra time in front of 40,000 people.",
                "The home side won the cup 3-1 after extra time in front of 40,000 people."},
            new String[] {"School", "Plans were shown. Parents of the pupils met the head teacher to discuss the new building on Tuesday. It rained.",
                "Parents of the pupils met the head teacher to discuss the new building on Tuesday."},
            new String[] {"Bridge", "Crowds gathered. The design passed. The new bridge over the river opened to traffic on Sunday after six years of work.",
                "The new bridge over the river opened to traffic on Sunday after six years of work."});

    private static double[] weights(SupervisedScorer s, String... features) throws Exception {
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(s.toJson());
        List<String> names = new java.util.ArrayList<>();
        root.path("features").forEach(n -> names.add(n.asText()));
        double[] out = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            out[i] = root.path("weights").get(names.indexOf(features[i])).asDouble();
        }
        return out;
    }

    private SupervisedScorer fitLongReferences(boolean lengthNeutral) {
        SupervisedTrainer t = new SupervisedTrainer(base, lengthNeutral);
        for (String[] a : LONG_REFERENCES) {
            assertEquals(1, t.add(a[0], a[1], a[2]));
        }
        return t.fit();
    }

    @Test
    void aLengthNeutralScorerLearnsNoSentenceLengthFromItsReferences() throws Exception {
        double[] learned = weights(fitLongReferences(false), "words", "words_squared");
        assertTrue(learned[0] > 0.1, "references of long sentences teach a preference for length: " + learned[0]);
        SupervisedScorer neutral = fitLongReferences(true);
        assertArrayEquals(new double[] {0, 0}, weights(neutral, "words", "words_squared"));
        assertTrue(Math.abs(weights(neutral, "centrality")[0]) > 0, "the other features are still learned");
        assertEquals(neutral.toJson(), fitLongReferences(true).toJson());
    }
}
