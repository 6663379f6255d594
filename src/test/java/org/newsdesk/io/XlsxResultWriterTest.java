package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Evidence;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;

/** Reads results.xlsx back with POI (and converts it with LibreOffice) to check what {@link XlsxResultWriter} wrote. */
class XlsxResultWriterTest {

    @TempDir
    Path dir;

    private static RunInfo run() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("labels", List.of("politics", "sport"));
        settings.put("topics", true);
        settings.put("summary_length", "ratio 0.3");
        settings.put("threads", 2);
        settings.put(ExtraColumns.SETTING, List.of("url", "date", "status"));
        settings.put("date_column", "date");
        settings.put("run_id", "RUN1");
        return RunInfo.start("models/default", "fp", Instant.EPOCH, settings);
    }

    private static ArticleResult ok(String id, String title, String summary, Map<String, String> extra) {
        TopicPrediction prediction = new TopicPrediction(
                List.of(new TopicScore("politics", 0.75), new TopicScore("sport", 0.25)), List.of("politics"),
                Map.of("politics", List.of(new Evidence("minister", 1.0))));
        Article a = new Article(id, title, summary, List.of(), null, List.of(), extra);
        return ArticleResult.ok(a, prediction, new Summary(List.of(new SummarySentence(0, summary, 1.0)),
                List.of("minister")));
    }

    private Path write(int rowsPerSheet, List<ArticleResult> results) throws Exception {
        Path file = dir.resolve("results.xlsx");
        try (XlsxResultWriter w = new XlsxResultWriter(file, rowsPerSheet)) {
            RunInfo run = run();
            w.begin(run);
            for (ArticleResult r : results) {
                w.write(r);
            }
            w.finish(run.finish(Instant.EPOCH.plusSeconds(5), new RunInfo.Counts(results.size(),
                    results.stream().filter(ArticleResult::isOk).count(),
                    results.stream().filter(r -> !r.isOk()).count())));
            assertTrue(w.written().isPresent());
            assertEquals(Files.size(file), w.written().get().bytes());
        }
        return file;
    }

    private static List<String> row(Sheet sheet, int r) {
        List<String> values = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : cell.toString());
        }
        return values;
    }

    @Test
    void workbookHasHeaderFreezeFilterNumericScoresPlainTextAndRunSheet() throws Exception {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("url", "http://example.org/1");
        extra.put("date", "2026-12-01");
        extra.put("status", "published");
        Path file = write(XlsxResultWriter.MAX_DATA_ROWS, List.of(
                ok("a1", "=1+1", "The minister spoke.", extra),
                ArticleResult.failed("a2", "Bad", "x.csv line 3: malformed", List.of("a note"))));
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("results", "run"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            XSSFSheet sheet = (XSSFSheet) wb.getSheet("results");
            assertEquals(List.of("id", "title", "topics", "top_topic", "top_score", "summary", "status", "error", "notes",
                    "explanations", "keyphrases", "score:politics", "score:sport", "url", "date", "input_status",
                    "run_id"), row(sheet, 0));
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex() > 0
                    || wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, "a frozen pane");
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition(), "the header row is frozen");
            assertNotNull(sheet.getCTWorksheet().getAutoFilter(), "an auto-filter");
            assertEquals("A1:Q3", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(sheet.getColumnWidth(5) > sheet.getColumnWidth(6), "summary wider than status");
            assertTrue(sheet.getRow(1).getCell(5).getCellStyle().getWrapText(), "summary wraps");

            Row a1 = sheet.getRow(1);
            assertEquals(CellType.STRING, a1.getCell(1).getCellType(), "a title starting with = is text");
            assertEquals("=1+1", a1.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, a1.getCell(4).getCellType(), "top_score is a number");
            assertEquals(0.75, a1.getCell(4).getNumericCellValue(), 1e-12);
            assertEquals(CellType.NUMERIC, a1.getCell(11).getCellType(), "score:politics is a number");
            assertEquals(0.75, a1.getCell(11).getNumericCellValue(), 1e-12);
            assertEquals(0.25, a1.getCell(12).getNumericCellValue(), 1e-12);
            assertEquals("http://example.org/1", a1.getCell(13).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(a1.getCell(14)), "the date field is a date cell");
            assertEquals(LocalDate.of(2026, 12, 1), a1.getCell(14).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("published", a1.getCell(15).getStringCellValue());
            assertEquals("RUN1", a1.getCell(16).getStringCellValue());
            for (Row r : sheet) {
                for (Cell c : r) {
                    assertFalse(c.getCellType() == CellType.FORMULA, "no formulas: " + c.getAddress());
                }
            }
            Row a2 = sheet.getRow(2);
            assertEquals("error", a2.getCell(6).getStringCellValue());
            assertEquals("x.csv line 3: malformed", a2.getCell(7).getStringCellValue());
            assertEquals("a note", a2.getCell(8).getStringCellValue());
            assertNull(a2.getCell(4), "an error row has no score");
            assertNull(a2.getCell(11));

            Sheet runSheet = wb.getSheet("run");
            Map<String, Cell> facts = new LinkedHashMap<>();
            for (Row r : runSheet) {
                if (r.getRowNum() > 0) {
                    facts.put(r.getCell(0).getStringCellValue(), r.getCell(1));
                }
            }
            assertEquals("models/default", facts.get("model").getStringCellValue());
            assertEquals(2.0, facts.get("articles").getNumericCellValue());
            assertEquals(1.0, facts.get("ok").getNumericCellValue());
            assertEquals(1.0, facts.get("failed").getNumericCellValue());
            assertEquals(CellType.NUMERIC, facts.get("threads").getCellType());
            assertEquals("ratio 0.3", facts.get("summary_length").getStringCellValue());
            assertEquals("politics, sport", facts.get("labels").getStringCellValue());
            assertEquals(CellType.BOOLEAN, facts.get("topics").getCellType());
        }
    }

    @Test
    void aCellOverExcelsLimitIsCutWithANote() throws Exception {
        String longSummary = "word ".repeat(8000) + "end."; // 40,004 characters
        Path file = write(XlsxResultWriter.MAX_DATA_ROWS, List.of(ok("long", "Long", longSummary, Map.of())));
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet("results").getRow(1);
            assertEquals(32_767, row.getCell(5).getStringCellValue().length());
            assertEquals(longSummary.substring(0, 32_767), row.getCell(5).getStringCellValue());
            assertTrue(row.getCell(8).getStringCellValue().contains("summary cut from 40,004 to 32,767 characters"),
                    row.getCell(8).getStringCellValue());
        }
    }

    @Test
    void rowsBeyondASheetGoOnInTheNextResultsSheet() throws Exception {
        List<ArticleResult> results = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            results.add(ok("a" + i, "T" + i, "Sentence " + i + ".", Map.of()));
        }
        Path file = write(3, results);
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("results", "results (2)", "results (3)", "run"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            List<String> ids = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                Sheet sheet = wb.getSheetAt(s);
                assertEquals("id", sheet.getRow(0).getCell(0).getStringCellValue(), "each sheet has the header");
                assertTrue(sheet.getPaneInformation().isFreezePane());
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertEquals(List.of("a0", "a1", "a2", "a3", "a4", "a5", "a6"), ids);
        }
    }

    @Test
    void libreOfficeConvertsTheWorkbook() throws Exception {
        String soffice = Soffice.require("XlsxResultWriterTest.libreOfficeConvertsTheWorkbook");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("url", "http://example.org/caf\u00e9");
        extra.put("date", "2026-12-01");
        Path file = write(XlsxResultWriter.MAX_DATA_ROWS, List.of(
                ok("a1", "=1+1 caf\u00e9", "The minister spoke.", extra),
                ok("long", "Long", "word ".repeat(8000) + "end.", Map.of())));
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir",
                dir.resolve("csv").toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 3 minutes");
        Path csv = dir.resolve("csv").resolve("results.csv");
        assertTrue(Files.isRegularFile(csv), "soffice wrote no csv: " + Files.readString(dir.resolve("soffice.log")));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        List<org.apache.commons.csv.CSVRecord> rows;
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(text,
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            rows = parser.getRecords();
        }
        assertEquals(List.of("id", "title", "topics", "top_topic", "top_score", "summary", "status", "error", "notes",
                "explanations", "keyphrases", "score:politics", "score:sport", "url", "date", "input_status",
                "run_id"), rows.get(0).toList());
        assertEquals(3, rows.size());
        assertEquals("=1+1 caf\u00e9", rows.get(1).get(1), "the title stays text");
        assertEquals("0.75", rows.get(1).get(11).replaceAll("0+$", ""), "score:politics as a number");
        assertEquals("http://example.org/caf\u00e9", rows.get(1).get(13));
        assertEquals("2026-12-01", rows.get(1).get(14));
        assertEquals(32_767, rows.get(2).get(5).length(), "the long summary is cut to 32,767 characters");
        assertTrue(text.contains("summary cut from 40,004 to 32,767 characters"));
    }
}
