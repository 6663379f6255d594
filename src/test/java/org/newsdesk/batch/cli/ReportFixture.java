package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.core.Article;
import org.newsdesk.testing.Fixtures;

/**
 * The three HTML reports made from the tiny fixtures: a model trained on the fixture articles with a validation
 * slice and two ensemble members (training-report.html), a run over them plus an article whose title is a script tag,
 * one that fails and a very short one, all but the last dated over twelve days ({@code --date-column date}, so the
 * report shows topics over time) (report.html), and an evaluation with reference summaries (report.html).
 */
final class ReportFixture {

    /** The title of an article that must never run as script (reading removes it as HTML markup). */
    static final String SCRIPT_TITLE = "<script>alert(1)</script>";
    /** A title that reading keeps as it is (no closing tag), and that must never become markup either. */
    static final String MARKUP_TITLE = "<svg onload=alert(3)><script>alert(4)";

    /** Where the three reports are. */
    record Reports(Path model, Path runOutput, Path evaluation) {
        Path train() {
            return model.resolve("training-report.html");
        }

        Path run() {
            return runOutput.resolve("report.html");
        }

        Path evaluate() {
            return evaluation.resolve("report.html");
        }
    }

    private ReportFixture() {
    }

    static Reports make(Path dir) throws Exception {
        Path data = CliFixture.writeJsonl(dir.resolve("report-train.jsonl"), Fixtures.singleLabel());
        Path model = dir.resolve("report-model");
        CliFixture.Result t = CliFixture.exec("train", "--data", data.toString(), "--model", model.toString(),
                "--epochs", "25", "--batch-size", "4", "--learning-rate", "0.05", "--min-df", "1",
                "--validation-folds", "3", "--patience", "25", "--ensemble", "2");
        assertEquals(0, t.code(), t.err());

        List<Article> input = new ArrayList<>(Fixtures.singleLabel());
        input.add(new Article("xss", SCRIPT_TITLE, "The striker scored twice as United beat City in the derby. "
                + "</script><script>alert(2)</script> The coach praised the defence after the match.", List.of(),
                null, List.of()));
        input.add(new Article("xss-kept", MARKUP_TITLE, "The central bank raised interest rates to curb inflation. "
                + "Analysts said <svg onload=alert(5)> the rise would slow lending.", List.of(), null, List.of()));
        input.add(new Article("gibberish", "Zzqx", "Qwxz vbnm plkj hgfd trew yuio zxcv bnmq wert asdf ghjk lpoi.",
                List.of(), null, List.of()));
        // a date on every article but the last, over twelve days, so that the report shows topics over time
        List<Article> dated = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            Article a = input.get(i);
            dated.add(new Article(a.id(), a.title(), a.text(), a.labels(), a.referenceSummary(), a.notes(),
                    Map.of("date", LocalDate.of(2026, 11, 23).plusDays(i * 7 % 12).toString())));
        }
        dated.add(new Article("tiny-1", "Vote", "Parliament voted.", List.of(), null, List.of()));
        Path in = CliFixture.writeJsonl(dir.resolve("report-run.jsonl"), dated);
        Path out = dir.resolve("report-out");
        CliFixture.Result r = CliFixture.exec("run", "--model", model.toString(), "--input", in.toString(),
                "--output", out.toString(), "--date-column", "date");
        assertEquals(ExitCodes.SOME_FAILED, r.code(), r.err());

        Path csv = dir.resolve("report-eval.csv");
        NewsdeskCommandTest.writeCsv(csv, Fixtures.singleLabel(), true);
        Path evaluation = dir.resolve("report-eval");
        CliFixture.Result e = CliFixture.exec("evaluate", "--model", model.toString(), "--data", csv.toString(),
                "--report", evaluation.toString());
        assertEquals(0, e.code(), e.err());
        return new Reports(model, out, evaluation);
    }
}
