package org.newsdesk.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdesk.core.Article;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;
import org.newsdesk.io.InputOptions;

/**
 * 2,000 articles re-cut from the repository's starter corpus ({@code training-data/articles.csv}), written as several
 * JSON Lines, CSV and Parquet files and a folder of {@code .txt} files, with the README's bad records among them.
 * For {@code run}, which reads no Parquet, each Parquet file has a JSON Lines twin holding the same records in order.
 */
final class TestInputs {

    static final int ARTICLES = 2_000;

    /** The inputs for Spark, in order. */
    final List<Path> spark = new ArrayList<>();
    /** The same inputs for {@code run}: each Parquet file replaced by its JSON Lines twin. */
    final List<Path> run = new ArrayList<>();

    private TestInputs() {
    }

    static TestInputs write(SparkSession spark, Path dir) throws IOException {
        List<Article> corpus = new ArrayList<>();
        for (ReadOutcome o : ArticleSource.readAll(Path.of("..", "training-data", "articles.csv"),
                InputOptions.defaults())) {
            if (o instanceof ReadOutcome.Ok ok) {
                corpus.add(ok.article());
            }
        }
        List<Article> articles = new ArrayList<>();
        // a stride with no common factor with the corpus size, so the articles are spread over the whole corpus
        int stride = 7;
        while (java.math.BigInteger.valueOf(stride).gcd(java.math.BigInteger.valueOf(corpus.size())).intValue() != 1) {
            stride += 2;
        }
        for (int i = 0; i < ARTICLES; i++) {
            Article a = corpus.get((int) ((long) i * stride % corpus.size()));
            String text = a.text();
            if (i % 250 == 16) { // longer than --max-article-chars whatever the corpus holds: an error row in both
                StringBuilder longer = new StringBuilder(text);
                for (int k = 1; longer.length() <= SparkRunEqualityTest.MAX_CHARS + 100; k++) {
                    longer.append("\n\n").append(corpus.get((int) ((long) (i + k) * stride % corpus.size())).text());
                }
                text = longer.toString();
            }
            String title = a.title();
            switch (i % 4) {
                case 1 -> { // the first paragraph cut off
                    int cut = text.indexOf("\n\n");
                    if (cut > 0 && cut < text.length() - 200) {
                        text = text.substring(cut + 2);
                    }
                }
                case 2 -> text = text + "\n\nRead more: https://example.org/news/" + i;
                case 3 -> title = title.toUpperCase(java.util.Locale.ROOT);
                default -> { }
            }
            articles.add(new Article(String.format("n%04d", i), title, text, a.labels(), null, List.of()));
        }
        TestInputs in = new TestInputs();
        ObjectMapper json = new ObjectMapper();
        // 3 JSON Lines files of 200, the second with a malformed line, a record without text and a duplicate id
        for (int f = 0; f < 3; f++) {
            Path file = dir.resolve("wires-" + f + ".jsonl");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (Article a : articles.subList(f * 200, f * 200 + 200)) {
                    w.write(jsonLine(json, a) + "\n");
                    if (f == 1 && a.id().equals("n0250")) {
                        w.write("{\"id\": \"broken-1\", \"title\": \"Cut off\", \"text\": \"no closing\n");
                        w.write("{\"id\": \"notext-1\", \"title\": \"\"}\n");
                        w.write(jsonLine(json, articles.get(10)) + "\n"); // n0010 again: a duplicate id
                    }
                }
            }
            in.add(file, file);
        }
        // 3 CSV files of 200, the second with a blank record, an extra column and (last) a record cut off in a quote
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("id", "title", "text", "labels").get();
        for (int f = 0; f < 3; f++) {
            Path file = dir.resolve("desk-" + f + ".csv");
            StringBuilder out = new StringBuilder();
            try (CSVPrinter p = new CSVPrinter(out, format)) {
                for (Article a : articles.subList(600 + f * 200, 600 + f * 200 + 200)) {
                    p.printRecord(a.id(), a.title(), a.text(), String.join("|", a.labels()));
                    if (f == 1 && a.id().equals("n0850")) {
                        p.printRecord("blank-1", "", "", "");
                        p.printRecord("extra-1", "Too many", "Cells here.", "", "surplus");
                    }
                }
            }
            if (f == 2) {
                out.append("cut-1,Copied while written,\"The text goes on\r\nand never closes\r\n");
            }
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
            in.add(file, file);
        }
        // 2 Parquet files of 250 (each with a JSON Lines twin for run)
        StructType schema = new StructType().add("id", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("labels", DataTypes.createArrayType(DataTypes.StringType));
        for (int f = 0; f < 2; f++) {
            List<Article> part = articles.subList(1200 + f * 250, 1200 + f * 250 + 250);
            List<Row> rows = part.stream().map(a -> RowFactory.create(a.id(), a.title(), a.text(), a.labels()))
                    .toList();
            Path written = dir.resolve("archive-" + f + ".tmp");
            spark.createDataFrame(rows, schema).coalesce(1).write().parquet(written.toString());
            Path file = dir.resolve("archive-" + f + ".parquet");
            try (Stream<Path> files = Files.list(written)) {
                Files.move(files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst()
                        .orElseThrow(), file);
            }
            Path twin = dir.resolve("archive-" + f + ".jsonl");
            try (Writer w = Files.newBufferedWriter(twin, StandardCharsets.UTF_8)) {
                for (Article a : part) {
                    w.write(jsonLine(json, a) + "\n");
                }
            }
            in.add(file, twin);
        }
        // a folder of 300 .txt files in 3 subfolders, with an empty file, a binary file, a hidden file and a
        // duplicate of an id read earlier... (ids are relative paths here, so the duplicate is of another folder id)
        Path folder = dir.resolve("folder");
        for (int i = 1700; i < ARTICLES; i++) {
            Article a = articles.get(i);
            Path file = folder.resolve("desk-" + (i % 3)).resolve(a.id() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, a.title() + "\n\n" + a.text() + "\n", StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("desk-0/empty.txt"), "");
        byte[] png = new byte[600];
        for (int i = 0; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        Files.write(folder.resolve("desk-1/image.txt"), png);
        Files.writeString(folder.resolve("desk-2/.hidden.txt"), "Hidden\n\nNever read.");
        in.add(folder, folder);
        // the folder's id desk-0/n1701 again, as a JSON Lines record after the folder: a duplicate across formats
        Path late = dir.resolve("late.jsonl");
        Article again = articles.get(1701);
        Files.writeString(late, jsonLine(json, new Article("desk-" + (1701 % 3) + "/n1701", again.title(),
                again.text(), List.of(), null, List.of())) + "\n", StandardCharsets.UTF_8);
        in.add(late, late);
        return in;
    }

    private void add(Path forSpark, Path forRun) {
        spark.add(forSpark);
        run.add(forRun);
    }

    private static String jsonLine(ObjectMapper json, Article a) throws IOException {
        ObjectNode n = json.createObjectNode();
        n.put("id", a.id());
        n.put("title", a.title());
        n.put("text", a.text());
        var labels = n.putArray("labels");
        a.labels().forEach(labels::add);
        return json.writeValueAsString(n);
    }
}
