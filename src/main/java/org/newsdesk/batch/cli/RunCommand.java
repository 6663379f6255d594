package org.newsdesk.batch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.batch.ProgressReporter;
import org.newsdesk.batch.RunJob;
import org.newsdesk.batch.RunReport;
import org.newsdesk.batch.RunRequest;
import org.newsdesk.io.ExtraColumns;
import org.newsdesk.io.RunInfo;
import org.newsdesk.io.XlsxResultWriter;
import org.newsdesk.model.ModelStore;
import org.newsdesk.report.RunReportPage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsdesk run}: labels and summarizes every article of the inputs. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Label and summarize every article of the inputs; write results.json, results.csv and report.html.")
public final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: models/default).")
    Path model;

    @Option(names = "--input", paramLabel = "PATH",
            description = "Articles: a folder of .txt files, a CSV or a JSON Lines file, or - for standard input (with --format). "
                    + "Repeat to merge (default: seeds/).")
    List<Path> inputs;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "out",
            description = "Directory for results.json and results.csv (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--classify-batch", paramLabel = "N", defaultValue = "64",
            description = "Articles classified together (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--incremental",
            description = "Keep the earlier result of every article whose id and content are unchanged since the last "
                    + "run into this --output folder (same model and settings); process only new and changed ones.")
    boolean incremental;

    @Option(names = "--excel",
            description = "Start results.csv with a UTF-8 byte order mark, so that Excel shows accents correctly.")
    boolean excel;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "" + RunRequest.DEFAULT_MAX_ARTICLE_CHARS,
            description = "Longest article processed, in characters; a longer one gets an error row "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxArticleChars;

    @Option(names = "--min-labels", paramLabel = "N",
            description = "Fewest topics per article: labels below their threshold are added, most probable first (default: 1).")
    Integer minLabels;

    @Option(names = "--max-labels", paramLabel = "N",
            description = "Most topics per article (default: the model's, 1 for single-label models).")
    Integer maxLabels;

    @Option(names = "--allow-no-topic",
            description = "An article none of whose labels reaches its threshold gets no topic instead of its top label.")
    boolean allowNoTopic;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads that label and summarize; 0 means one per processor core "
                    + "(default: ${DEFAULT-VALUE}). Results are the same whatever the number.")
    int threads;

    @Option(names = "--xlsx",
            description = "Also write results.xlsx: a workbook with one row per article, a numeric score:<label> column "
                    + "per label and a 'run' sheet with the run's settings and counts.")
    boolean xlsx;

    @Option(names = "--keep-columns", paramLabel = "A,B", split = ",",
            description = "Of the inputs' extra fields (CSV columns or JSON Lines fields besides id, title, text, "
                    + "labels and summary), pass only these through to the results (default: all of them).")
    List<String> keepColumns;

    @Option(names = "--drop-extra-columns",
            description = "Pass none of the inputs' extra fields through to the results.")
    boolean dropExtraColumns;

    @Option(names = "--date-column", paramLabel = "NAME",
            description = "The extra field holding each article's date (ISO date or date-time; always passed through; "
                    + "a value that does not read as a date gets a note).")
    String dateColumn;

    @Option(names = "--no-topics", description = "Do not label: topics, scores and explanations stay empty.")
    boolean noTopics;

    @Option(names = "--no-summaries", description = "Do not summarize: summaries and key phrases stay empty.")
    boolean noSummaries;

    @Option(names = "--no-report", description = "Do not write report.html (the run's charts and sample articles).")
    boolean noReport;

    @Mixin
    InputMixin input;

    @Mixin
    SummaryMixin summary;

    /** The extra-field rules of --keep-columns, --drop-extra-columns and --date-column. */
    private ExtraColumns extraColumns() {
        boolean keep = keepColumns != null && !keepColumns.isEmpty();
        if (keep && dropExtraColumns) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--keep-columns and --drop-extra-columns contradict each other: give one of them");
        }
        ExtraColumns rules;
        if (dropExtraColumns) {
            rules = ExtraColumns.none();
        } else if (keep) {
            List<String> names = keepColumns.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
            if (names.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--keep-columns needs at least one column name, e.g. --keep-columns url,date");
            }
            rules = ExtraColumns.only(names);
        } else {
            rules = ExtraColumns.all();
        }
        if (dateColumn != null && dateColumn.isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--date-column needs a field name");
        }
        return rules.withDateColumn(dateColumn == null ? null : dateColumn.strip());
    }

    @Override
    public Integer call() throws Exception {
        Path modelDir = model != null ? model : Paths.defaultPath("models/default");
        if (output.toString().equals("-")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--output - is not supported: run "
                    + "writes results.json, results.csv and run-manifest.json into a folder; give a folder, e.g. --output out");
        }
        List<Path> in = inputs != null && !inputs.isEmpty() ? inputs : List.of(Paths.defaultPath("seeds"));
        in = Paths.readStreams(in, input.format);
        Paths.requireExisting(in);
        if (threads < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be 0 (one per core) "
                    + "or more: " + threads);
        }
        if (threads == 0) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        RunRequest request = new RunRequest(modelDir, in, input.options().withExtraColumns(extraColumns()),
                input.filter(), output, summary.length(), batch, incremental, excel, maxArticleChars, minLabels,
                maxLabels, allowNoTopic, summary.maxSimilarity(), threads, !noTopics, !noSummaries, !noReport, xlsx);
        RunReport report;
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (ProgressReporter progress = ProgressReporter.forConsole("Articles")) {
            report = new RunJob(new ModelStore(), Clock.systemUTC()).execute(request, progress);
        }
        if (report.staleLock() != null) {
            err.printf("note: took over the lock of %s, which is no longer running%n", report.staleLock());
        }
        if (report.leftovers() > 0) {
            err.printf("note: deleted %d temporary files left by a run that was stopped%n", report.leftovers());
        }
        List<String> notFound = report.idsNotFound();
        if (!notFound.isEmpty()) {
            err.printf("warning: %d of the ids in the ids file are not in the input (first: %s)%n", notFound.size(),
                    String.join(", ", notFound.subList(0, Math.min(notFound.size(), RunReport.IDS_SHOWN)))
                            + (notFound.size() > RunReport.IDS_SHOWN ? ", ..." : ""));
        }
        RunInfo info = report.info();
        if (incremental) {
            RunReport.Changes c = report.changes();
            out.printf("incremental: %d new, %d changed, %d unchanged (%d earlier results kept), %d removed%n",
                    c.newArticles(), c.changed(), c.unchanged(), c.reused(), c.removed());
            report.reuse().ifPresent(note -> out.println("incremental: " + note));
        }
        Path written = output.toAbsolutePath().normalize();
        out.printf("%d articles: %d ok, %d failed -> %s, %s, %s%s%s%n", info.counts().total(), info.counts().ok(),
                info.counts().error(), written.resolve("results.json"), written.resolve("results.csv"),
                xlsx ? written.resolve(XlsxResultWriter.FILE_NAME) + ", " : "", written.resolve(RunJob.MANIFEST),
                noReport ? "" : ", " + written.resolve(RunReportPage.FILE_NAME));
        if (info.counts().error() > 0) {
            spec.commandLine().getErr().printf("%d articles failed; see the status and error columns%n",
                    info.counts().error());
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.OK;
    }
}
