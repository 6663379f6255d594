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
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.CsvResultWriter;
import org.newsdesk.io.IdFilter;
import org.newsdesk.io.InputFormat;
import org.newsdesk.io.InputOptions;
import org.newsdesk.io.OutputLock;
import org.newsdesk.io.OutputSet;
import org.newsdesk.model.ModelStore;
import scala.Tuple2;

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
            System.out.println(r.total() + " articles: " + r.ok() + " ok, " + r.error() + " failed -> " + r.runFolder()
                    + " (" + PARQUET + ", " + JSONL + ", " + CSV + ", " + MANIFEST + ")");
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
        // kept as objects: the passes over them (repeated ids, the sort's sample, the sort) read them without
        // deserializing; a block that does not fit in memory goes to disk
        records = records.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // repeated ids across all inputs: the first in input order keeps its id, the others get run's error row
            var locations = records.filter(r -> r.ok)
                    .mapToPair(r -> new Tuple2<>(r.id, new Tuple2<>(r.key, r.where)));
            var firsts = locations.reduceByKey((a, b) -> a._1() <= b._1() ? a : b);
            HashMap<Long, String> duplicates = new HashMap<>(locations.join(firsts)
                    .filter(t -> !t._2()._1()._1().equals(t._2()._2()._1()))
                    .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._2()._2()._2())).collectAsMap());
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

            int partitions = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
            int failPartition = Integer.parseInt(spark.conf().get(FAIL_FIRST_ATTEMPT, "-1"));
            JavaRDD<Row> rows = marked.mapToPair(r -> new Tuple2<>(r.key, r)).sortByKey(true, partitions).values()
                    .mapPartitions(it -> new Results(it, executor, runId, failPartition));
            Dataset<Row> results = spark.createDataFrame(rows, ResultRows.ALL).persist(StorageLevel.MEMORY_AND_DISK());
            try {
                Column[] typed = java.util.Arrays.stream(ResultRows.TYPED.fieldNames()).map(functions::col)
                        .toArray(Column[]::new);
                results.select(typed).write().mode(SaveMode.ErrorIfExists).parquet(new Path(runDir, PARQUET).toString());
                results.select(ResultRows.JSON_LINE).write().mode(SaveMode.ErrorIfExists).option("lineSep", "\n")
                        .text(new Path(runDir, JSONL).toString());
                JavaRDD<Row> csv = results.select(ResultRows.CSV_RECORD).javaRDD().mapPartitions(SparkRun::withHeader);
                StructType line = new StructType().add("value", DataTypes.StringType, false);
                spark.createDataFrame(csv, line).write().mode(SaveMode.ErrorIfExists).option("lineSep", "\r\n")
                        .text(new Path(runDir, CSV).toString());
            } finally {
                results.unpersist();
            }

            // counts read back from the committed output, not from accumulators
            Map<String, Long> byStatus = new HashMap<>();
            for (Row r : spark.read().parquet(new Path(runDir, PARQUET).toString()).groupBy("status").count()
                    .collectAsList()) {
                byStatus.put(r.getString(0), r.getLong(1));
            }
            long ok = byStatus.getOrDefault("ok", 0L);
            long error = byStatus.getOrDefault("error", 0L);
            long jsonLines = spark.read().text(new Path(runDir, JSONL).toString()).count();
            if (jsonLines != ok + error) {
                throw new IllegalStateException(runDir + ": " + JSONL + " holds " + jsonLines + " lines but "
                        + PARQUET + " " + (ok + error) + " rows");
            }
            Instant finished = Instant.now();
            Path manifest = new Path(runDir, MANIFEST);
            writeManifest(outFs, manifest, o, driverPipeline, runId, started, finished, ok, error, partitions,
                    listing, idsNotFound, runDir, spark.version());
            point(out, hadoop, runId);
            return new Report(runDir.toString(), runId, ok + error, ok, error, manifest.toString());
        } finally {
            records.unpersist(false);
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
        return df.select(id, title, text, labels, functions.col("_metadata.row_index")).javaRDD().map(r -> {
            long row = r.getLong(4);
            List<String> l = r.isNullAt(3) ? null : r.getList(3);
            return Rec.of(Rec.key(number, row), ArticleSource.fromColumns(
                    r.isNullAt(0) ? null : r.getString(0), r.isNullAt(1) ? null : r.getString(1),
                    r.isNullAt(2) ? null : r.getString(2), l, name + " row " + (row + 1)));
        });
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
        private Iterator<Row> batch = Collections.emptyIterator();
        private int batches;

        Results(Iterator<Rec> in, Executor executor, String runId, int failPartition) {
            this.in = in;
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
                    rows.add(ResultRows.row(r, runId));
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
    private static Iterator<Row> withHeader(Iterator<Row> records) {
        if (!records.hasNext()) {
            return records;
        }
        String header = CsvResultWriter.HEADER_LINE;
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
                                      String sparkVersion) throws IOException {
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
        counts.put("source", "read back from the committed " + PARQUET);
        m.put("counts", counts);
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (String name : List.of(PARQUET, JSONL, CSV)) {
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
