package org.newsdesk.batch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.batch.TrainJob;
import org.newsdesk.model.ModelStore;
import org.newsdesk.model.ModelVersions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk models}: lists the versions of a model folder, or makes one current. */
@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the versions of a versioned model folder with their scores, or make a version current "
                + "(--use). A plain model folder is described as one model.")
public final class ModelsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Model folder, e.g. models/news.")
    Path dir;

    @Option(names = "--use", paramLabel = "VERSION",
            description = "Make VERSION (e.g. v0002) the current version: runs with --model DIR then use it.")
    String use;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString());
        }
        if (ModelVersions.isPlain(dir)) {
            if (use != null) {
                throw new IllegalArgumentException(dir + " is a plain model folder; it has no versions to choose from");
            }
            out.println(dir + ": plain model folder (no versions)");
            out.println(header("validation"));
            out.println(line("-", dir));
            return ExitCodes.OK;
        }
        if (!ModelVersions.isVersioned(dir)) {
            throw new org.newsdesk.model.ModelFormatException(dir + " is not a model folder: it has neither "
                    + ModelStore.MANIFEST + " nor a '" + ModelVersions.CURRENT + "' file");
        }
        if (use != null) {
            String before = ModelVersions.current(dir).orElse("none");
            ModelVersions.setCurrent(dir, use);
            out.printf("%s: current version is now %s (was %s)%n", dir, use, before);
            return ExitCodes.OK;
        }
        String current = ModelVersions.current(dir).orElse("");
        out.printf("%s: versioned model folder, current version %s%n", dir, current);
        out.println("held-out: articles of the last --data source held out of training; micro-F1: the version's "
                + "micro-averaged F1 on them, compared to decide promotion");
        out.println(header("decision"));
        for (String version : ModelVersions.versions(dir)) {
            out.println(line(version.equals(current) ? "*" : " ", dir.resolve(version)));
        }
        return ExitCodes.OK;
    }

    private static String header(String last) {
        return String.format(Locale.ROOT, "%-2s %-7s %-20s %8s %8s %9s %9s  %s", "", "version", "created", "articles",
                "labels", "held-out", "micro-F1", last);
    }

    private static String line(String marker, Path folder) throws IOException {
        JsonNode m = JSON.readTree(folder.resolve(ModelStore.MANIFEST).toFile());
        JsonNode p = Files.isRegularFile(folder.resolve(TrainJob.PROMOTION))
                ? JSON.readTree(folder.resolve(TrainJob.PROMOTION).toFile()) : JSON.createObjectNode();
        String score = p.path("new_score").isNumber()
                ? String.format(Locale.ROOT, "%.4f", p.path("new_score").asDouble()) : "-";
        String decision = p.has("reason") ? (p.path("promoted").asBoolean() ? "promoted: " : "kept previous: ")
                + p.path("reason").asText() : "";
        if (!p.has("reason") && m.path("validation").has("accuracy")) {
            decision = String.format(Locale.ROOT, "accuracy (exact match) %.4f on the validation slice (%d articles)",
                    m.path("validation").path("accuracy").asDouble(), m.path("validation").path("articles").asInt());
        }
        return String.format(Locale.ROOT, "%-2s %-7s %-20s %8d %8d %9s %9s  %s", marker,
                folder.getFileName(), m.path("createdAt").asText(), m.path("trainingData").path("articles").asInt(),
                m.path("labels").size(), p.has("held_out_articles") ? p.path("held_out_articles").asText() : "-",
                score, decision);
    }
}
