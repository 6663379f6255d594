package org.newsdesk.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Evidence;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;
import org.newsdesk.io.CsvResultWriter;
import org.newsdesk.io.JsonResultWriter;

/**
 * An article's result as a Spark row: the typed columns of the Parquet output (the members of an article of
 * {@code results.json}, in the same order), then its line of JSON Lines and its record of CSV, rendered by the same
 * code as {@code results.json} and {@code results.csv}.
 */
final class ResultRows {

    static final StructType EVIDENCE = new StructType(new StructField[] {
            DataTypes.createStructField("phrase", DataTypes.StringType, false),
            DataTypes.createStructField("weight", DataTypes.DoubleType, false)});
    static final StructType SENTENCE = new StructType(new StructField[] {
            DataTypes.createStructField("index", DataTypes.IntegerType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("score", DataTypes.DoubleType, false)});

    /** The Parquet output's columns. */
    static final StructType TYPED = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("title", DataTypes.StringType, false),
            DataTypes.createStructField("topics", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("scores",
                    DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), false),
            DataTypes.createStructField("explanations", DataTypes.createMapType(DataTypes.StringType,
                    DataTypes.createArrayType(EVIDENCE, false), false), false),
            DataTypes.createStructField("summary", DataTypes.StringType, false),
            DataTypes.createStructField("summary_sentences", DataTypes.createArrayType(SENTENCE, false), false),
            DataTypes.createStructField("keyphrases", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("error", DataTypes.StringType, true),
            DataTypes.createStructField("notes", DataTypes.createArrayType(DataTypes.StringType, false), false)});

    static final String JSON_LINE = "json_line";
    static final String CSV_RECORD = "csv_record";
    /** The Parquet column of the extra input fields, there only when the run passes some through. */
    static final String EXTRA = "extra";

    /** The typed columns, then the JSON line and the CSV record (without its CRLF). */
    static final StructType ALL = all(false);

    /** The Parquet output's columns: {@link #TYPED}, then (with extra input fields) {@value #EXTRA}. */
    static StructType typed(boolean withExtra) {
        return withExtra ? TYPED.add(DataTypes.createStructField(EXTRA,
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false)) : TYPED;
    }

    /** The typed columns, then the JSON line and the CSV record (without its CRLF). */
    static StructType all(boolean withExtra) {
        return typed(withExtra)
                .add(DataTypes.createStructField(JSON_LINE, DataTypes.StringType, false))
                .add(DataTypes.createStructField(CSV_RECORD, DataTypes.StringType, false));
    }

    private ResultRows() {
    }

    /** A Scala sequence, as Spark's row encoder takes for an array column. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }

    static Row row(ArticleResult r, String runId) {
        return row(r, runId, List.of());
    }

    /**
     * The row of a result in a run whose results carry these extra columns (none: no {@value #EXTRA} column, and the
     * JSON line has no {@code extra} object, as in {@code run}).
     */
    static Row row(ArticleResult r, String runId, List<String> extraColumns) {
        TopicPrediction p = r.prediction();
        Summary s = r.summary();
        List<String> topics = p == null ? List.of() : p.topics();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<Row>> explanations = new LinkedHashMap<>();
        if (p != null) {
            for (TopicScore score : p.scores()) {
                scores.put(score.label(), score.probability());
            }
            for (var entry : p.explanations().entrySet()) {
                List<Row> evidence = new ArrayList<>();
                for (Evidence e : entry.getValue()) {
                    evidence.add(RowFactory.create(e.phrase(), e.weight()));
                }
                explanations.put(entry.getKey(), evidence);
            }
        }
        List<Row> sentences = new ArrayList<>();
        if (s != null) {
            for (SummarySentence sentence : s.sentences()) {
                sentences.add(RowFactory.create(sentence.index(), sentence.text(), sentence.score()));
            }
        }
        boolean withExtra = !extraColumns.isEmpty();
        String csv = CsvResultWriter.record(r, runId, extraColumns);
        Map<String, Object> explained = new LinkedHashMap<>();
        explanations.forEach((label, evidence) -> explained.put(label, seq(evidence)));
        List<Object> values = new ArrayList<>(14);
        java.util.Collections.addAll(values, r.id(), r.title(), seq(topics), CollectionConverters.asScala(scores),
                CollectionConverters.asScala(explained), s == null ? "" : s.text(), seq(sentences),
                seq(s == null ? List.of() : s.keyphrases()), r.status(), r.error(), seq(r.notes()));
        if (withExtra) {
            values.add(CollectionConverters.asScala(new LinkedHashMap<>(r.extra())));
        }
        values.add(JsonResultWriter.jsonLine(r, withExtra));
        values.add(csv.substring(0, csv.length() - 2));
        return RowFactory.create(values.toArray());
    }
}
