package org.newsdesk.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsdesk.classify.TopicClassifier;
import org.newsdesk.classify.features.Vocabulary;

/**
 * Saves and loads model directories. Stateless apart from its JSON mapper; thread-safe.
 */
public final class ModelStore {

    /** Manifest file name. */
    public static final String MANIFEST = "manifest.json";
    /** Vocabulary file name. */
    public static final String VOCABULARY = "vocabulary.tsv";
    /** Network file name: a fixed header and the raw parameters ({@link TopicClassifier#restore}). */
    public static final String NETWORK = "network.bin";
    /**
     * Optional file of a supervised summarizer (written by the summarize stage, read by the jobs); a model without it
     * summarizes with the unsupervised scorer.
     */
    public static final String SUMMARIZER = "summarizer.json";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Writes the model into {@code directory}, replacing what is there only once every file is complete: the files
     * are written to a temporary sibling directory which is then moved into place.
     *
     * @throws IOException if writing fails; the previous contents of {@code directory} are then left as they were
     */
    public void save(Path directory, ModelManifest manifest, TopicClassifier classifier) throws IOException {
        save(directory, manifest, classifier, java.util.Map.of());
    }

    /**
     * Writes the model as {@link #save(Path, ModelManifest, TopicClassifier)} does, plus extra UTF-8 text files
     * (such as {@link #SUMMARIZER}) written into the same temporary directory, so they are replaced together.
     *
     * @param extraFiles file name (no directories) to content
     * @throws IOException if writing fails; the previous contents of {@code directory} are then left as they were
     */
    public void save(Path directory, ModelManifest manifest, TopicClassifier classifier,
                     java.util.Map<String, String> extraFiles) throws IOException {
        for (String name : extraFiles.keySet()) {
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")
                    || List.of(MANIFEST, VOCABULARY, NETWORK).contains(name)) {
                throw new IllegalArgumentException("not an extra model file name: '" + name + "'");
            }
        }
        Path target = directory.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                // a temporary directory is private (rwx------); a model is meant to be shared like any other output
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            json.writeValue(tmp.resolve(MANIFEST).toFile(), manifest);
            writeVocabulary(tmp.resolve(VOCABULARY), classifier.vocabulary());
            try (OutputStream out = Files.newOutputStream(tmp.resolve(NETWORK))) {
                classifier.writeNetwork(out);
            }
            for (java.util.Map.Entry<String, String> e : extraFiles.entrySet()) {
                Files.writeString(tmp.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            Path old = null;
            if (Files.exists(target)) {
                old = parent.resolve("." + target.getFileName() + ".old-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                deleteTree(old);
            }
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
    }

    /**
     * Reads a model directory, or the current version of a {@linkplain ModelVersions versioned} one.
     *
     * @throws ModelFormatException if a file is missing, the schema version or format is unknown, the parts do
     *                              not fit together, or the files do not give the manifest's model fingerprint
     * @throws IOException          if a file cannot be read
     */
    public LoadedModel load(Path directory) throws IOException {
        directory = ModelVersions.resolve(directory); // a versioned model folder loads its current version
        Path manifestFile = directory.resolve(MANIFEST);
        if (!Files.isDirectory(directory)) {
            throw new ModelFormatException("model directory " + directory + " does not exist (train one with "
                    + "'newsdesk train --data ... --model " + directory + "')");
        }
        ModelManifest manifest;
        try {
            com.fasterxml.jackson.databind.JsonNode tree = json.readTree(manifestFile.toFile());
            if (tree == null || !tree.isObject()) {
                throw new ModelFormatException(manifestFile + " is not a valid manifest: not a JSON object");
            }
            int version = tree.path("schemaVersion").asInt(-1);
            if (version != ModelManifest.CURRENT_SCHEMA_VERSION) {
                throw new ModelFormatException(manifestFile + " has schema version " + version + "; this Newsdesk "
                        + "reads version " + ModelManifest.CURRENT_SCHEMA_VERSION + " only ("
                        + (version >= 1 && version < ModelManifest.CURRENT_SCHEMA_VERSION
                        ? "version 1 models kept the network in DL4J's zip format: retrain the model with "
                        + "'newsdesk train'"
                        : "retrain the model, or update Newsdesk if the model is newer") + ")");
            }
            manifest = json.treeToValue(tree, ModelManifest.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new ModelFormatException(directory + " is not a model: " + MANIFEST + " is missing");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ModelFormatException(manifestFile + " is not a valid manifest: " + e.getOriginalMessage(), e);
        }
        validate(manifest, manifestFile);
        Vocabulary vocabulary = readVocabulary(directory.resolve(VOCABULARY));
        if (vocabulary.size() != manifest.vocabularySize()) {
            throw new ModelFormatException(directory.resolve(VOCABULARY) + " has " + vocabulary.size()
                    + " features; the manifest expects " + manifest.vocabularySize());
        }
        double[] thresholds = new double[manifest.labels().size()];
        for (int i = 0; i < thresholds.length; i++) {
            Double t = manifest.thresholds().get(manifest.labels().get(i));
            if (t == null) {
                throw new ModelFormatException(manifestFile + " has no threshold for label '"
                        + manifest.labels().get(i) + "'");
            }
            thresholds[i] = t;
        }
        Path networkFile = directory.resolve(NETWORK);
        if (!Files.isRegularFile(networkFile)) {
            throw new ModelFormatException(directory + " is not a complete model: " + NETWORK + " is missing");
        }
        long size = Files.size(networkFile);
        long expected = TopicClassifier.networkFileLength(TopicClassifier.parameterCount(manifest.vocabularySize(),
                manifest.network().hiddenUnits(), manifest.labels().size()));
        if (size != expected) {
            throw new ModelFormatException(networkFile + " is " + size + " bytes; a network of the manifest's shape ("
                    + manifest.vocabularySize() + " features, " + manifest.network().hiddenUnits() + " hidden units, "
                    + manifest.labels().size() + " labels) takes " + expected);
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(networkFile))) {
            TopicClassifier classifier = TopicClassifier.restore(manifest.labels(), manifest.multiLabel(), thresholds,
                    manifest.maxTopics(), manifest.temperature(), manifest.analysis(), manifest.features(),
                    manifest.network(), vocabulary, in);
            if (manifest.secondaryThreshold() != null) {
                classifier = classifier.withRule(classifier.rule().withSecondaryThreshold(
                        manifest.secondaryThreshold()));
            }
            // The manifest's fingerprint is a digest of the vocabulary, the network's parameters and the settings:
            // files that no longer match it (another network.bin of the same shape copied in) are refused, so that
            // results, and incremental reuse keyed on the fingerprint, never come from a model other than the one
            // the manifest describes.
            String actual = classifier.fingerprint();
            if (manifest.modelFingerprint() != null && !manifest.modelFingerprint().equals(actual)) {
                throw new ModelFormatException(directory + ": " + NETWORK + " or " + VOCABULARY + " does not match "
                        + MANIFEST + " (the files give the model fingerprint " + actual + ", the manifest records "
                        + manifest.modelFingerprint() + "): a file was replaced or damaged; restore the model's "
                        + "files together, or retrain it");
            }
            return new LoadedModel(directory, manifest, classifier);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(directory + ": parts of the model do not fit: " + e.getMessage(), e);
        }
    }

    private static void validate(ModelManifest m, Path file) {
        if (!ModelManifest.FORMAT.equals(m.format())) {
            throw new ModelFormatException(file + " is not a Newsdesk topic model (format '" + m.format() + "')");
        }
        if (m.schemaVersion() != ModelManifest.CURRENT_SCHEMA_VERSION) {
            throw new ModelFormatException(file + " has schema version " + m.schemaVersion() + "; this Newsdesk reads "
                    + "version " + ModelManifest.CURRENT_SCHEMA_VERSION + " only ("
                    + (m.schemaVersion() < ModelManifest.CURRENT_SCHEMA_VERSION
                    ? "version 1 models stored the network in DL4J's zip format: retrain the model with 'newsdesk train'"
                    : "the model is newer than this Newsdesk: update Newsdesk") + ")");
        }
        if (!(m.temperature() > 0) || Double.isInfinite(m.temperature())) {
            throw new ModelFormatException(file + " has an invalid calibration temperature " + m.temperature());
        }
        if (m.labels() == null || m.labels().size() < 2 || m.thresholds() == null || m.analysis() == null
                || m.features() == null || m.network() == null) {
            throw new ModelFormatException(file + " is incomplete: labels, thresholds, analysis, features and "
                    + "network settings are required");
        }
    }

    private static void writeVocabulary(Path file, Vocabulary vocabulary) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("term\tidf\n");
            List<String> terms = vocabulary.terms();
            for (int i = 0; i < terms.size(); i++) {
                w.write(terms.get(i));
                w.write('\t');
                w.write(Float.toString(vocabulary.idf(i)));
                w.write('\n');
            }
        }
    }

    private static Vocabulary readVocabulary(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFormatException(file.getParent() + " is not a complete model: " + VOCABULARY
                    + " is missing");
        }
        List<String> terms = new ArrayList<>();
        List<Float> idf = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (!"term\tidf".equals(line)) {
                throw new ModelFormatException(file + " line 1: expected the header 'term<TAB>idf'");
            }
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) {
                    throw new ModelFormatException(file + " line " + n + ": expected 'term<TAB>idf'");
                }
                terms.add(line.substring(0, tab));
                try {
                    idf.add(Float.parseFloat(line.substring(tab + 1)));
                } catch (NumberFormatException e) {
                    throw new ModelFormatException(file + " line " + n + ": idf is not a number", e);
                }
            }
        }
        float[] values = new float[idf.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = idf.get(i);
        }
        try {
            return new Vocabulary(terms, values);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
