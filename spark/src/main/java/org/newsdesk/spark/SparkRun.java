package org.newsdesk.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.ibm.icu.util.VersionInfo;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ContentSummary;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsdesk.batch.ArticlePipeline;
import org.newsdesk.batch.BuildInfo;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.CsvResultWriter;
import org.newsdesk.io.ExtraColumns;
import org.newsdesk.io.IdFilter;
import org.newsdesk.io.InputFormat;
import org.newsdesk.io.InputOptions;
import org.newsdesk.io.OutputLock;
import org.newsdesk.io.OutputSet;
import org.newsdesk.model.ModelStore;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code bin/newsdesk run} on Apache Spark: the same results, article for article, for inputs on any Hadoop file
 * system.
 *
 * <p>The driver lists the inputs (each CSV or JSON Lines file, each {@code .txt} file of a folder, each Parquet file),
 * validates the model once (its fingerprint is checked on load) and ships it with {@code SparkContext.addFile}. Tasks
 * read each file with Newsdesk's own readers (so notes, line numbers and error rows are {@code run}'s), repeated ids
 * are found across all inputs (the later record gets {@code run}'s error row), and the articles, kept in input order,
 * are labelled and summarized by {@link ArticlePipeline}, loaded once per executor JVM ({@link Executor}).
 *
 * <p>Results leave only through Spark's DataFrame writer and its output committer (a retried or speculative task never
 * duplicates or loses a row), into {@code <output>/runs/<run id>/}: {@value #PARQUET} (typed columns),
 * {@value #JSONL} (each line an article of {@code results.json}) and {@value #CSV} (part files holding
 * {@code results.csv}'s header and records). The driver then reads the committed Parquet back to count it, writes
 * {@value #MANIFEST}, and last points {@code <output>/current} at the run folder.
 */
public final class SparkRun {

    /** The Parquet output's folder name. */
    public static final String PARQUET = "results.parquet";
    /** The JSON Lines output's folder name. */
    public static final String JSONL = "results.jsonl";
    /** The CSV output's folder name. */
    public static final String CSV = "results.csv";
    /** The run manifest's file name (written by the driver after the outputs are committed). */
    public static final String MANIFEST = "run-manifest.json";
    /** The pointer file, inside the output folder: {@code runs/<run id>} of the last complete run. */
    public static final String CURRENT = OutputSet.CURRENT;
    /** Articles classified together in a task. */
    static final int BATCH = 64;
    /**
     * Test hook: with this Spark setting at a partition number, the first attempt of that partition's task fails after
     * its first batch of results (a retry must give the same output). Unset in normal use.
     */
    public static final String FAIL_FIRST_ATTEMPT = "spark.newsdesk.test.failFirstAttemptOfPartition";

    /** What a run did. */
    public record Report(String runFolder, String runId, long total, long ok, long error, String manifest) {
    }

    private SparkRun() {
    }

    /** {@code spark-submit --class org.newsdesk.spark.SparkRun newsdesk-spark.jar --model URI --input URI... --output URI}. */
    public static void main(String[] args) {
        SparkRunOptions options;
        try {
            options = SparkRunOptions.parse(args);
        } catch (SparkRunOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            checkIcu();
        } catch (IllegalStateException e) {
            System.err.println("newsdesk-spark: " + e.getMessage());
            System.exit(3);
            return;
        }
        long jvmUp = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long sessionStart = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("newsdesk").getOrCreate();
        long jobStart = System.nanoTime();
        int code;
        try {
            Report r = run(spark, options);
            // start-up apart from the job (bench/spark.sh reads this line)
            System.err.printf(Locale.ROOT, "newsdesk-spark: timing: jvm %.2f s, session start %.2f s, job %.2f s%n",
                    jvmUp / 1000.0, (jobStart - sessionStart) / 1e9, (System.nanoTime() - jobStart) / 1e9);
            List<String> written = new ArrayList<>(outputNames(options));
            written.add(MANIFEST);
            System.out.println(r.total() + " articles: " + r.ok() + " ok, " + r.error() + " failed -> " + r.runFolder()
                    + " (" + String.join(", ", written) + ")");
            code = r.error() == 0 ? 0 : 1;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("newsdesk-spark: " + e.getMessage());
            code = 3;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * Refuses an ICU4J other than the one Newsdesk was built with (sentence boundaries depend on its version).
     *
     * @throws IllegalStateException naming both versions
     */
    public static void checkIcu() {
        BuildInfo.requireIcu(VersionInfo.ICU_VERSION.toString());
    }

    /**
     * Runs the job in a session.
     *
     * @throws IOException              if the model, an input or the output cannot be used
     * @throws IllegalArgumentException if an input does not exist or its format cannot be told
     */
    public static Report run(SparkSession spark, SparkRunOptions o) throws IOException {
        checkIcu();
        Instant started = Instant.now();
        String runId = OutputSet.newRunId(started);
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(o.output());
        FileSystem outFs = out.getFileSystem(hadoop);
        Path runDir = new Path(new Path(out, OutputSet.RUNS), runId);
        if (outFs.exists(runDir)) {
            throw new IOException("output " + runDir + " already exists: a run never writes into an existing folder");
        }

        // the model: validated once, here (ModelStore checks its fingerprint), then shipped to the executors
        java.nio.file.Path localModel = localCopy(o.model(), hadoop, true);
        ArticlePipeline driverPipeline = ArticlePipeline.load(new ModelStore(), localModel, o.settings());
        String fingerprint = driverPipeline.model().manifest().modelFingerprint();
        java.nio.file.Path modelDir = driverPipeline.modelDir();
        spark.sparkContext().addFile(modelDir.toUri().toString(), true);
        Executor executor = new Executor(modelDir.getFileName().toString(), fingerprint, o.settings());

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HashMap<String, String> conf = new HashMap<>();
        hadoop.iterator().forEachRemaining(e -> conf.put(e.getKey(), e.getValue()));
        Listing listing = list(o, hadoop);
        InputOptions readOptions = o.options();
        JavaRDD<Rec> records = jsc.parallelize(listing.files, Math.max(1, listing.files.size()))
                .flatMap(u -> read(u, readOptions, conf).iterator());
        for (FileUnit parquet : listing.parquet) {
            records = records.union(readParquet(spark, parquet, readOptions));
        }
        // the extra input fields the results carry, in run's order (CSV headers, JSON Lines fields, Parquet columns)
        List<String> extraColumns = extraColumns(jsc, spark, listing, readOptions, conf);
        // kept as objects: the passes over them (repeated ids, the sort's sample, the sort) read them without
        // deserializing; a block that does not fit in memory goes to disk
        records = records.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // repeated ids across all inputs: the first in input order keeps its id, the others get run's error row
            // (one shuffle of the ids: each id's first occurrence and the keys of its later ones)
            HashMap<Long, String> duplicates = new HashMap<>(records.filter(r -> r.ok)
                    .mapToPair(r -> new Tuple2<>(r.id, new Occurrences(r.key, r.where, new long[0])))
                    .reduceByKey(Occurrences::merge)
                    .values().filter(occ -> occ.later().length > 0)
                    .flatMapToPair(occ -> java.util.Arrays.stream(occ.later())
                            .mapToObj(k -> new Tuple2<>(k, occ.where())).iterator())
                    .collectAsMap());
            Broadcast<HashMap<Long, String>> dup = jsc.broadcast(duplicates);

            HashSet<String> ids = ids(o, hadoop);
            Broadcast<HashSet<String>> keep = ids == null ? null : jsc.broadcast(ids);
            List<String> idsNotFound = List.of();
            if (ids != null) {
                Set<String> listed = new HashSet<>(records.map(r -> r.id).filter(id -> keep.value().contains(id))
                        .distinct().collect());
                idsNotFound = ids.stream().filter(id -> !listed.contains(id)).toList();
            }
            JavaRDD<Rec> marked = records.map(r -> {
                String first = dup.value().get(r.key);
                return first == null ? r : r.duplicateOf(first);
            });
            if (keep != null) {
                marked = marked.filter(r -> keep.value().contains(r.id));
            }
            if (o.filter() != null) {
                Broadcast<HashMap<Integer, BitSet>> passing = jsc.broadcast(passing(spark, records, extraColumns,
                        o.filter()));
                marked = marked.filter(r -> {
                    BitSet b = passing.value().get((int) (r.key >>> 40));
                    return b != null && b.get((int) (r.key & ((1L << 40) - 1)));
                });
            }

            int partitions = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
            int failPartition = Integer.parseInt(spark.conf().get(FAIL_FIRST_ATTEMPT, "-1"));
            JavaRDD<Row> rows = marked.mapToPair(r -> new Tuple2<>(r.key, r)).sortByKey(true, partitions).values()
                    .mapPartitions(it -> new Results(it, executor, runId, failPartition, extraColumns));
            boolean withExtra = !extraColumns.isEmpty();
            Dataset<Row> results = spark.createDataFrame(rows, ResultRows.all(withExtra));
            if (o.outputs().size() > 1) {
                results = results.persist(StorageLevel.MEMORY_AND_DISK());
            }
            try {
                if (o.writes("parquet")) {
                    Column[] typed = java.util.Arrays.stream(ResultRows.typed(withExtra).fieldNames())
                            .map(functions::col).toArray(Column[]::new);
                    results.select(typed).write().mode(SaveMode.ErrorIfExists)
                            .parquet(new Path(runDir, PARQUET).toString());
                }
                if (o.writes("jsonl")) {
                    results.select(ResultRows.JSON_LINE).write().mode(SaveMode.ErrorIfExists).option("lineSep", "\n")
                            .text(new Path(runDir, JSONL).toString());
                }
                if (o.writes("csv")) {
                    String header = CsvResultWriter.headerRecord(extraColumns);
                    String headerLine = header.substring(0, header.length() - 2);
                    JavaRDD<Row> csv = results.select(ResultRows.CSV_RECORD).javaRDD()
                            .mapPartitions(it -> withHeader(it, headerLine));
                    StructType line = new StructType().add("value", DataTypes.StringType, false);
                    spark.createDataFrame(csv, line).write().mode(SaveMode.ErrorIfExists).option("lineSep", "\r\n")
                            .text(new Path(runDir, CSV).toString());
                }
            } finally {
                results.unpersist();
            }

            // counts read back from the committed output, not from accumulators
            String countedFrom = outputNames(o).get(0);
            Map<String, Long> byStatus = new HashMap<>();
            for (Row r : committed(spark, runDir, o.outputs().get(0)).groupBy("status").count().collectAsList()) {
                byStatus.put(r.getString(0), r.getLong(1));
            }
            long ok = byStatus.getOrDefault("ok", 0L);
            long error = byStatus.getOrDefault("error", 0L);
            if (o.writes("jsonl") && !o.outputs().get(0).equals("jsonl")) {
                long jsonLines = spark.read().text(new Path(runDir, JSONL).toString()).count();
                if (jsonLines != ok + error) {
                    throw new IllegalStateException(runDir + ": " + JSONL + " holds " + jsonLines + " lines but "
                            + countedFrom + " " + (ok + error) + " rows");
                }
            }
            Instant finished = Instant.now();
            Path manifest = new Path(runDir, MANIFEST);
            writeManifest(outFs, manifest, o, driverPipeline, runId, started, finished, ok, error, partitions,
                    listing, idsNotFound, runDir, spark.version(), extraColumns);
            point(out, hadoop, runId);
            return new Report(runDir.toString(), runId, ok + error, ok, error, manifest.toString());
        } finally {
            records.unpersist(false);
        }
    }

    /**
     * The records that carry one id: the first in input order (its key and where) and the keys of the later ones.
     */
    record Occurrences(long first, String where, long[] later) implements Serializable {
        /** Both sets of records of an id as one. */
        static Occurrences merge(Occurrences a, Occurrences b) {
            Occurrences first = a.first() <= b.first() ? a : b;
            Occurrences other = first == a ? b : a;
            long[] later = new long[a.later().length + b.later().length + 1];
            System.arraycopy(first.later(), 0, later, 0, first.later().length);
            System.arraycopy(other.later(), 0, later, first.later().length, other.later().length);
            later[later.length - 1] = other.first();
            return new Occurrences(first.first(), first.where(), later);
        }
    }

    /** A file to read in one task. */
    record FileUnit(int number, String uri, String name, String format, List<String> segments) implements Serializable {
    }

    /** The inputs' files, in {@code run}'s order. */
    record Listing(List<FileUnit> files, List<FileUnit> parquet, List<String> inputs) {
    }

    static Listing list(SparkRunOptions o, Configuration hadoop) throws IOException {
        List<FileUnit> files = new ArrayList<>();
        List<FileUnit> parquet = new ArrayList<>();
        int number = 0;
        for (String input : o.inputs()) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(hadoop);
            FileStatus st;
            try {
                st = fs.getFileStatus(p);
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("input not found: " + input);
            }
            String format = o.format() != null ? o.format() : detect(input, st.isDirectory());
            if (format.equals("FOLDER") && !st.isDirectory()) {
                throw new IllegalArgumentException("input " + input + " is not a folder");
            }
            if (!format.equals("FOLDER") && !format.equals("PARQUET") && st.isDirectory()) {
                throw new IllegalArgumentException("input " + input + " is a folder, not a " + format + " file");
            }
            String base = input.length() > 1 && input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
            switch (format) {
                case "FOLDER" -> {
                    List<Map.Entry<List<String>, Path>> found = new ArrayList<>();
                    walk(fs, st.getPath(), List.of(), found);
                    found.sort((a, b) -> ArticleSource.compareRelativePaths(a.getKey(), b.getKey()));
                    for (Map.Entry<List<String>, Path> f : found) {
                        files.add(new FileUnit(number++, f.getValue().toString(),
                                base + "/" + String.join("/", f.getKey()), format, f.getKey()));
                    }
                }
                case "PARQUET" -> {
                    if (!st.isDirectory()) {
                        parquet.add(new FileUnit(number++, st.getPath().toString(), input, format, null));
                    } else {
                        List<FileStatus> parts = new ArrayList<>();
                        for (FileStatus f : fs.listStatus(st.getPath())) {
                            String n = f.getPath().getName();
                            if (f.isFile() && !n.startsWith(".") && !n.startsWith("_")) {
                                parts.add(f);
                            }
                        }
                        parts.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
                        for (FileStatus f : parts) {
                            parquet.add(new FileUnit(number++, f.getPath().toString(),
                                    base + "/" + f.getPath().getName(), format, null));
                        }
                    }
                }
                default -> files.add(new FileUnit(number++, st.getPath().toString(), input, format, null));
            }
        }
        return new Listing(files, parquet, o.inputs());
    }

    private static String detect(String input, boolean directory) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet") || lower.endsWith(".parquet/")) {
            return "PARQUET";
        }
        if (directory) {
            return "FOLDER";
        }
        if (lower.endsWith(".csv")) {
            return "CSV";
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return "JSONL";
        }
        throw new IllegalArgumentException("cannot tell the input format of " + input
                + ": expected a folder, a .csv file, a .jsonl/.ndjson/.json file or .parquet (or give --format)");
    }

    /** The {@code .txt} files under a folder, as a folder input of {@code run} lists them. */
    private static void walk(FileSystem fs, Path dir, List<String> prefix, List<Map.Entry<List<String>, Path>> found)
            throws IOException {
        for (FileStatus f : fs.listStatus(dir)) {
            String name = f.getPath().getName();
            List<String> segments = new ArrayList<>(prefix);
            segments.add(name);
            if (f.isDirectory()) {
                if (!ArticleSource.skipsFolder(name, fs.exists(new Path(f.getPath(), OutputLock.FILE_NAME)))) {
                    walk(fs, f.getPath(), segments, found);
                }
            } else if (ArticleSource.isFolderArticle(name)) {
                found.add(Map.entry(List.copyOf(segments), f.getPath()));
            }
        }
    }

    /** Reads one file in a task with Newsdesk's own reader (a local copy when the file system is not local). */
    static List<Rec> read(FileUnit u, InputOptions options, Map<String, String> conf) throws IOException {
        return withLocalFile(u, conf, local -> {
            List<Rec> out = new ArrayList<>();
            if (u.format().equals("FOLDER")) {
                out.add(Rec.of(Rec.key(u.number(), 0), ArticleSource.readTextFile(local, u.name(), u.segments(),
                        options)));
            } else {
                List<ArticleSource.SourceRecord> read = ArticleSource.readFile(local, u.name(),
                        InputFormat.valueOf(u.format()), options);
                for (int i = 0; i < read.size(); i++) {
                    out.add(Rec.of(Rec.key(u.number(), i), read.get(i)));
                }
            }
            return out;
        });
    }

    /** What a task does with a file on the local disk. */
    interface LocalFileJob<T> {
        T apply(java.nio.file.Path local) throws IOException;
    }

    /** Runs {@code job} on the file itself on a local file system, otherwise on a local copy deleted after. */
    static <T> T withLocalFile(FileUnit u, Map<String, String> conf, LocalFileJob<T> job) throws IOException {
        Configuration c = new Configuration(false);
        conf.forEach(c::set);
        java.nio.file.Path local = null;
        boolean copied = false;
        try {
            Path p = new Path(u.uri());
            FileSystem fs = p.getFileSystem(c);
            if ("file".equals(fs.getScheme())) {
                local = java.nio.file.Path.of(fs.makeQualified(p).toUri());
            } else {
                local = Files.createTempFile("newsdesk-input-", "-" + p.getName());
                copied = true;
                fs.copyToLocalFile(false, p, new Path(local.toUri()), true);
            }
            return job.apply(local);
        } finally {
            if (copied) {
                Files.deleteIfExists(local);
            }
        }
    }

    /** A Parquet file's rows as records, checked as a JSON Lines record is; {@code where} is "FILE row N". */
    static JavaRDD<Rec> readParquet(SparkSession spark, FileUnit u, InputOptions options) {
        Dataset<Row> df = spark.read().parquet(u.uri());
        Set<String> columns = new HashSet<>(List.of(df.columns()));
        Column id = column(columns, options.idColumn());
        Column title = column(columns, options.titleColumn());
        Column text = column(columns, options.textColumn());
        Column labels;
        if (!columns.contains(options.labelsColumn())) {
            labels = functions.lit(null).cast(DataTypes.createArrayType(DataTypes.StringType));
        } else {
            StructField field = df.schema().apply(options.labelsColumn());
            labels = field.dataType() instanceof ArrayType ? functions.col(options.labelsColumn())
                    .cast(DataTypes.createArrayType(DataTypes.StringType))
                    : functions.split(functions.col(options.labelsColumn()).cast(DataTypes.StringType),
                    Pattern.quote(options.labelSeparator()));
        }
        String name = u.name();
        int number = u.number();
        List<String> extraNames = parquetExtras(df.columns(), options);
        List<Column> selected = new ArrayList<>(List.of(id, title, text, labels, functions.col("_metadata.row_index")));
        extraNames.forEach(n -> selected.add(functions.col("`" + n.replace("`", "``") + "`")
                .cast(DataTypes.StringType)));
        ExtraColumns rules = options.extraColumns();
        return df.select(selected.toArray(Column[]::new)).javaRDD().map(r -> {
            long row = r.getLong(4);
            List<String> l = r.isNullAt(3) ? null : r.getList(3);
            ArticleSource.SourceRecord read = ArticleSource.fromColumns(
                    r.isNullAt(0) ? null : r.getString(0), r.isNullAt(1) ? null : r.getString(1),
                    r.isNullAt(2) ? null : r.getString(2), l, name + " row " + (row + 1));
            if (extraNames.isEmpty() || !(read.outcome() instanceof ReadOutcome.Ok ok)) {
                return Rec.of(Rec.key(number, row), read);
            }
            // the extra columns pass through as strings (a null cell as no field), the date column with its notes
            LinkedHashMap<String, String> extra = new LinkedHashMap<>();
            for (int i = 0; i < extraNames.size(); i++) {
                if (!r.isNullAt(5 + i)) {
                    extra.put(extraNames.get(i), r.getString(5 + i));
                }
            }
            Article a = ok.article();
            List<String> notes = new ArrayList<>(a.notes());
            notes.addAll(rules.dateNotes(extra));
            return Rec.of(Rec.key(number, row), new ReadOutcome.Ok(new Article(a.id(), a.title(), a.text(),
                    a.labels(), null, notes, extra)), read.where());
        });
    }

    /** A Parquet input's extra columns that pass through: those besides the article's own, by the rules. */
    static List<String> parquetExtras(String[] columns, InputOptions options) {
        Set<String> own = Set.of(options.idColumn(), options.titleColumn(), options.textColumn(),
                options.labelsColumn(), options.summaryColumn());
        ExtraColumns rules = options.extraColumns();
        return java.util.Arrays.stream(columns).filter(c -> !own.contains(c) && rules.keeps(c)).toList();
    }

    /**
     * The extra columns of the results, in {@code run}'s order ({@link ExtraColumns#names}): with
     * {@code --keep-columns} the kept names; otherwise the union of every CSV header's, JSON Lines file's and Parquet
     * schema's extra fields in input order (the CSV and JSON Lines files read once more in tasks, as {@code run}
     * reads them once more); the date column last unless already there.
     */
    static List<String> extraColumns(JavaSparkContext jsc, SparkSession spark, Listing listing, InputOptions options,
                                     Map<String, String> conf) {
        ExtraColumns rules = options.extraColumns();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (rules.mode() == ExtraColumns.Mode.ONLY) {
            names.addAll(rules.withDateColumn(null).names(List.of(), options));
        } else if (rules.mode() == ExtraColumns.Mode.ALL) {
            ExtraColumns plain = rules.withDateColumn(null);
            List<FileUnit> tables = listing.files().stream().filter(u -> !u.format().equals("FOLDER")).toList();
            Map<Integer, List<String>> byFile = new HashMap<>();
            if (!tables.isEmpty()) {
                byFile.putAll(jsc.parallelize(tables, tables.size()).mapToPair(u -> new Tuple2<>(u.number(),
                        fileExtras(u, plain, options, conf))).collectAsMap());
            }
            for (FileUnit u : listing.parquet()) {
                byFile.put(u.number(), parquetExtras(spark.read().parquet(u.uri()).columns(),
                        options.withExtraColumns(plain)));
            }
            byFile.keySet().stream().sorted().forEach(n -> names.addAll(byFile.get(n)));
        }
        if (rules.dateColumn() != null) {
            names.add(rules.dateColumn());
        }
        return List.copyOf(names);
    }

    private static List<String> fileExtras(FileUnit u, ExtraColumns rules, InputOptions options,
                                           Map<String, String> conf) throws IOException {
        return withLocalFile(u, conf, local -> new ArrayList<>(rules.names(List.of(local),
                options.withFormat(InputFormat.valueOf(u.format())))));
    }

    /**
     * Which records meet {@code --filter}: the condition is evaluated by Spark SQL on a table of every record's id,
     * title, text, labels and extra fields (null for a record that could not be read, but its id); the answer is a
     * bit per record, by input file.
     */
    static HashMap<Integer, BitSet> passing(SparkSession spark, JavaRDD<Rec> records, List<String> extraColumns,
                                            String condition) {
        StructType schema = new StructType()
                .add(FILTER_KEY, DataTypes.LongType, false)
                .add("id", DataTypes.StringType, true)
                .add("title", DataTypes.StringType, true)
                .add("text", DataTypes.StringType, true)
                .add("labels", DataTypes.createArrayType(DataTypes.StringType, false), true);
        for (String name : extraColumns) {
            if (!List.of(schema.fieldNames()).contains(name)) {
                schema = schema.add(name, DataTypes.StringType, true);
            }
        }
        ArrayList<String> extras = new ArrayList<>(List.of(schema.fieldNames()).subList(5,
                schema.fieldNames().length));
        JavaRDD<Row> rows = records.map(r -> {
            Object[] v = new Object[5 + extras.size()];
            v[0] = r.key;
            v[1] = r.id;
            v[2] = r.ok ? r.title : null;
            v[3] = r.ok ? r.text : null;
            v[4] = r.ok && r.labels != null ? CollectionConverters.asScala(r.labels).toSeq() : null;
            for (int i = 0; i < extras.size(); i++) {
                v[5 + i] = r.ok ? r.extra.get(extras.get(i)) : null;
            }
            return RowFactory.create(v);
        });
        Dataset<Row> kept;
        try {
            kept = spark.createDataFrame(rows, schema).filter(condition).select(FILTER_KEY);
            kept.queryExecution().assertAnalyzed();
        } catch (Exception e) {
            throw new IllegalArgumentException("--filter " + condition + ": " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
        HashMap<Integer, BitSet> none = new HashMap<>();
        return kept.javaRDD().mapPartitions(it -> {
            HashMap<Integer, BitSet> bits = new HashMap<>();
            while (it.hasNext()) {
                long key = it.next().getLong(0);
                bits.computeIfAbsent((int) (key >>> 40), f -> new BitSet()).set((int) (key & ((1L << 40) - 1)));
            }
            return List.of(bits).iterator();
        }).fold(none, (a, b) -> {
            HashMap<Integer, BitSet> merged = new HashMap<>(a);
            b.forEach((file, bits) -> merged.merge(file, bits, (x, y) -> {
                BitSet z = (BitSet) x.clone();
                z.or(y);
                return z;
            }));
            return merged;
        });
    }

    /** The column of a record's place in the input order in {@link #passing}'s table. */
    private static final String FILTER_KEY = "__newsdesk_key";

    /** The written outputs' folder names, in {@link SparkRunOptions#OUTPUTS}'s order. */
    static List<String> outputNames(SparkRunOptions o) {
        return o.outputs().stream().map(SparkRun::folderOf).toList();
    }

    private static String folderOf(String output) {
        return switch (output) {
            case "parquet" -> PARQUET;
            case "jsonl" -> JSONL;
            default -> CSV;
        };
    }

    /** A committed output read back, with at least its {@code status} column. */
    private static Dataset<Row> committed(SparkSession spark, Path runDir, String output) {
        String path = new Path(runDir, folderOf(output)).toString();
        return switch (output) {
            case "parquet" -> spark.read().parquet(path);
            case "jsonl" -> spark.read().schema("status STRING").json(path);
            default -> spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .csv(path).select("status");
        };
    }

    private static Column column(Set<String> columns, String name) {
        return columns.contains(name) ? functions.col(name).cast(DataTypes.StringType)
                : functions.lit(null).cast(DataTypes.StringType);
    }

    /** Labels and summarizes a partition's records, in order, a batch at a time. */
    static final class Results implements Iterator<Row> {
        private final Iterator<Rec> in;
        private final Executor executor;
        private final String runId;
        private final boolean failAfterFirstBatch;
        private final List<String> extraColumns;
        private Iterator<Row> batch = Collections.emptyIterator();
        private int batches;

        Results(Iterator<Rec> in, Executor executor, String runId, int failPartition, List<String> extraColumns) {
            this.in = in;
            this.extraColumns = extraColumns;
            this.executor = executor;
            this.runId = runId;
            TaskContext task = TaskContext.get();
            this.failAfterFirstBatch = task != null && task.partitionId() == failPartition
                    && task.attemptNumber() == 0;
        }

        @Override
        public boolean hasNext() {
            while (!batch.hasNext() && in.hasNext()) {
                if (failAfterFirstBatch && batches == 1) {
                    throw new IllegalStateException("test hook " + FAIL_FIRST_ATTEMPT + ": the first attempt of "
                            + "partition " + TaskContext.getPartitionId() + " fails after its first batch");
                }
                List<ReadOutcome> outcomes = new ArrayList<>(BATCH);
                while (outcomes.size() < BATCH && in.hasNext()) {
                    outcomes.add(in.next().outcome());
                }
                List<Row> rows = new ArrayList<>(outcomes.size());
                for (ArticleResult r : executor.pipeline().process(outcomes)) {
                    rows.add(ResultRows.row(r, runId, extraColumns));
                }
                batch = rows.iterator();
                batches++;
            }
            return batch.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }
    }

    /** A CSV part: {@code results.csv}'s header, then the partition's records (none for an empty partition). */
    private static Iterator<Row> withHeader(Iterator<Row> records, String header) {
        if (!records.hasNext()) {
            return records;
        }
        return new Iterator<>() {
            boolean headerDone;

            @Override
            public boolean hasNext() {
                return !headerDone || records.hasNext();
            }

            @Override
            public Row next() {
                if (!headerDone) {
                    headerDone = true;
                    return RowFactory.create(header);
                }
                return RowFactory.create(records.next().getString(0));
            }
        };
    }

    private static HashSet<String> ids(SparkRunOptions o, Configuration hadoop) throws IOException {
        if (o.ids() == null) {
            return null;
        }
        java.nio.file.Path local = localCopy(o.ids(), hadoop, false);
        IdFilter filter;
        if (o.where() == null) {
            filter = IdFilter.fromFile(local);
        } else {
            int eq = o.where().indexOf('=');
            filter = IdFilter.fromSplitCsv(local, o.where().substring(0, eq).strip(), o.where().substring(eq + 1));
        }
        return new HashSet<>(filter.ids());
    }

    /** A local path for a URI: itself on the local file system, otherwise a copy in a temporary folder. */
    private static java.nio.file.Path localCopy(String uri, Configuration hadoop, boolean folder) throws IOException {
        Path p = new Path(uri);
        FileSystem fs = p.getFileSystem(hadoop);
        if (!fs.exists(p)) {
            throw new FileNotFoundException((folder ? "model folder " : "file ") + uri + " does not exist");
        }
        if ("file".equals(fs.getScheme())) {
            return java.nio.file.Path.of(fs.makeQualified(p).toUri());
        }
        java.nio.file.Path dir = Files.createTempDirectory("newsdesk-");
        java.nio.file.Path target = dir.resolve(p.getName());
        fs.copyToLocalFile(false, p, new Path(target.toUri()), true);
        return target;
    }

    private static void writeManifest(FileSystem fs, Path file, SparkRunOptions o, ArticlePipeline pipeline,
                                      String runId, Instant started, Instant finished, long ok, long error,
                                      int partitions, Listing listing, List<String> idsNotFound, Path runDir,
                                      String sparkVersion, List<String> extraColumns) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manifest_version", 1);
        m.put("engine", "spark");
        m.put("spark_version", sparkVersion);
        m.put("run_id", runId);
        m.put("newsdesk_version", BuildInfo.version());
        m.put("started", started.toString());
        m.put("finished", finished.toString());
        m.put("duration_seconds", Duration.between(started, finished).toMillis() / 1000.0);
        m.put("status", error == 0 ? "ok" : "some_failed");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("path", o.model());
        model.put("loaded", pipeline.modelDir().toString());
        model.put("fingerprint", pipeline.model().manifest().modelFingerprint());
        m.put("model", model);
        ArticlePipeline.Settings s = o.settings();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("inputs", listing.inputs());
        settings.put("format", o.format() == null ? "auto" : o.format());
        settings.put("ids", o.ids());
        settings.put("where", o.where());
        settings.put("filter", o.filter());
        settings.put("outputs", o.outputs());
        settings.put(ExtraColumns.SETTING, extraColumns);
        settings.put("date_column", o.options().extraColumns().dateColumn());
        settings.put("summary_length", s.length().describe());
        settings.put("summarizer", pipeline.summarizer().method());
        settings.put("summary_max_similarity", pipeline.summarizer().maxSimilarity());
        settings.put("labels", pipeline.model().classifier().labels());
        settings.put("multi_label", pipeline.model().classifier().multiLabel());
        settings.put("min_labels", pipeline.classifier().rule().minLabels());
        settings.put("max_labels", pipeline.classifier().rule().maxLabels());
        settings.put("allow_no_topic", pipeline.classifier().rule().allowNoTopic());
        settings.put("max_article_chars", s.maxArticleChars());
        settings.put("topics", s.topics());
        settings.put("summaries", s.summaries());
        settings.put("partitions", partitions);
        settings.put("input_files", listing.files().size() + listing.parquet().size());
        settings.put("run_id", runId);
        m.put("settings", settings);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total", ok + error);
        counts.put("ok", ok);
        counts.put("error", error);
        counts.put("source", "read back from the committed " + outputNames(o).get(0));
        m.put("counts", counts);
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (String name : outputNames(o)) {
            ContentSummary summary = fs.getContentSummary(new Path(runDir, name));
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("files", summary.getFileCount());
            facts.put("bytes", summary.getLength());
            outputs.put(name, facts);
        }
        m.put("outputs", outputs);
        if (o.ids() != null) {
            Map<String, Object> notFound = new LinkedHashMap<>();
            notFound.put("count", idsNotFound.size());
            notFound.put("first", idsNotFound.subList(0, Math.min(idsNotFound.size(), 10)));
            m.put("ids_not_found", notFound);
        }
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
        try (OutputStream os = fs.create(file, false)) {
            os.write(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Points {@code <output>/current} at the run folder, replacing the previous pointer in one rename. */
    private static void point(Path out, Configuration hadoop, String runId) throws IOException {
        FileSystem fs = out.getFileSystem(hadoop);
        Path tmp = new Path(out, "." + CURRENT + "." + runId + ".tmp");
        try (OutputStream os = fs.create(tmp, true)) {
            os.write((OutputSet.RUNS + "/" + runId + "\n").getBytes(StandardCharsets.UTF_8));
        }
        FileContext.getFileContext(out.toUri(), hadoop).rename(tmp, new Path(out, CURRENT), Options.Rename.OVERWRITE);
    }
}
