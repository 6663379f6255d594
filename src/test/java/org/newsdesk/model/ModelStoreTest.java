package org.newsdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.classify.TopicClassifier;
import org.newsdesk.classify.TopicTrainer;
import org.newsdesk.classify.TrainerSettings;
import org.newsdesk.classify.features.FeatureSettings;
import org.newsdesk.classify.network.NetworkConfig;
import org.newsdesk.core.Article;
import org.newsdesk.core.Progress;
import org.newsdesk.testing.Fixtures;
import org.newsdesk.text.AnalysisSettings;

class ModelStoreTest {

    private static TopicClassifier classifier;
    private static ModelManifest manifest;
    private final ModelStore store = new ModelStore();

    @BeforeAll
    static void train() {
        TrainerSettings settings = new TrainerSettings(AnalysisSettings.defaults(), new FeatureSettings(2, 1, 5000, true),
                new NetworkConfig(0, 30, 4, 0.05, 1e-5, 0.0, 3L), 0, 3);
        classifier = new TopicTrainer(settings).train(Fixtures.multiLabel(), Progress.NONE).classifier();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (int i = 0; i < classifier.labels().size(); i++) {
            thresholds.put(classifier.labels().get(i), classifier.thresholds()[i]);
        }
        manifest = new ModelManifest(ModelManifest.CURRENT_SCHEMA_VERSION, ModelManifest.FORMAT, "2026-01-01T00:00:00Z",
                classifier.labels(), classifier.multiLabel(), thresholds, classifier.maxTopics(), null,
                classifier.temperature(), classifier.analysisSettings(), classifier.featureSettings(),
                classifier.vocabulary().size(), settings.network(), 0, 3, "none", 3L,
                new ModelManifest.TrainingData(DataFingerprint.of(Fixtures.multiLabel()), 18, List.of("fixtures"),
                        Map.of("sport", 6)),
                Map.of(), Map.of(), classifier.fingerprint(), Map.of("newsdesk", "test"),
                Map.of("network", ModelStore.NETWORK));
    }

    @Test
    void roundTripKeepsPredictionsAndFingerprint(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m");
        store.save(model, manifest, classifier);
        LoadedModel loaded = store.load(model);
        assertEquals(manifest, loaded.manifest());
        assertEquals(classifier.fingerprint(), loaded.classifier().fingerprint());
        List<Article> probe = List.of(Article.of("p", "Cup final", "The striker scored in the final match."));
        assertEquals(classifier.classify(probe), loaded.classifier().classify(probe));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(model), files.toList(), "no temporary directory is left behind");
        }
    }

    @Test
    void savingOverAnExistingModelReplacesIt(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m");
        Files.createDirectories(model);
        Files.writeString(model.resolve("stale.txt"), "old");
        store.save(model, manifest, classifier);
        assertFalse(Files.exists(model.resolve("stale.txt")));
        assertTrue(Files.exists(model.resolve(ModelStore.NETWORK)));
    }

    @Test
    void rejectsModelWithNewerSchemaVersion(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m");
        store.save(model, manifest, classifier);
        ObjectMapper json = new ObjectMapper();
        ObjectNode node = (ObjectNode) json.readTree(model.resolve(ModelStore.MANIFEST).toFile());
        node.put("schemaVersion", 99);
        json.writeValue(model.resolve(ModelStore.MANIFEST).toFile(), node);
        var e = assertThrows(ModelFormatException.class, () -> store.load(model));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
    }

    @Test
    void namesTheMissingPart(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m");
        store.save(model, manifest, classifier);
        Files.delete(model.resolve(ModelStore.VOCABULARY));
        var e = assertThrows(ModelFormatException.class, () -> store.load(model));
        assertTrue(e.getMessage().contains(ModelStore.VOCABULARY), e.getMessage());
        var missing = assertThrows(ModelFormatException.class, () -> store.load(dir.resolve("nothing")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void rejectsAVocabularyThatDoesNotMatchTheManifest(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m");
        store.save(model, manifest, classifier);
        Path vocab = model.resolve(ModelStore.VOCABULARY);
        List<String> lines = Files.readAllLines(vocab);
        Files.write(vocab, lines.subList(0, lines.size() - 1));
        var e = assertThrows(ModelFormatException.class, () -> store.load(model));
        assertTrue(e.getMessage().contains("features"), e.getMessage());
    }

    @Test
    void dataFingerprintChangesWithAnyLabelOrText() {
        List<Article> a = Fixtures.singleLabel();
        List<Article> b = Fixtures.multiLabel();
        assertEquals(DataFingerprint.of(a), DataFingerprint.of(Fixtures.singleLabel()));
        assertFalse(DataFingerprint.of(a).equals(DataFingerprint.of(b)));
    }

    @Test
    void rejectsAVersionOneModelWithAClearMessage(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m");
        store.save(model, manifest, classifier);
        ObjectMapper json = new ObjectMapper();
        ObjectNode node = (ObjectNode) json.readTree(model.resolve(ModelStore.MANIFEST).toFile());
        node.put("schemaVersion", 1);
        json.writeValue(model.resolve(ModelStore.MANIFEST).toFile(), node);
        var e = assertThrows(ModelFormatException.class, () -> store.load(model));
        assertTrue(e.getMessage().contains("schema version 1") && e.getMessage().contains("retrain"), e.getMessage());
    }

    @Test
    void rejectsANetworkFileOfTheWrongSizeOrHeader(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m");
        store.save(model, manifest, classifier);
        Path network = model.resolve(ModelStore.NETWORK);
        byte[] bytes = Files.readAllBytes(network);
        Files.write(network, java.util.Arrays.copyOf(bytes, bytes.length - 4));
        var shortFile = assertThrows(ModelFormatException.class, () -> store.load(model));
        assertTrue(shortFile.getMessage().contains("bytes"), shortFile.getMessage());
        byte[] bad = bytes.clone();
        bad[0] = 'X';
        Files.write(network, bad);
        var magic = assertThrows(ModelFormatException.class, () -> store.load(model));
        assertTrue(magic.getMessage().contains("magic"), magic.getMessage());
        byte[] nan = bytes.clone();
        java.nio.ByteBuffer.wrap(nan).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(nan.length - 4, Float.NaN);
        Files.write(network, nan);
        var nonFinite = assertThrows(ModelFormatException.class, () -> store.load(model));
        assertTrue(nonFinite.getMessage().contains("non-finite"), nonFinite.getMessage());
    }

    @Test
    void networkFileIsRawParametersNotASerializedObjectOrArchive(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m");
        store.save(model, manifest, classifier);
        byte[] bytes = Files.readAllBytes(model.resolve(ModelStore.NETWORK));
        assertEquals("NDTOPNET", new String(bytes, 0, 8, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(TopicClassifier.networkFileLength(classifier.parameterCount()), bytes.length);
    }
}
