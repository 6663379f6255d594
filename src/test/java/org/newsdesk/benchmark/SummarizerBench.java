package org.newsdesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.newsdesk.summarize.SentenceScorer;
import org.newsdesk.summarize.Summarizer;
import org.newsdesk.summarize.SummaryLength;
import org.newsdesk.summarize.SupervisedScorer;
import org.newsdesk.summarize.UnsupervisedScorer;
import org.newsdesk.summarize.eval.RougeEvaluator;
import org.newsdesk.summarize.eval.RougeReport;
import org.newsdesk.text.SentenceSplitter;

/**
 * Figures for docs/summarizer.md, run by scripts/summarizer-benchmark.sh (not a unit test).
 *
 * <pre>
 * speed  INPUT [--split FILE=VALUE] [--model-summarizer FILE]
 *        ms per article of Summarizer.summarize on one thread (3 sentences and ratio 0.43)
 * lead3  INPUT [--split FILE=VALUE] [--references DIR | --title-as-reference] [--position-weight W]
 *        [--model-summarizer FILE] [--sentences N | --ratio R]
 *        ROUGE F1 of our summaries and of the first sentences (same length rule) against references (or headlines)
 * </pre>
 * INPUT is a folder of .txt articles (first line the title) or a JSON Lines file with id, title and text.
 */
public final class SummarizerBench {

    record Doc(String id, String title, String body) {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path input = Path.of(args[1]);
        String split = null;
        Path references = null;
        boolean titleAsReference = false;
        double positionWeight = UnsupervisedScorer.DEFAULT_POSITION_WEIGHT;
        Path scorerFile = null;
        int sentences = 3;
        Double ratio = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = args[++i];
                case "--references" -> references = Path.of(args[++i]);
                case "--title-as-reference" -> titleAsReference = true;
                case "--position-weight" -> positionWeight = Double.parseDouble(args[++i]);
                case "--model-summarizer" -> scorerFile = Path.of(args[++i]);
                case "--sentences" -> sentences = Integer.parseInt(args[++i]);
                case "--ratio" -> ratio = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Doc> docs = load(input, split);
        SentenceScorer scorer = scorerFile == null ? new UnsupervisedScorer(positionWeight)
                : SupervisedScorer.fromJson(Files.readString(scorerFile));
        Summarizer summarizer = new Summarizer(new SentenceSplitter(), scorer);
        if (mode.equals("speed")) {
            speed(summarizer, docs);
            stages(summarizer, docs);
        } else {
            lead(summarizer, docs, references, titleAsReference,
                    ratio == null ? new SummaryLength.Sentences(sentences) : new SummaryLength.Ratio(ratio));
        }
    }

    private static void speed(Summarizer summarizer, List<Doc> docs) {
        long words = 0;
        for (Doc d : docs) {
            words += Summarizer.countWords(d.body());
        }
        for (SummaryLength length : List.of(new SummaryLength.Sentences(3), new SummaryLength.Ratio(0.43))) {
            long sink = 0;
            for (int warm = 0; warm < 3; warm++) {
                for (Doc d : docs) {
                    sink += summarizer.summarize(d.title(), d.body(), length).sentences().size();
                }
            }
            int rounds = 5;
            double best = Double.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                for (Doc d : docs) {
                    sink += summarizer.summarize(d.title(), d.body(), length).sentences().size();
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e6 / docs.size());
            }
            System.out.printf(Locale.ROOT, "%s, %s: %d articles, %.0f words/article on average: best of %d rounds "
                            + "%.3f ms/article on one thread (%.3f ms per 400 words) [%d]%n", summarizer.method(),
                    length.describe(), docs.size(), (double) words / docs.size(), rounds, best,
                    best * 400.0 / ((double) words / docs.size()), sink % 7);
        }
    }

    /** Time of the stages: sentence splitting, candidates (split, boilerplate, features), key phrases. */
    private static void stages(Summarizer summarizer, List<Doc> docs) {
        SentenceSplitter splitter = new SentenceSplitter();
        String[] names = {"split", "candidates", "keyphrases"};
        for (int stage = 0; stage < 3; stage++) {
            double best = Double.MAX_VALUE;
            long sink = 0;
            for (int r = 0; r < 6; r++) {
                long t0 = System.nanoTime();
                for (Doc d : docs) {
                    if (stage == 0) {
                        sink += splitter.split(d.body()).size();
                    } else {
                        var c = summarizer.candidates(d.title(), d.body());
                        sink += stage == 1 ? c.spans().size()
                                : org.newsdesk.summarize.KeyPhrases.extract(d.title(), d.body(), c.spans(), 5).size();
                    }
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e6 / docs.size());
            }
            System.out.printf(Locale.ROOT, "  stage %-12s %.3f ms/article (cumulative) [%d]%n", names[stage], best,
                    sink % 7);
        }
    }

    private static void lead(Summarizer summarizer, List<Doc> docs, Path references, boolean titleAsReference,
                             SummaryLength length) throws IOException {
        RougeEvaluator ours = new RougeEvaluator();
        RougeEvaluator lead = new RougeEvaluator();
        for (Doc d : docs) {
            String ref;
            String title = d.title();
            if (titleAsReference) {
                ref = d.title();
                title = ""; // the headline is the reference: the summarizer must not see it
            } else {
                Path f = references.resolve(d.id() + ".txt");
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                ref = read(f);
            }
            if (ref.isBlank()) {
                continue;
            }
            ours.add(summarizer.summarize(title, d.body(), length).text(), ref);
            lead.add(summarizer.lead(title, d.body(), length).text(), ref);
        }
        print("ours (" + summarizer.method() + ")", ours.report());
        print("lead (" + length.describe() + ")", lead.report());
    }

    private static void print(String name, RougeReport r) {
        var f = r.meanF1();
        System.out.printf(Locale.ROOT, "%-40s %5d articles  ROUGE-1 %.2f  ROUGE-2 %.2f  ROUGE-L %.2f%n", name,
                r.count(), f.rouge1() * 100, f.rouge2() * 100, f.rougeL() * 100);
    }

    private static List<Doc> load(Path input, String split) throws IOException {
        Set<String> keep = null;
        if (split != null) {
            int eq = split.lastIndexOf('=');
            keep = new HashSet<>();
            for (String line : Files.readAllLines(Path.of(split.substring(0, eq)))) {
                String[] p = line.split(",");
                if (p.length >= 3 && p[2].equals(split.substring(eq + 1))) {
                    keep.add(p[0]);
                }
            }
        }
        List<Doc> docs = new ArrayList<>();
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String rel = input.relativize(f).toString().replace('\\', '/');
                    String id = rel.substring(0, rel.length() - 4);
                    if (keep != null && !keep.contains(id)) {
                        continue;
                    }
                    String text = read(f);
                    int nl = text.indexOf('\n');
                    docs.add(new Doc(id, nl < 0 ? text : text.substring(0, nl).strip(),
                            nl < 0 ? "" : text.substring(nl + 1)));
                }
            }
        } else {
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String id = n.path("id").asText();
                if (keep == null || keep.contains(id)) {
                    docs.add(new Doc(id, n.path("title").asText(""), n.path("text").asText("")));
                }
            }
        }
        return docs;
    }

    private static String read(Path f) throws IOException {
        byte[] b = Files.readAllBytes(f);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }
}
