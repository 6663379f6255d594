package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleResult;
import org.newsdesk.core.Evidence;
import org.newsdesk.core.Summary;
import org.newsdesk.core.SummarySentence;
import org.newsdesk.core.TopicPrediction;
import org.newsdesk.core.TopicScore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens results.csv in a real spreadsheet program, LibreOffice Calc (headless), and checks that every cell reads back
 * as written: accents, line breaks, quotes, and cells that would be formulas if they were not neutralised. Skipped when
 * {@code soffice} is not installed (and says so on stderr), unless the environment sets
 * {@code NEWSDESK_REQUIRE_SOFFICE=1} (as {@code .ci/run} does), which makes a missing {@code soffice} a failure
 * ({@link Soffice}).
 */
class SpreadsheetRoundTripTest {

    @TempDir
    Path dir;

    private static ArticleResult result(String id, String title, List<String> sentences, List<String> notes) {
        List<SummarySentence> chosen = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            chosen.add(new SummarySentence(i, sentences.get(i), 0.5));
        }
        TopicPrediction prediction = new TopicPrediction(
                List.of(new TopicScore("politics", 0.6789), new TopicScore("business", 0.3211)),
                List.of("politics"), Map.of("politics", List.of(new Evidence("minist\u00e8re", 1.0))));
        return ArticleResult.ok(new Article(id, title, String.join(" ", sentences), List.of(), null, notes),
                prediction, new Summary(chosen, List.of("S\u00e3o Paulo", "=HYPERLINK(\"http://x\")")));
    }

    private Path writeResults(String name, boolean bom) throws Exception {
        Path csv = dir.resolve(name);
        try (CsvResultWriter w = new CsvResultWriter(csv, bom)) {
            RunInfo run = RunInfo.start("m", "f", Instant.EPOCH, Map.of());
            w.begin(run);
            w.write(result("world/caf\u00e9-owners", "Caf\u00e9 owners \u2014 \u00abna\u00efve\u00bb r\u00e9sum\u00e9 \u00fcber "
                    + "Z\u00fcrich", List.of("Line one,\nline two \"quoted\".", "Second sentence."), List.of()));
            w.write(result("formulas", "=1+1", List.of("+44 20 7946 0958 is a phone number.",
                    "-5 degrees tonight."), List.of("@mention")));
            w.write(result("\u65e5\u672c-1", "\u6771\u4eac\u3067\u4f1a\u8b70 \u2014 \u041c\u043e\u0441\u043a\u0432\u0430 "
                    + "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 \ud83d\ude00", List.of("Tabs\tinside and a CRLF\r\nbreak."),
                    List.of("note; with semicolon")));
            w.write(ArticleResult.failed("bad", "Bad, one", "x.csv line 3: malformed CSV", List.of()));
            w.finish(run);
        }
        return csv;
    }

    @Test
    void libreOfficeCalcReadsEveryCellOfResultsCsvAsWritten() throws Exception {
        String soffice = Soffice.require("SpreadsheetRoundTripTest");
        Path plain = writeResults("results.csv", false);
        Path excel = writeResults("results-excel.csv", true);
        // comma separated, double quotes, UTF-8 (76), from row 1; a private profile so parallel runs do not collide
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir",
                dir.resolve("xlsx").toString(), plain.toString(), excel.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 3 minutes");
        for (Path csv : List.of(plain, excel)) {
            Path xlsx = dir.resolve("xlsx").resolve(csv.getFileName().toString().replace(".csv", ".xlsx"));
            assertTrue(Files.isRegularFile(xlsx), "soffice wrote no " + xlsx + ": " + Files.readString(dir.resolve("soffice.log")));
            List<List<String>> written = readCsv(csv);
            assertEquals("Tabs\tinside and a CRLF\nbreak.", written.get(3).get(5), "CRLF in a cell is written as LF");
            Map<String, Cell> cells = readXlsx(xlsx);
            int checked = 0;
            for (int r = 0; r < written.size(); r++) {
                for (int c = 0; c < written.get(r).size(); c++) {
                    String expected = written.get(r).get(c);
                    String ref = column(c) + (r + 1);
                    Cell cell = cells.get(ref);
                    if (expected.isEmpty()) {
                        assertTrue(cell == null || cell.value.isEmpty(), ref + " should be empty: " + cell);
                        continue;
                    }
                    assertTrue(cell != null, csv.getFileName() + " " + ref + " is missing; expected " + expected);
                    assertNull(cell.formula, csv.getFileName() + " " + ref + " became a formula: " + cell.formula);
                    if (cell.numeric) {
                        assertEquals(Double.parseDouble(expected), Double.parseDouble(cell.value), 1e-12, ref);
                    } else {
                        assertEquals(expected, cell.value, csv.getFileName() + " " + ref);
                    }
                    checked++;
                }
            }
            assertTrue(checked > 40, "checked " + checked + " cells");
        }
    }

    private static List<List<String>> readCsv(Path csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private record Cell(String value, String formula, boolean numeric) {
    }

    /** The cells of the first sheet of an xlsx file by reference (A1), with shared strings resolved. */
    private static Map<String, Cell> readXlsx(Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            List<String> shared = new ArrayList<>();
            ZipEntry sst = zip.getEntry("xl/sharedStrings.xml");
            if (sst != null) {
                NodeList items = parse(zip, sst).getElementsByTagName("si");
                for (int i = 0; i < items.getLength(); i++) {
                    shared.add(items.item(i).getTextContent());
                }
            }
            Map<String, Cell> cells = new TreeMap<>();
            NodeList cs = parse(zip, zip.getEntry("xl/worksheets/sheet1.xml")).getElementsByTagName("c");
            for (int i = 0; i < cs.getLength(); i++) {
                Element c = (Element) cs.item(i);
                String type = c.getAttribute("t");
                String v = text(c, "v");
                String value = "s".equals(type) ? shared.get(Integer.parseInt(v)) : "inlineStr".equals(type)
                        ? c.getTextContent() : v == null ? "" : v;
                cells.put(c.getAttribute("r"), new Cell(value, text(c, "f"), "n".equals(type) || type.isEmpty()));
            }
            return cells;
        }
    }

    private static Document parse(ZipFile zip, ZipEntry entry) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = zip.getInputStream(entry)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList n = parent.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    private static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }
}
