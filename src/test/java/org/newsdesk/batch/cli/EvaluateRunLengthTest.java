package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --results} computes its lead baseline at the summary length the run used (recorded in results.json),
 * and refuses a --summary-* option that contradicts it, instead of silently comparing at another length.
 */
class EvaluateRunLengthTest {

    @TempDir
    Path dir;

    @Test
    void leadBaselineTakesTheRunsSummaryLengthAndRefusesAnotherOne() throws Exception {
        Path data = dir.resolve("data.csv");
        Files.writeString(data, """
                id,title,text,labels,summary
                p1,Budget vote,"The minister presented the budget to parliament on Monday. Opposition leaders called it reckless. \
                The vote is expected next week. Analysts expect a narrow majority. Protesters gathered outside.",politics,\
                "The minister presented the budget to parliament on Monday. Opposition leaders called it reckless."
                s1,Cup final,"The home side won the cup final with a late goal. Fans celebrated in the streets of the city. \
                The coach praised his young players. The captain lifted the trophy. The club plans a parade.",sport,\
                "The home side won the cup final with a late goal. Fans celebrated in the streets of the city."
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliFixture.Result run = CliFixture.exec("run", "--model", "models/default", "--input", data.toString(),
                "--output", out.toString(), "--summary-sentences", "2");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        String results = out.resolve("results.json").toString();

        Path report = dir.resolve("report");
        CliFixture.Result same = CliFixture.exec("evaluate", "--results", results, "--data", data.toString(),
                "--report", report.toString());
        assertEquals(ExitCodes.OK, same.code(), same.out() + same.err());
        JsonNode rep = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        assertEquals("sentences=2", rep.path("source").path("summaryLength").asText(),
                "the lead baseline has the run's length, not the default 3 sentences");
        // the references are the first two sentences: the lead baseline at the run's length matches them exactly
        assertEquals(100.0, rep.path("summarizationLead").path("rouge1").asDouble(), 1e-9, "ROUGE-1 of the lead baseline");

        CliFixture.Result repeated = CliFixture.exec("evaluate", "--results", results, "--data", data.toString(),
                "--report", dir.resolve("report2").toString(), "--summary-sentences", "2");
        assertEquals(ExitCodes.OK, repeated.code(), repeated.err());

        CliFixture.Result other = CliFixture.exec("evaluate", "--results", results, "--data", data.toString(),
                "--report", dir.resolve("report3").toString(), "--summary-ratio", "0.3");
        assertEquals(ExitCodes.USAGE, other.code(), other.out() + other.err());
        assertTrue(other.err().contains("--summary-ratio 0.3 does not match the run")
                && other.err().contains("sentences=2") && other.err().contains("--summary-sentences 2"), other.err());
    }
}
