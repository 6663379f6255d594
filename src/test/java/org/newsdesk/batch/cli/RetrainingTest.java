package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.batch.cli.CliFixture.concat;
import static org.newsdesk.batch.cli.CliFixture.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.Article;
import org.newsdesk.io.OutputLock;
import org.newsdesk.model.ModelVersions;
import org.newsdesk.testing.Fixtures;

/** Retraining: merged sources, the training-data check and report, model versions and the models command. */
class RetrainingTest {

    @TempDir
    static Path dir;
    static Path oldData;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void data() throws Exception {
        oldData = CliFixture.writeJsonl(dir.resolve("old.jsonl"), Fixtures.singleLabel());
    }

    /** The fixture articles again under other ids, with one more sentence each: more "new" data. */
    static List<Article> newArticles(String prefix) {
        List<Article> out = new ArrayList<>();
        for (Article a : Fixtures.singleLabel()) {
            out.add(new Article(prefix + a.id(), a.title(), a.text() + " Reporters followed the story all week.",
                    a.labels(), null, List.of()));
        }
        return out;
    }

    private static JsonNode read(Path file) throws Exception {
        return JSON.readTree(file.toFile());
    }

    @Test
    void trainMergesSourcesAndReportsDataProblemsAsWarnings() throws Exception {
        Path model = dir.resolve("plain-model");
        assertEquals(0, exec(concat(new String[] {"train", "--data", oldData.toString(), "--model", model.toString()},
                CliFixture.FAST)).code());
        Article sport = Fixtures.singleLabel().get(0);
        String longText = "The league leaders won again on Saturday. Their striker scored twice before half time, "
                + "the goalkeeper saved a penalty after the break, and the coach said the team had never played "
                + "better. The fans sang until the final whistle and the players thanked them on the pitch. The club "
                + "now plays the cup final next month against the champions.";
        List<Article> extra = new ArrayList<>();
        extra.add(new Article("copy-of-sport-0", sport.title(), sport.text(), List.of("business"), null, List.of()));
        extra.add(new Article("long-a", "Leaders win", longText, List.of("sport"), null, List.of()));
        extra.add(new Article("long-b", "Leaders win again", longText.replace("next month", "next week"),
                List.of("sport"), null, List.of()));
        extra.add(new Article("tiny", "Tiny", "Shares fell.", List.of("business"), null, List.of()));
        extra.add(new Article("no-label", "No label", sport.text() + " Unlabelled.", List.of(), null, List.of()));
        extra.add(new Article("weather-1", "Storm", "A storm hit the coast and the weather service warned of floods "
                + "and strong winds across the region for the rest of the week.", List.of("weather"), null, List.of()));
        Path newData = CliFixture.writeJsonl(dir.resolve("new.jsonl"), extra);
        Path report = dir.resolve("data-report-copy.json");

        CliFixture.Result r = exec(concat(new String[] {"train", "--data", oldData.toString(), "--data",
            newData.toString(), "--model", model.toString(), "--data-report", report.toString()}, CliFixture.FAST));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("on 23 articles, 4 labels"), r.out());
        for (String expected : List.of("1 articles have no label and are left out of training: no-label",
                "1 articles have fewer than 10 words of text: tiny",
                "1 pairs of articles have the same text: sport/0 = copy-of-sport-0",
                "1 pairs of articles have nearly the same text (Jaccard >= 0.8): long-a = long-b",
                "1 groups of (near) duplicate articles have different labels: sport/0 [sport], copy-of-sport-0 "
                        + "[business]",
                "1 labels have fewer than 5 examples; the model will hardly learn them: weather (1)",
                "1 labels are unknown to the current model: weather")) {
            assertTrue(r.err().contains("data warning: ") && r.err().contains(expected), expected + " in " + r.err());
        }
        JsonNode saved = read(model.resolve("data-report.json"));
        assertEquals(read(report), saved);
        assertTrue(saved.path("ok").asBoolean());
        assertEquals(24, saved.path("articles").asInt());
        assertEquals(23, saved.path("labelled").asInt(), "the unlabelled article is left out");
        List<String> kinds = new ArrayList<>();
        saved.path("warnings").forEach(w -> kinds.add(w.path("kind").asText()));
        assertEquals(List.of("unlabelled", "short_text", "exact_duplicate", "near_duplicate", "conflicting_labels",
                "rare_label", "new_label"), kinds);
    }

    @Test
    void trainingStopsWhenTheDataCannotTrainAMeaningfulModel() throws Exception {
        List<Article> oneLabel = Fixtures.singleLabel().stream().filter(a -> a.labels().contains("sport")).toList();
        Path data = CliFixture.writeJsonl(dir.resolve("one-label.jsonl"), oneLabel);
        Path model = dir.resolve("never-written");
        Path report = dir.resolve("stopped-report.json");
        CliFixture.Result r = exec(concat(new String[] {"train", "--data", data.toString(), "--model",
            model.toString(), "--data-report", report.toString()}, CliFixture.FAST));
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains("training needs at least two labels; the data has only [sport]"), r.err());
        assertFalse(r.err().contains("\tat "), "a message, not a stack trace");
        assertFalse(Files.exists(model));
        assertFalse(read(report).path("ok").asBoolean());
    }

    @Test
    void newVersionBecomesCurrentOnlyIfItScoresAtLeastAsWell() throws Exception {
        Path models = dir.resolve("models").resolve("news");
        Path newData = CliFixture.writeJsonl(dir.resolve("news-new.jsonl"), newArticles("v-"));
        String[] base = {"train", "--data", oldData.toString(), "--data", newData.toString(), "--model",
            models.toString(), "--holdout", "0.4"};

        CliFixture.Result first = exec(concat(concat(base, "--versioned"), CliFixture.FAST));
        assertEquals(ExitCodes.OK, first.code(), first.err());
        assertTrue(first.out().contains("version v0001: now current; first version"), first.out());
        assertEquals("v0001", Files.readString(models.resolve("current")).strip());
        int heldOut = read(models.resolve("v0001/promotion.json")).path("held_out_articles").asInt();
        assertTrue(heldOut > 0, "some new articles are held out");

        // a barely trained model scores below the current one and is kept out
        String[] weak = {"--epochs", "1", "--learning-rate", "0.00001", "--batch-size", "64", "--min-df", "1",
            "--validation-folds", "0"};
        CliFixture.Result second = exec(concat(base, weak));
        assertEquals(ExitCodes.OK, second.code(), second.err());
        assertTrue(second.out().contains("version v0002: NOT made current; scores below v0001 on " + heldOut
                + " held-out articles"), second.out());
        assertEquals("v0001", Files.readString(models.resolve("current")).strip());
        JsonNode p2 = read(models.resolve("v0002/promotion.json"));
        assertFalse(p2.path("promoted").asBoolean());
        assertTrue(p2.path("new_score").asDouble() < p2.path("previous_score").asDouble(), p2.toString());

        CliFixture.Result forced = exec(concat(concat(base, weak), "--force"));
        assertEquals(ExitCodes.OK, forced.code(), forced.err());
        assertTrue(forced.out().contains("version v0003: now current") && forced.out().contains("--force"),
                forced.out());
        assertTrue(read(models.resolve("v0003/promotion.json")).path("forced").asBoolean());

        CliFixture.Result list = exec("models", models.toString());
        assertEquals(ExitCodes.OK, list.code(), list.err());
        assertTrue(list.out().contains("current version v0003"), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("*  v0003")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("   v0002") && l.contains("kept previous")),
                list.out());

        CliFixture.Result use = exec("models", models.toString(), "--use", "v0001");
        assertEquals(ExitCodes.OK, use.code(), use.err());
        assertEquals("v0001", Files.readString(models.resolve("current")).strip());
        Path out = dir.resolve("versioned-out");
        assertEquals(ExitCodes.OK, exec("run", "--model", models.toString(), "--input", oldData.toString(),
                "--output", out.toString()).code());
        assertEquals(read(models.resolve("v0001/manifest.json")).path("modelFingerprint").asText(),
                read(out.resolve("results.json")).path("run").path("model_fingerprint").asText(),
                "run --model DIR uses the current version");
        assertEquals(ExitCodes.USAGE, exec("models", models.toString(), "--use", "v0009").code());
        CliFixture.Result evaluate = exec("evaluate", "--model", models.toString(), "--data", oldData.toString(),
                "--report", dir.resolve("versioned-report").toString());
        assertEquals(ExitCodes.OK, evaluate.code(), "evaluate --model DIR uses the current version: " + evaluate.err());

        try (OutputLock busy = OutputLock.acquire(models)) {
            CliFixture.Result locked = exec(concat(base, CliFixture.FAST));
            assertEquals(ExitCodes.LOCKED, locked.code(), "a second training into the same versioned folder: "
                    + locked.err());
        }
        assertEquals(List.of("v0001", "v0002", "v0003"), ModelVersions.versions(models));
    }

    @Test
    void aPlainModelFolderStaysPlain() throws Exception {
        Path fresh = dir.resolve("fresh").resolve("model");
        CliFixture.Result r = exec(concat(new String[] {"train", "--data", oldData.toString(), "--model",
            fresh.toString()}, CliFixture.FAST));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(fresh.resolve("manifest.json")), "a new path gets a plain model folder");
        assertFalse(Files.exists(fresh.resolve("current")));
        CliFixture.Result versioned = exec(concat(new String[] {"train", "--data", oldData.toString(), "--model",
            fresh.toString(), "--versioned"}, CliFixture.FAST));
        assertEquals(ExitCodes.USAGE, versioned.code());
        assertTrue(versioned.err().contains("is a plain model folder"), versioned.err());
        CliFixture.Result list = exec("models", fresh.toString());
        assertEquals(ExitCodes.OK, list.code());
        assertTrue(list.out().contains("plain model folder"), list.out());
        CliFixture.Result repoDefault = exec("models", "models/default");
        assertEquals(ExitCodes.OK, repoDefault.code(), repoDefault.err());
        assertTrue(repoDefault.out().contains("models/default: plain model folder"), repoDefault.out());
    }
}
