package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.io.CsvResultWriter;
import org.newsdesk.io.ExtraColumns;

/** The inputs' own columns pass through {@code run} to results.csv, results.json and results.xlsx. */
class ExtraColumnsRunTest {

    @TempDir
    Path dir;

    private Path inputs() throws Exception {
        Files.writeString(dir.resolve("today.csv"), """
                id,title,text,url,date,status
                c1,Budget vote,"The minister presented the budget to parliament. The vote is next week.",http://x/c1,2026-12-01,published
                c2,Cup final,"The home side won the cup final with a late goal. Fans celebrated.",http://x/c2,last Tuesday,draft
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("wires.jsonl"), """
                {"id": "w1", "title": "Rates held", "text": "The central bank held its interest rate. Inflation is falling.", "source": "Wire", "date": "2026-12-03 14:30", "words": 9, "tags": ["a", "b"], "author": null}
                """, StandardCharsets.UTF_8);
        return dir;
    }

    private static List<CSVRecord> csv(Path out) throws Exception {
        try (CSVParser p = CSVParser.parse(out.resolve("results.csv"), StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    private CliFixture.Result run(Path out, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--model", "models/default", "--input",
                dir.resolve("today.csv").toString(), "--input", dir.resolve("wires.jsonl").toString(), "--output",
                out.toString()));
        args.addAll(List.of(options));
        return CliFixture.exec(args.toArray(String[]::new));
    }

    @Test
    void extraFieldsComeThroughToEveryOutput() throws Exception {
        inputs();
        Path out = dir.resolve("out");
        CliFixture.Result r = run(out, "--xlsx", "--date-column", "date");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<CSVRecord> rows = csv(out);
        List<String> header = rows.get(0).toList();
        String base = CsvResultWriter.HEADER_LINE.substring(0, CsvResultWriter.HEADER_LINE.lastIndexOf(",run_id"));
        assertEquals(base + ",url,date,input_status,source,words,tags,run_id",
                String.join(",", header), "the union of the inputs' fields in first-seen order (author, null in "
                        + "every record, is no column), between keyphrases and run_id");
        assertEquals(List.of("http://x/c1", "2026-12-01", "published", "", "", ""),
                rows.get(1).toList().subList(11, 17));
        assertEquals(List.of("", "2026-12-03 14:30", "", "Wire", "9", "[\"a\",\"b\"]"),
                rows.get(3).toList().subList(11, 17));
        assertTrue(rows.get(2).get("notes".equals(header.get(8)) ? 8 : -1)
                .contains("date column 'date': 'last Tuesday' is not an ISO date"), rows.get(2).get(8));
        assertEquals("", rows.get(1).get(8), "a readable date gets no note");

        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        List<String> settingNames = new ArrayList<>();
        json.path("run").path("settings").path(ExtraColumns.SETTING).forEach(n -> settingNames.add(n.asText()));
        assertEquals(List.of("url", "date", "status", "source", "words", "tags"), settingNames);
        JsonNode c1 = json.path("articles").get(0).path("extra");
        assertEquals("{\"url\":\"http://x/c1\",\"date\":\"2026-12-01\",\"status\":\"published\"}", c1.toString());
        JsonNode w1 = json.path("articles").get(2).path("extra");
        assertEquals("{\"source\":\"Wire\",\"date\":\"2026-12-03 14:30\",\"words\":\"9\",\"tags\":\"[\\\"a\\\",\\\"b\\\"]\"}",
                w1.toString(), "JSON null is left out, other values as written");

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("run-manifest.json").toFile());
        assertTrue(manifest.path("outputs").has("results.xlsx"), manifest.path("outputs").toString());
        assertEquals(Files.size(out.resolve("results.xlsx")),
                manifest.path("outputs").path("results.xlsx").path("bytes").asLong());
        assertTrue(Files.isSymbolicLink(out.resolve("results.xlsx")), "a top-level link like the others");
        try (InputStream in = Files.newInputStream(out.resolve("results.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("results");
            Row head = sheet.getRow(0);
            int date = -1;
            int url = -1;
            for (int c = 0; c < head.getLastCellNum(); c++) {
                String name = head.getCell(c).getStringCellValue();
                date = name.equals("date") ? c : date;
                url = name.equals("url") ? c : url;
            }
            assertEquals(LocalDate.of(2026, 12, 1).atStartOfDay(), sheet.getRow(1).getCell(date).getLocalDateTimeCellValue());
            assertEquals("last Tuesday", sheet.getRow(2).getCell(date).getStringCellValue());
            assertEquals(LocalDateTime.of(2026, 12, 3, 14, 30), sheet.getRow(3).getCell(date).getLocalDateTimeCellValue());
            assertEquals("http://x/c2", sheet.getRow(2).getCell(url).getStringCellValue());
        }
    }

    @Test
    void aJsonFieldNullInEveryRecordIsNoColumnButOneNullInSomeRecordsIs() throws Exception {
        Path wires = dir.resolve("nulls.jsonl");
        Files.writeString(wires, """
                {"id": "n1", "title": "Rates held", "text": "The central bank held its interest rate.", "author": null, "byline": null, "desk": "economy"}
                {"id": "n2", "title": "Cup final", "text": "The home side won the cup final.", "author": null, "byline": "A. Writer", "desk": null}
                {"id": "n3", "title": "Budget vote", "text": "The minister presented the budget.", "desk": "politics"}
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("nulls");
        CliFixture.Result r = CliFixture.exec("run", "--model", "models/default", "--input", wires.toString(),
                "--output", out.toString(), "--xlsx");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<CSVRecord> rows = csv(out);
        assertEquals(CsvResultWriter.HEADER_LINE.replace(",run_id", ",desk,byline,run_id"),
                String.join(",", rows.get(0).toList()),
                "author is null in every record: no column; the others in the order first seen not null");
        assertEquals(List.of("economy", ""), rows.get(1).toList().subList(11, 13));
        assertEquals(List.of("", "A. Writer"), rows.get(2).toList().subList(11, 13));
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        List<String> settingNames = new ArrayList<>();
        json.path("run").path("settings").path(ExtraColumns.SETTING).forEach(n -> settingNames.add(n.asText()));
        assertEquals(List.of("desk", "byline"), settingNames);
        try (InputStream in = Files.newInputStream(out.resolve("results.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row head = wb.getSheet("results").getRow(0);
            List<String> names = new ArrayList<>();
            head.forEach(cell -> names.add(cell.getStringCellValue()));
            assertFalse(names.contains("author"), names.toString());
            assertTrue(names.containsAll(List.of("byline", "desk")), names.toString());
        }
    }

    @Test
    void keepColumnsAndDropExtraColumnsChooseWhatComesThrough() throws Exception {
        inputs();
        Path kept = dir.resolve("kept");
        assertEquals(ExitCodes.OK, run(kept, "--keep-columns", "source,url").code());
        assertEquals(CsvResultWriter.HEADER_LINE.replace(",run_id", ",source,url,run_id"),
                String.join(",", csv(kept).get(0).toList()));
        assertEquals("http://x/c1", csv(kept).get(1).get(12));

        Path dropped = dir.resolve("dropped");
        assertEquals(ExitCodes.OK, run(dropped, "--drop-extra-columns").code());
        assertEquals(CsvResultWriter.HEADER_LINE, String.join(",", csv(dropped).get(0).toList()));
        String json = Files.readString(dropped.resolve("results.json"), StandardCharsets.UTF_8);
        assertFalse(json.contains("\"extra\""), "no extra object when no field passes through");

        CliFixture.Result both = run(dir.resolve("both"), "--drop-extra-columns", "--keep-columns", "url");
        assertEquals(ExitCodes.USAGE, both.code());
        assertTrue(both.err().contains("--keep-columns and --drop-extra-columns contradict each other"), both.err());
    }

    @Test
    void anArticleWhoseExtraFieldChangedCountsAsChangedInAnIncrementalRun() throws Exception {
        inputs();
        Path out = dir.resolve("inc");
        assertEquals(ExitCodes.OK, run(out, "--incremental").code());
        Path csvIn = dir.resolve("today.csv");
        Files.writeString(csvIn, Files.readString(csvIn).replace("http://x/c1", "http://x/c1-moved"));
        CliFixture.Result second = run(out, "--incremental");
        assertEquals(ExitCodes.OK, second.code(), second.err());
        assertTrue(second.out().contains("0 new, 1 changed, 2 unchanged (2 earlier results kept), 0 removed"),
                second.out());
        assertEquals("http://x/c1-moved", csv(out).get(1).get(11));
        assertEquals("http://x/c2", csv(out).get(2).get(11), "an unchanged article keeps its row");

        CliFixture.Result third = run(out, "--incremental");
        assertEquals(ExitCodes.OK, third.code(), third.err());
        assertTrue(third.out().contains("0 new, 0 changed, 3 unchanged (3 earlier results kept), 0 removed"),
                third.out());
        assertEquals("http://x/c1-moved", csv(out).get(1).get(11));
    }

    @Test
    void datesAreReadLeniently() {
        assertEquals(LocalDate.of(2026, 12, 5), ExtraColumns.parseDate(" 2026-12-05 ").orElseThrow());
        assertEquals(LocalDateTime.of(2026, 12, 5, 14, 30), ExtraColumns.parseDate("2026-12-05T14:30").orElseThrow());
        assertEquals(LocalDateTime.of(2026, 12, 5, 14, 30, 5), ExtraColumns.parseDate("2026-12-05 14:30:05").orElseThrow());
        assertEquals(LocalDateTime.of(2026, 12, 5, 14, 30), ExtraColumns.parseDate("2026-12-05T14:30:00Z").orElseThrow());
        assertEquals(LocalDateTime.of(2026, 12, 5, 14, 30),
                ExtraColumns.parseDate("2026-12-05T14:30+01:00[Europe/Paris]").orElseThrow());
        assertTrue(ExtraColumns.parseDate("05/12/2026").isEmpty());
        assertTrue(ExtraColumns.parseDate("yesterday").isEmpty());
    }
}
