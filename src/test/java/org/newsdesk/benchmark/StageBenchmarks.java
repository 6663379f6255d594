package org.newsdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsdesk.classify.TopicClassifier;
import org.newsdesk.classify.features.ArticleVectorizer;
import org.newsdesk.classify.features.FeatureEncoder;
import org.newsdesk.classify.features.NgramExtractor;
import org.newsdesk.classify.features.SparseVector;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.CsvResultWriter;
import org.newsdesk.io.InputOptions;
import org.newsdesk.io.JsonResultWriter;
import org.newsdesk.io.ResultWriter;
import org.newsdesk.io.RunInfo;
import org.newsdesk.model.ModelStore;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;
import org.newsdesk.summarize.UnsupervisedScorer;
import org.newsdesk.text.SentenceSplitter;
import org.newsdesk.text.TermAnalyzer;
import org.newsdesk.text.WordTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmarks of each hot stage of {@code run}, one article per operation, over the first {@value #N}
 * articles of the team-written starter corpus ({@code training-data/articles.csv}, about 280 words each) with the
 * default model ({@code models/default}). Run from the project root with {@code bench/jmh.sh}; figures are
 * microseconds per article on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class StageBenchmarks {

    static final int N = 200;

    private List<Article> articles;
    private TopicClassifier classifier;
    private SentenceSplitter splitter;
    private TermAnalyzer analyzer;
    private NgramExtractor extractor;
    private FeatureEncoder encoder;
    private ArticleVectorizer vectorizer;
    private List<SparseVector> vectors;
    private Summarizer summarizer;
    private List<ArticleResult> results;
    private Path scratch;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<Article> all = new ArrayList<>();
        for (ReadOutcome o : ArticleSource.readAll(List.of(Path.of("training-data/articles.csv")),
                InputOptions.defaults())) {
            if (o instanceof ReadOutcome.Ok ok && all.size() < N) {
                all.add(ok.article());
            }
        }
        if (all.size() < N) {
            throw new IllegalStateException("run from the project root: training-data/articles.csv has too few articles");
        }
        articles = all;
        classifier = new ModelStore().load(Path.of("models/default")).classifier();
        splitter = new SentenceSplitter();
        analyzer = new TermAnalyzer(classifier.analysisSettings());
        extractor = new NgramExtractor(analyzer, classifier.featureSettings().maxNgram());
        encoder = new FeatureEncoder(classifier.vocabulary(), classifier.featureSettings().sublinearTf());
        vectorizer = new ArticleVectorizer(analyzer, classifier.featureSettings().maxNgram(), encoder,
                classifier.vocabulary());
        vectors = articles.stream().map(a -> encoder.encode(extractor.features(a))).toList();
        summarizer = new Summarizer(splitter, new UnsupervisedScorer());
        List<ArticleResult> r = new ArrayList<>();
        var outcomes = classifier.classify(articles);
        for (int i = 0; i < N; i++) {
            Article a = articles.get(i);
            r.add(ArticleResult.ok(a, outcomes.get(i).prediction(),
                    summarizer.summarize(a.title(), a.text(), new SummaryLength.Sentences(3))));
        }
        results = r;
        scratch = Files.createTempDirectory("newsdesk-jmh");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        analyzer.close();
        try (var files = Files.list(scratch)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(scratch);
    }

    /** ICU sentence boundaries with the abbreviation and line-wrap repairs. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void sentenceSplitting(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(splitter.split(a.text()));
        }
    }

    /** The summarizer's word tokenizer over the whole body. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void wordTokenizing(Blackhole bh) {
        for (Article a : articles) {
            WordTokenizer.tokenize(a.text(), 0, a.text().length(), (text, start, end) -> bh.consume(end - start));
        }
    }

    /**
     * What {@code run} does to turn an article into the network's input: Lucene analysis (tokens, stop words, stems),
     * word and word-pair look-up by term number, TF-IDF weights, L2 normalisation.
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public void vectorizing(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(vectorizer.encode(a));
        }
    }

    /**
     * Training's path to the same features: Lucene analysis into word and word-pair strings (the run-time path is
     * {@link #vectorizing}).
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public void featureExtraction(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(extractor.features(a));
        }
    }

    /** Training's path: feature strings to a sparse, L2-normalised TF-IDF vector over the model's vocabulary. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void featureEncoding(Blackhole bh) {
        List<List<String>> features = new ArrayList<>(N);
        for (Article a : articles) {
            features.add(extractor.features(a));
        }
        for (List<String> f : features) {
            bh.consume(encoder.encode(f));
        }
    }

    /** The network's forward pass (sparse input) and calibration, a batch of all the articles' vectors. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void networkInference(Blackhole bh) {
        bh.consume(classifier.probabilities(vectors));
    }

    /** The whole classify stage: analysis, encoding, inference, decision rule and explanations. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void classifyStage(Blackhole bh) {
        bh.consume(classifier.classify(articles));
    }

    /** The whole summarize stage (3 sentences, unsupervised scorer, key phrases). */
    @Benchmark
    @OperationsPerInvocation(N)
    public void summarizeStage(Blackhole bh) {
        SummaryLength three = new SummaryLength.Sentences(3);
        for (Article a : articles) {
            bh.consume(summarizer.summarize(a.title(), a.text(), three));
        }
    }

    /** Writing results.csv rows (formula neutralisation, RFC 4180 quoting) to a file. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void csvWriting() throws IOException {
        write(new CsvResultWriter(scratch.resolve("results.csv")));
    }

    /** Writing results.json articles to a file. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void jsonWriting() throws IOException {
        write(new JsonResultWriter(scratch.resolve("results.json")));
    }

    private void write(ResultWriter writer) throws IOException {
        RunInfo run = RunInfo.start("models/default", "bench", Instant.EPOCH, Map.of());
        try (writer) {
            writer.begin(run);
            for (ArticleResult r : results) {
                writer.write(r);
            }
            writer.finish(run.finish(Instant.EPOCH, new RunInfo.Counts(N, N, 0)));
        }
    }
}
