package org.newsdesk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One self-contained HTML report page, built as a jsoup DOM: headings, fact lists, tables and charts. Text goes in
 * as text nodes (escaped by jsoup), never as markup. Each chart is an ECharts option; all options travel as one JSON
 * document in a {@code <script type="application/json">} element, read and drawn by a small inline script after the
 * inlined ECharts library. The Content-Security-Policy allows no network at all and runs only those two scripts.
 */
public final class HtmlPage {

    /** The ECharts version inlined into every page (the WebJar on the class path). */
    public static final String ECHARTS_VERSION = "5.3.1";
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION
            + "/dist/echarts.min.js";
    /** The id of the JSON element holding the charts' options. */
    public static final String DATA_ID = "report-data";

    private static final String RENDER_SCRIPT = """
            (function () {
              'use strict';
              var data = JSON.parse(document.getElementById('report-data').textContent);
              var charts = [];
              data.charts.forEach(function (c) {
                var el = document.getElementById(c.id);
                var chart = echarts.init(el, null, {renderer: 'canvas'});
                c.option.animation = false;
                chart.setOption(c.option);
                el.setAttribute('data-drawn', 'true');
                charts.push(chart);
              });
              window.addEventListener('resize', function () {
                charts.forEach(function (chart) { chart.resize(); });
              });
            })();
            """;

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; margin: 0;
                   background: #f4f5f7; color: #1f2328; font-size: 14px; line-height: 1.45; }
            header { background: #1f3a5f; color: #fff; padding: 18px 28px; }
            header h1 { margin: 0; font-size: 22px; }
            header p { margin: 4px 0 0; opacity: .85; }
            main { max-width: 1180px; margin: 0 auto; padding: 16px 20px 40px; }
            section { background: #fff; border: 1px solid #d8dce2; border-radius: 6px; margin: 16px 0;
                      padding: 14px 20px; }
            h2 { font-size: 17px; margin: 2px 0 10px; color: #1f3a5f; }
            h3 { font-size: 14px; margin: 14px 0 6px; }
            p.note { color: #57606a; margin: 4px 0 10px; }
            table { border-collapse: collapse; width: 100%; margin: 6px 0; }
            th, td { border-bottom: 1px solid #e4e7eb; padding: 5px 8px; text-align: left; vertical-align: top; }
            th { background: #f0f2f5; font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0; }
            dl.facts dt { color: #57606a; }
            dl.facts dd { margin: 0; word-break: break-all; }
            .chart { width: 100%; height: 320px; }
            .grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
            .grid2 > div { min-width: 0; }
            .tag { display: inline-block; background: #e7eef8; border-radius: 3px; padding: 0 6px; margin: 1px 3px 1px 0;
                   white-space: nowrap; }
            .tag.wrong { background: #fbe3e3; }
            .tag.missed { background: #fff3cd; }
            td.text { max-width: 460px; }
            footer { color: #57606a; font-size: 12px; text-align: center; padding: 10px; }
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile String echarts;

    private final Document doc;
    private final Element main;
    private final ArrayNode charts = JSON.createArrayNode();

    /** A page titled {@code title}, with {@code subtitle} under the heading. */
    public HtmlPage(String title, String subtitle) {
        doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        Element header = doc.body().appendElement("header");
        header.appendElement("h1").text(title);
        if (subtitle != null && !subtitle.isEmpty()) {
            header.appendElement("p").text(subtitle);
        }
        main = doc.body().appendElement("main");
    }

    /** The JSON mapper the chart options are built with. */
    static ObjectMapper json() {
        return JSON;
    }

    /** Adds a section with heading {@code heading}; returns it to add content to. */
    public Element section(String heading) {
        Element s = main.appendElement("section");
        s.appendElement("h2").text(heading);
        return s;
    }

    /** A camelCase key as words: "validationLossCalibrated" reads "validation loss calibrated". */
    public static String words(String key) {
        StringBuilder b = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(key.charAt(i - 1))) {
                b.append(' ').append(i + 1 < key.length() && Character.isUpperCase(key.charAt(i + 1)) ? c
                        : Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Adds a grey explanatory paragraph. */
    public static Element note(Element parent, String text) {
        return parent.appendElement("p").addClass("note").text(text);
    }

    /** Adds a two-column list of facts (name, value), in order. */
    public static Element facts(Element parent, Map<String, String> facts) {
        Element dl = parent.appendElement("dl").addClass("facts");
        facts.forEach((k, v) -> {
            dl.appendElement("dt").text(k);
            dl.appendElement("dd").text(v == null ? "" : v);
        });
        return dl;
    }

    /**
     * Adds a table. Cells whose text parses as a number are right-aligned; {@code numeric} marks further columns.
     *
     * @return the table's body, to which rows with richer cells may be added
     */
    public static Element table(Element parent, List<String> header, List<List<String>> rows) {
        Element table = parent.appendElement("table");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : header) {
            tr.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, !rows.isEmpty());
        for (List<String> row : rows) {
            Element r = body.appendElement("tr");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                Element td = r.appendElement("td").text(cell == null ? "" : cell);
                boolean number = cell != null && isNumber(cell);
                if (number) {
                    td.addClass("num");
                }
                if (i < numeric.length && !number && cell != null && !cell.isEmpty()) {
                    numeric[i] = false;
                }
            }
        }
        // a column of numbers gets its heading over them, on the right
        List<Element> ths = tr.children();
        for (int i = 0; i < numeric.length; i++) {
            if (numeric[i]) {
                ths.get(i).addClass("num");
            }
        }
        return body;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '%' || c == ',' || c == ' ')) {
                return false;
            }
        }
        return Character.isDigit(s.charAt(0)) || s.charAt(0) == '-';
    }

    /** Adds a chart drawn from the ECharts {@code option}, {@code height} pixels high. */
    public Element chart(Element parent, ObjectNode option, int height) {
        String id = "chart-" + (charts.size() + 1);
        Element div = parent.appendElement("div").addClass("chart").attr("id", id)
                .attr("role", "img");
        if (height != 320) {
            // a class per height keeps style attributes (which the page's policy refuses) out of the markup
            div.addClass("h" + height);
        }
        ObjectNode c = charts.addObject();
        c.put("id", id);
        c.set("option", option);
        return div;
    }

    /** The page as HTML text, with ECharts and the charts' data inlined. */
    public String render() {
        Element head = doc.head();
        StringBuilder heights = new StringBuilder();
        for (Element e : doc.select("div.chart")) {
            for (String cls : e.classNames()) {
                if (cls.matches("h[0-9]+")) {
                    heights.append(".chart.").append(cls).append(" { height: ").append(cls.substring(1))
                            .append("px; }\n");
                }
            }
        }
        String style = STYLE + heights;
        String library = echarts();
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
                "default-src 'none'; script-src '" + sha256(library) + "' '" + sha256(RENDER_SCRIPT) + "'; "
                        + "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
        head.appendElement("style").appendChild(new DataNode(style));
        Element body = doc.body();
        body.appendElement("footer").text("Made by Newsdesk; charts drawn by Apache ECharts " + ECHARTS_VERSION
                + ", inlined into this file: it needs no network.");
        ObjectNode data = JSON.createObjectNode();
        data.set("charts", charts);
        String text;
        try {
            text = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // In JSON, '<' only ever occurs inside strings, where \u003c means the same; so "</script>" or "<!--" in an
        // article's text can never end or change the data element.
        text = text.replace("<", "\\u003c");
        body.appendElement("script").attr("type", "application/json").attr("id", DATA_ID)
                .appendChild(new DataNode(text));
        body.appendElement("script").appendChild(new DataNode(library));
        body.appendElement("script").appendChild(new DataNode(RENDER_SCRIPT));
        return "<!DOCTYPE html>\n" + doc.html();
    }

    /** The content of ECharts' minified bundle, read once from the class path. */
    static String echarts() {
        String s = echarts;
        if (s == null) {
            try (InputStream in = HtmlPage.class.getResourceAsStream(ECHARTS)) {
                if (in == null) {
                    throw new IllegalStateException(ECHARTS + " is not on the class path (the ECharts WebJar)");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + ECHARTS, e);
            }
            if (s.contains("</script")) {
                throw new IllegalStateException(ECHARTS + " contains </script and cannot be inlined");
            }
            echarts = s;
        }
        return s;
    }

    private static String sha256(String script) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
