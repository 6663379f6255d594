package org.newsdesk.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.batch.ArticlePipeline;
import org.newsdesk.batch.RunRequest;
import org.newsdesk.io.ExtraColumns;
import org.newsdesk.io.InputOptions;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;

/**
 * The command line of {@link SparkRun}: {@code run}'s options that make sense on a cluster, with URIs instead of
 * local paths.
 *
 * @param model        model folder URI (plain or versioned)
 * @param inputs       input URIs, read in this order
 * @param output       output folder URI; each run writes into {@code runs/<run id>/} under it
 * @param format       input format override: FOLDER, CSV, JSONL or PARQUET; null to detect from each input's name
 * @param options      how CSV, JSON Lines, folders and Parquet are read (column names, label separator)
 * @param ids          URI of an ids file (one id a line, or a CSV with an {@code id} column), or null
 * @param where        with {@code ids}: {@code COL=VALUE} keeping the rows of that CSV whose column has the value
 * @param settings     the per-article settings (summary length, label rule, size limit, stages)
 * @param partitions   partitions that label and summarize (0: Spark's default parallelism)
 * @param outputs      the outputs to write, a non-empty subset of {@link #OUTPUTS} in that order
 * @param filter       a Spark SQL condition on the input's columns that an article must meet, or null
 */
public record SparkRunOptions(String model, List<String> inputs, String output, String format, InputOptions options,
                              String ids, String where, ArticlePipeline.Settings settings, int partitions,
                              List<String> outputs, String filter)
        implements Serializable {

    /** The outputs {@code --outputs} chooses from (all three by default). */
    public static final List<String> OUTPUTS = List.of("parquet", "jsonl", "csv");

    /** The options without output selection and filter: every output, every article. */
    public SparkRunOptions(String model, List<String> inputs, String output, String format, InputOptions options,
                           String ids, String where, ArticlePipeline.Settings settings, int partitions) {
        this(model, inputs, output, format, options, ids, where, settings, partitions, OUTPUTS, null);
    }

    /** Whether the output {@code name} (one of {@link #OUTPUTS}) is written. */
    public boolean writes(String name) {
        return outputs.contains(name);
    }

    /** The usage text. */
    public static final String USAGE = String.join("\n",
            "Usage: spark-submit --class org.newsdesk.spark.SparkRun newsdesk-spark.jar --model URI --input URI... "
                    + "--output URI [options]",
            "  --model URI                 model folder (plain or versioned), any Hadoop file system URI",
            "  --input URI                 folder of .txt files, CSV, JSON Lines or Parquet (file or folder); repeat",
            "  --output URI                output folder: each run writes runs/<run id>/ and then points 'current' at it",
            "  --format F                  FOLDER, CSV, JSONL or PARQUET (default: from the input's name)",
            "  --id-column C, --title-column C, --text-column C, --labels-column C, --label-separator S",
            "  --summary-sentences N | --summary-ratio R | --summary-words W, --summary-max-similarity S",
            "  --min-labels N, --max-labels N, --allow-no-topic, --max-article-chars N, --no-topics, --no-summaries",
            "  --ids URI [--where COL=VALUE]  only the listed articles (as for run)",
            "  --filter SQL                only the articles whose input columns meet this Spark SQL condition",
            "  --outputs LIST              which of parquet,jsonl,csv to write (default: all three)",
            "  --keep-columns A,B | --drop-extra-columns, --date-column NAME  extra input fields, as for run",
            "  --partitions N              partitions that label and summarize (default: Spark's default parallelism)");

    /** A command line that cannot be run; the message says why. */
    public static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Parses a command line.
     *
     * @throws UsageException naming the option at fault
     */
    public static SparkRunOptions parse(String... args) {
        String model = null;
        String output = null;
        String format = null;
        String ids = null;
        String where = null;
        List<String> inputs = new ArrayList<>();
        InputOptions options = InputOptions.defaults();
        String idColumn = "id";
        String titleColumn = "title";
        String textColumn = "text";
        String labelsColumn = "labels";
        SummaryLength length = null;
        double maxSimilarity = Summarizer.DEFAULT_MAX_SIMILARITY;
        Integer minLabels = null;
        Integer maxLabels = null;
        boolean allowNoTopic = false;
        int maxChars = RunRequest.DEFAULT_MAX_ARTICLE_CHARS;
        boolean topics = true;
        boolean summaries = true;
        int partitions = 0;
        List<String> outputs = OUTPUTS;
        String filter = null;
        List<String> keepColumns = null;
        boolean dropExtra = false;
        String dateColumn = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--allow-no-topic" -> allowNoTopic = true;
                case "--no-topics" -> topics = false;
                case "--no-summaries" -> summaries = false;
                case "--drop-extra-columns" -> dropExtra = true;
                case "--help", "-h" -> throw new UsageException(USAGE);
                default -> {
                    if (!a.startsWith("--")) {
                        throw new UsageException("unexpected argument '" + a + "'\n" + USAGE);
                    }
                    if (i + 1 >= args.length) {
                        throw new UsageException("option " + a + " needs a value");
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--model" -> model = v;
                        case "--input" -> inputs.add(v);
                        case "--output" -> output = v;
                        case "--format" -> format = format(v);
                        case "--ids" -> ids = v;
                        case "--where" -> where = v;
                        case "--id-column" -> idColumn = v;
                        case "--title-column" -> titleColumn = v;
                        case "--text-column" -> textColumn = v;
                        case "--labels-column" -> labelsColumn = v;
                        case "--label-separator" -> options = options.withLabelSeparator(v);
                        case "--summary-sentences" -> length = length(length, a,
                                () -> new SummaryLength.Sentences(integer(a, v)));
                        case "--summary-ratio" -> length = length(length, a,
                                () -> new SummaryLength.Ratio(decimal(a, v)));
                        case "--summary-words" -> length = length(length, a,
                                () -> new SummaryLength.Words(integer(a, v)));
                        case "--summary-max-similarity" -> maxSimilarity = decimal(a, v);
                        case "--min-labels" -> minLabels = integer(a, v);
                        case "--max-labels" -> maxLabels = integer(a, v);
                        case "--max-article-chars" -> maxChars = integer(a, v);
                        case "--partitions" -> partitions = integer(a, v);
                        case "--outputs" -> outputs = outputs(v);
                        case "--filter" -> filter = v;
                        case "--keep-columns" -> keepColumns = List.of(v.split(",")).stream().map(String::strip)
                                .filter(n -> !n.isEmpty()).toList();
                        case "--date-column" -> dateColumn = v.strip();
                        default -> throw new UsageException("unknown option " + a + "\n" + USAGE);
                    }
                }
            }
        }
        if (model == null || inputs.isEmpty() || output == null) {
            throw new UsageException("--model, --input and --output are required\n" + USAGE);
        }
        if (where != null && ids == null) {
            throw new UsageException("--where needs --ids");
        }
        if (where != null && where.indexOf('=') < 1) {
            throw new UsageException("--where takes COL=VALUE: " + where);
        }
        if (filter != null && filter.isBlank()) {
            throw new UsageException("--filter needs a condition, e.g. --filter \"section = 'sport'\"");
        }
        if (keepColumns != null && dropExtra) {
            throw new UsageException("--keep-columns and --drop-extra-columns contradict each other: give one of them");
        }
        if (keepColumns != null && keepColumns.isEmpty()) {
            throw new UsageException("--keep-columns needs at least one column name, e.g. --keep-columns url,date");
        }
        if (dateColumn != null && dateColumn.isEmpty()) {
            throw new UsageException("--date-column needs a field name");
        }
        ExtraColumns extra = dropExtra ? ExtraColumns.none()
                : keepColumns != null ? ExtraColumns.only(keepColumns) : ExtraColumns.all();
        options = options.withExtraColumns(extra.withDateColumn(dateColumn));
        if (partitions < 0) {
            throw new UsageException("--partitions must be at least 0: " + partitions);
        }
        try {
            options = options.withColumns(idColumn, titleColumn, textColumn, labelsColumn, options.summaryColumn());
            ArticlePipeline.Settings settings = new ArticlePipeline.Settings(
                    length == null ? new SummaryLength.Sentences(3) : length, maxChars, minLabels, maxLabels,
                    allowNoTopic, maxSimilarity, topics, summaries);
            return new SparkRunOptions(model, List.copyOf(inputs), output, format, options, ids, where, settings,
                    partitions, outputs, filter);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String format(String v) {
        String f = v.toUpperCase(Locale.ROOT);
        if (!List.of("FOLDER", "CSV", "JSONL", "PARQUET").contains(f)) {
            throw new UsageException("--format takes FOLDER, CSV, JSONL or PARQUET: " + v);
        }
        return f;
    }

    private static List<String> outputs(String v) {
        List<String> chosen = new ArrayList<>();
        for (String part : v.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (!OUTPUTS.contains(name)) {
                throw new UsageException("--outputs takes a list of parquet, jsonl, csv: " + v);
            }
            chosen.add(name);
        }
        if (chosen.isEmpty()) {
            throw new UsageException("--outputs needs at least one of parquet, jsonl, csv");
        }
        return OUTPUTS.stream().filter(chosen::contains).toList();
    }

    private static SummaryLength length(SummaryLength before, String option,
                                        java.util.function.Supplier<SummaryLength> make) {
        if (before != null) {
            throw new UsageException(option + ": give one of --summary-sentences, --summary-ratio, --summary-words");
        }
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int integer(String option, String v) {
        try {
            return Integer.parseInt(v.strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number: " + v);
        }
    }

    private static double decimal(String option, String v) {
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a number: " + v);
        }
    }
}
