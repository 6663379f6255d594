package org.newsdesk.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.newsdesk.classify.ClassifyOutcome;
import org.newsdesk.classify.Folds;
import org.newsdesk.classify.TopicClassifier;
import org.newsdesk.classify.TopicTrainer;
import org.newsdesk.classify.eval.CalibrationReport;
import org.newsdesk.classify.eval.ClassificationReport;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Progress;
import org.newsdesk.io.AtomicFiles;
import org.newsdesk.io.CsvTables;
import org.newsdesk.io.TextFiles;
import org.newsdesk.model.LoadedModel;
import org.newsdesk.model.ModelStore;
import org.newsdesk.report.EvaluationPage;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.eval.RougeDetail;
import org.newsdesk.summarize.eval.RougeEvaluator;

/**
 * Measures topic labels and summaries against labelled data and reference summaries: accuracy, micro and macro
 * precision, recall and F1, per-label scores and a confusion matrix; ROUGE-1, ROUGE-2 and ROUGE-L F1. Predictions come
 * from a model, from an earlier run's {@code results.json}, or from k-fold cross-validation. Writes
 * {@code report.json}, {@code per-label.csv}, {@code confusion.csv} and {@code articles.csv} (one row per article,
 * so every error can be traced to its record); {@code misclassified.csv} (each article whose topics differ from its
 * gold labels, with its top scores) and, when predictions have scores, {@code calibration.csv} (the reliability
 * table behind the expected calibration error, 15 bins). report.json adds subset accuracy, Hamming loss, labels
 * grouped by support, the calibration figures and the misclassified articles.
 */
public final class EvaluateJob {

    private final ModelStore store;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A job reading models with {@code store}. */
    public EvaluateJob(ModelStore store) {
        this.store = store;
    }

    /** One article's prediction, whatever its source. */
    private record Predicted(List<String> topics, Map<String, Double> scores, String summary, String error,
                             Map<String, List<String>> explanations) {
        Predicted(List<String> topics, Map<String, Double> scores, String summary, String error) {
            this(topics, scores, summary, error, Map.of());
        }

        Predicted(List<String> topics, String summary, String error) {
            this(topics, Map.of(), summary, error);
        }
    }

    /** Articles whose summaries scored lowest, shown in report.html. */
    static final int LOW_SUMMARIES_IN_HTML = 8;
    /** Misclassified articles shown in report.html. */
    static final int WRONG_IN_HTML = 25;

    /** Misclassified articles listed in report.json (all of them are in misclassified.csv). */
    static final int MISCLASSIFIED_IN_REPORT = 200;
    /** Scores shown per misclassified article. */
    static final int TOP_SCORES = 3;

    /**
     * Runs the evaluation and writes the report.
     *
     * @param onError receives each record that could not be read
     * @throws IOException if inputs, the model or the results cannot be read, or the report cannot be written
     */
    public Evaluation execute(EvaluateRequest request, Progress progress, Consumer<ArticleError> onError)
            throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Article a : ArticleLoader.load(request.data(), request.options(), request.filter(), onError)) {
            articles.add(a.withLabels(mapLabels(a.labels(), request.labelMap())));
        }
        Map<String, Object> source = new LinkedHashMap<>();
        List<String> modelLabels = new ArrayList<>();
        boolean multiLabelModel;
        Map<String, Predicted> predictions;
        if (request.results() != null) {
            source.put("results", request.results().toString());
            predictions = fromResults(request.results(), modelLabels, source);
            multiLabelModel = Boolean.TRUE.equals(source.remove("multi_label"));
            if (!articles.isEmpty() && articles.stream().noneMatch(a -> predictions.containsKey(a.id()))) {
                throw new IOException(request.results() + ": none of the " + articles.size() + " article ids of the "
                        + "data is in it (data ids " + firstIds(articles.stream().map(Article::id).toList())
                        + "; results ids " + firstIds(predictions.keySet().stream().sorted().toList())
                        + "); are --results and --data from the same articles?");
            }
        } else if (request.crossValidation()) {
            source.put("crossValidationFolds", request.folds());
            source.put("seed", request.trainer().network().seed());
            predictions = crossValidate(articles, request, progress, modelLabels);
            multiLabelModel = articles.stream().anyMatch(a -> a.labels().size() > 1);
        } else {
            LoadedModel model = store.load(request.model());
            source.put("model", request.model().toString());
            source.put("modelFingerprint", model.manifest().modelFingerprint());
            modelLabels.addAll(model.classifier().labels());
            multiLabelModel = model.classifier().multiLabel();
            Summarizer summarizer = Components.summarizer(org.newsdesk.model.ModelVersions.resolve(request.model()), request.summaryMaxSimilarity());
            source.put("summarizer", summarizer.method());
            predictions = fromModel(model.classifier(), summarizer, articles, request, progress);
        }
        source.put("summaryLength", request.length().describe());

        List<String> ids = new ArrayList<>();
        List<Set<String>> gold = new ArrayList<>();
        List<Set<String>> predicted = new ArrayList<>();
        int topHits = 0;
        int allHits = 0;
        long assigned = 0;
        long assignedRight = 0;
        int missing = 0;
        RougeEvaluator rouge = new RougeEvaluator();
        RougeEvaluator leadRouge = new RougeEvaluator();
        Summarizer leadMaker = Components.summarizer();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", "gold", "topics", "top_topic", "gold_in_topics", "status", "error", "rouge1", "rouge2",
                "rougeL", "lead_rouge1", "lead_rouge2", "lead_rougeL"));
        List<Double> confidence = new ArrayList<>();
        List<Boolean> confidentRight = new ArrayList<>();
        List<Map<String, Object>> misclassified = new ArrayList<>();
        List<List<String>> misRows = new ArrayList<>();
        List<EvaluationPage.WrongLabels> wrongInHtml = new ArrayList<>();
        List<double[]> rougeOurs = new ArrayList<>();
        List<double[]> rougeLead = new ArrayList<>();
        java.util.PriorityQueue<EvaluationPage.LowSummary> lowest = new java.util.PriorityQueue<>(
                java.util.Comparator.comparingDouble(EvaluationPage.LowSummary::rouge2).reversed());
        misRows.add(List.of("id", "gold", "topics", "top_scores"));
        for (Article a : articles) {
            Predicted p = predictions.get(a.id());
            if (p == null) {
                missing++;
                p = new Predicted(List.of(), "", "no prediction for this id");
            }
            String top = p.topics().isEmpty() ? "" : p.topics().get(0);
            boolean labelled = !a.labels().isEmpty();
            boolean inTopics = labelled && p.topics().containsAll(a.labels());
            if (labelled) {
                ids.add(a.id());
                gold.add(new LinkedHashSet<>(a.labels()));
                predicted.add(multiLabelModel ? new LinkedHashSet<>(p.topics())
                        : top.isEmpty() ? Set.of() : Set.of(top));
                topHits += a.labels().contains(top) ? 1 : 0;
                allHits += inTopics ? 1 : 0;
                assigned += p.topics().size();
                assignedRight += p.topics().stream().filter(a.labels()::contains).count();
                if (!p.scores().isEmpty()) {
                    Map.Entry<String, Double> best = p.scores().entrySet().stream()
                            .max(Map.Entry.<String, Double>comparingByValue()
                                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                            .orElseThrow();
                    confidence.add(Math.max(0.0, Math.min(1.0, best.getValue())));
                    confidentRight.add(a.labels().contains(best.getKey()));
                }
                if (!predicted.get(predicted.size() - 1).equals(gold.get(gold.size() - 1))) {
                    List<Map.Entry<String, Double>> ranked = p.scores().entrySet().stream()
                            .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .limit(TOP_SCORES).toList();
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", a.id());
                    m.put("gold", a.labels());
                    m.put("topics", p.topics());
                    Map<String, Double> topScores = new LinkedHashMap<>();
                    ranked.forEach(e -> topScores.put(e.getKey(), e.getValue()));
                    m.put("topScores", topScores);
                    if (p.error() != null) {
                        m.put("error", p.error());
                    }
                    misclassified.add(m);
                    if (wrongInHtml.size() < WRONG_IN_HTML) {
                        wrongInHtml.add(new EvaluationPage.WrongLabels(a.id(), a.title(), a.labels(), p.topics(),
                                topScores, p.explanations()));
                    }
                    misRows.add(List.of(a.id(), String.join("|", a.labels()), String.join("|", p.topics()),
                            ranked.stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.4f",
                                    e.getValue())).collect(java.util.stream.Collectors.joining("; "))));
                }
            }
            String reference = reference(a, request.summaries());
            String r1 = "";
            String r2 = "";
            String rl = "";
            String l1 = "";
            String l2 = "";
            String ll = "";
            if (reference != null) {
                RougeDetail d = rouge.add(p.summary() == null ? "" : p.summary(), reference);
                r1 = format(d.rouge1().f1() * 100);
                r2 = format(d.rouge2().f1() * 100);
                rl = format(d.rougeL().f1() * 100);
                RougeDetail l = leadRouge.add(leadMaker.lead(a.title(), a.text(), request.length()).text(), reference);
                l1 = format(l.rouge1().f1() * 100);
                l2 = format(l.rouge2().f1() * 100);
                ll = format(l.rougeL().f1() * 100);
                rougeOurs.add(new double[] {d.rouge1().f1() * 100, d.rouge2().f1() * 100, d.rougeL().f1() * 100});
                rougeLead.add(new double[] {l.rouge1().f1() * 100, l.rouge2().f1() * 100, l.rougeL().f1() * 100});
                lowest.add(new EvaluationPage.LowSummary(a.id(), a.title(), p.summary() == null ? "" : p.summary(),
                        reference, d.rouge2().f1() * 100, l.rouge2().f1() * 100));
                if (lowest.size() > LOW_SUMMARIES_IN_HTML) {
                    lowest.poll();
                }
            }
            rows.add(List.of(a.id(), String.join("|", a.labels()), String.join("|", p.topics()), top,
                    labelled ? String.valueOf(inTopics) : "", p.error() == null ? "ok" : "error",
                    p.error() == null ? "" : p.error(), r1, r2, rl, l1, l2, ll));
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("source", source);
        report.put("data", request.data().stream().map(Object::toString).toList());
        report.put("articles", articles.size());
        report.put("labelled", ids.size());
        report.put("errors", predictions.values().stream().filter(p -> p.error() != null).count());
        report.put("missingPredictions", missing);
        if (missing > 0) {
            report.put("missingPredictionIds", articles.stream().map(Article::id)
                    .filter(id -> !predictions.containsKey(id)).limit(MISSING_IDS_SHOWN).toList());
        }
        if (!request.labelMap().isEmpty()) {
            report.put("labelMap", new TreeMap<>(request.labelMap()));
        }
        ClassificationReport classification = null;
        double topAccuracy = 0;
        double goldInTopics = 0;
        double topicsPerArticle = 0;
        double topicsCorrect = 0;
        if (!ids.isEmpty()) {
            topicsPerArticle = (double) assigned / ids.size();
            topicsCorrect = assigned == 0 ? 0 : (double) assignedRight / assigned;
            classification = ClassificationReport.compute(modelLabels, gold, predicted);
            topAccuracy = (double) topHits / ids.size();
            goldInTopics = (double) allHits / ids.size();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("topAccuracy", topAccuracy);
            c.put("goldInTopics", goldInTopics);
            c.put("topicsPerArticle", topicsPerArticle);
            c.put("assignedTopicsCorrect", topicsCorrect);
            c.putAll(classification.toMap());
            report.put("classification", c);
        }
        CalibrationReport calibration = confidence.isEmpty() ? null
                : CalibrationReport.compute(confidence, confidentRight, CalibrationReport.DEFAULT_BINS);
        if (calibration != null) {
            report.put("calibration", calibration.toMap());
        }
        if (!ids.isEmpty()) {
            report.put("misclassifiedCount", misclassified.size());
            report.put("misclassified", misclassified.subList(0, Math.min(MISCLASSIFIED_IN_REPORT,
                    misclassified.size())));
        }
        var rougeReport = rouge.count() == 0 ? null : rouge.report();
        if (rougeReport != null) {
            report.put("summarization", rougeReport.toMap());
        }
        var leadReport = leadRouge.count() == 0 ? null : leadRouge.report();
        if (leadReport != null) {
            report.put("summarizationLead", leadReport.toMap());
        }
        write(request.report(), report, classification, rows);
        List<EvaluationPage.LowSummary> low = new ArrayList<>(lowest);
        low.sort(java.util.Comparator.comparingDouble(EvaluationPage.LowSummary::rouge2));
        Map<String, String> facts = new LinkedHashMap<>();
        source.forEach((k, v) -> facts.put(org.newsdesk.report.HtmlPage.words(k), String.valueOf(v)));
        facts.put("data", String.join(", ", request.data().stream().map(Object::toString).toList()));
        facts.put("articles", articles.size() + " (" + ids.size() + " labelled, " + report.get("errors")
                + " failed, " + missing + " without a prediction)");
        Map<String, Double> figures = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            figures.put("top topic accuracy", topAccuracy);
            figures.put("gold labels among the topics", goldInTopics);
            figures.put("topics per article", topicsPerArticle);
            figures.put("assigned topics correct", topicsCorrect);
        }
        AtomicFiles.writeString(request.report().resolve(EvaluationPage.FILE_NAME), EvaluationPage.render(
                new EvaluationPage.Data(facts, classification, gold, predicted, figures, calibration, rougeReport,
                        leadReport, new EvaluationPage.RougeDistribution(rougeOurs, rougeLead), low, wrongInHtml,
                        misclassified.size())));
        if (classification != null) {
            CsvTables.write(request.report().resolve("misclassified.csv"), misRows);
        }
        if (calibration != null) {
            CsvTables.write(request.report().resolve("calibration.csv"), calibration.csvRows());
        }
        return new Evaluation(classification, topAccuracy, goldInTopics, topicsPerArticle, topicsCorrect, rougeReport,
                report, calibration, leadReport);
    }

    private static List<String> mapLabels(List<String> labels, Map<String, String> map) {
        List<String> out = new ArrayList<>(labels.size());
        for (String l : labels) {
            String m = map.getOrDefault(l, l);
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private String reference(Article a, Path summaries) throws IOException {
        if (summaries == null) {
            return a.referenceSummary();
        }
        Path file = summaries.resolve(a.id() + ".txt");
        return Files.isRegularFile(file) ? TextFiles.read(file).text() : null;
    }

    private Map<String, Predicted> fromModel(TopicClassifier classifier, Summarizer summarizer, List<Article> articles,
                                             EvaluateRequest request, Progress progress) {
        ArticleProcessor processor = new ArticleProcessor(classifier, summarizer, request.length());
        Map<String, Predicted> out = new HashMap<>();
        int batch = 64;
        for (int from = 0; from < articles.size(); from += batch) {
            for (ArticleResult r : processor.process(articles.subList(from, Math.min(articles.size(), from + batch)))) {
                out.put(r.id(), r.isOk() ? new Predicted(r.prediction().topics(), scores(r.prediction()),
                        r.summary().text(), null, explanations(r.prediction()))
                        : new Predicted(List.of(), "", r.error()));
            }
            progress.report(Math.min(articles.size(), from + batch), articles.size(), "");
        }
        return out;
    }

    /** How many ids a message or report names when some are missing. */
    static final int MISSING_IDS_SHOWN = 5;

    /** The first {@link #MISSING_IDS_SHOWN} of {@code ids}, joined, with "..." when there are more. */
    static String firstIds(List<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), MISSING_IDS_SHOWN)));
        return ids.size() > MISSING_IDS_SHOWN ? shown + ", ..." : shown;
    }

    private Map<String, Predicted> fromResults(Path results, List<String> labels, Map<String, Object> source)
            throws IOException {
        JsonNode root;
        try {
            root = json.readTree(results.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(results + " is not a results.json file: " + e.getOriginalMessage(), e);
        }
        JsonNode run = root.path("run");
        if (!root.path("articles").isArray()) {
            throw new IOException(results + " has no \"articles\" array: not a Newsdesk results.json");
        }
        source.put("model", run.path("model").asText(null));
        source.put("modelFingerprint", run.path("model_fingerprint").asText(null));
        run.path("settings").path("labels").forEach(l -> labels.add(l.asText()));
        source.put("multi_label", run.path("settings").path("multi_label").asBoolean(false));
        Map<String, Predicted> out = new HashMap<>();
        for (JsonNode a : root.path("articles")) {
            List<String> topics = new ArrayList<>();
            a.path("topics").forEach(t -> topics.add(t.asText()));
            String error = "ok".equals(a.path("status").asText()) ? null : a.path("error").asText("error");
            Map<String, Double> scores = new LinkedHashMap<>();
            a.path("scores").fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    scores.put(e.getKey(), e.getValue().asDouble());
                }
            });
            Map<String, List<String>> explanations = new LinkedHashMap<>();
            a.path("explanations").fields().forEachRemaining(e -> {
                List<String> words = new ArrayList<>();
                e.getValue().forEach(ev -> words.add(ev.path("phrase").asText()));
                explanations.put(e.getKey(), words);
            });
            out.put(a.path("id").asText(), new Predicted(topics, scores, a.path("summary").asText(""), error,
                    explanations));
        }
        return out;
    }

    private Map<String, Predicted> crossValidate(List<Article> articles, EvaluateRequest request, Progress progress,
                                                 List<String> labels) {
        int k = request.folds();
        if (articles.size() < k) {
            throw new IllegalArgumentException(k + "-fold cross-validation needs at least " + k + " articles; got "
                    + articles.size());
        }
        Set<String> all = new TreeSet<>();
        articles.forEach(a -> all.addAll(a.labels()));
        labels.addAll(all);
        int[] fold = Folds.assign(articles, k, request.trainer().network().seed());
        Summarizer summarizer = new Summarizer(new org.newsdesk.text.SentenceSplitter(),
                new org.newsdesk.summarize.UnsupervisedScorer(), request.summaryMaxSimilarity());
        boolean summaries = request.summaries() != null
                || articles.stream().anyMatch(a -> a.referenceSummary() != null);
        Map<String, Predicted> out = new HashMap<>();
        for (int f = 0; f < k; f++) {
            List<Article> train = new ArrayList<>();
            List<Article> test = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                (fold[i] == f ? test : train).add(articles.get(i));
            }
            final int done = f;
            TopicClassifier c = new TopicTrainer(request.trainer()).train(train,
                    (d, t, m) -> progress.report(done * t + d, (long) k * t, "fold " + (done + 1) + "/" + k + ", " + m))
                    .classifier();
            List<ClassifyOutcome> outcomes = c.classify(test);
            Summarizer foldSummarizer = summaries ? foldSummarizer(train, summarizer, request) : summarizer;
            for (int i = 0; i < test.size(); i++) {
                Article a = test.get(i);
                ClassifyOutcome o = outcomes.get(i);
                String summary = summaries ? foldSummarizer.summarize(a.title(), a.text(), request.length()).text() : "";
                out.put(a.id(), o.error() == null ? new Predicted(o.prediction().topics(), scores(o.prediction()),
                        summary, null, explanations(o.prediction()))
                        : new Predicted(List.of(), summary, o.error()));
            }
        }
        return out;
    }

    /**
     * The summarizer {@code train} would give a model trained on this fold: a sentence scorer learned from the fold's
     * reference summaries (the inputs' summary field) when it has any, otherwise {@code builtIn}.
     */
    private static Summarizer foldSummarizer(List<Article> fold, Summarizer builtIn, EvaluateRequest request) {
        org.newsdesk.summarize.SupervisedTrainer trainer =
                new org.newsdesk.summarize.SupervisedTrainer(Components.summarizer(), request.lengthNeutralScorer());
        for (Article a : fold) {
            if (a.referenceSummary() != null && !a.referenceSummary().isBlank()) {
                trainer.add(a.title(), a.text(), a.referenceSummary());
            }
        }
        if (trainer.articles() == 0) {
            return builtIn;
        }
        try {
            return new Summarizer(new org.newsdesk.text.SentenceSplitter(), trainer.fit(),
                    request.summaryMaxSimilarity());
        } catch (IllegalStateException e) {
            return builtIn; // the references teach nothing (e.g. each is the whole article), as in train
        }
    }

    private void write(Path dir, Map<String, Object> report, ClassificationReport classification,
                       List<List<String>> rows) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.writeString(dir.resolve("report.json"), json.writeValueAsString(report) + "\n");
        CsvTables.write(dir.resolve("articles.csv"), rows);
        if (classification != null) {
            CsvTables.write(dir.resolve("per-label.csv"), classification.perLabelCsvRows());
            CsvTables.write(dir.resolve("confusion.csv"), classification.confusionCsvRows());
        }
    }

    private static Map<String, List<String>> explanations(org.newsdesk.core.TopicPrediction p) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        p.explanations().forEach((label, evidence) -> out.put(label,
                evidence.stream().map(org.newsdesk.core.Evidence::phrase).toList()));
        return out;
    }

    private static Map<String, Double> scores(org.newsdesk.core.TopicPrediction p) {
        Map<String, Double> out = new LinkedHashMap<>();
        p.scores().forEach(s -> out.put(s.label(), s.probability()));
        return out;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
