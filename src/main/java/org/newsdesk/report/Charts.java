package org.newsdesk.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** ECharts options for the few chart kinds the reports use, as JSON trees (no code, only data and settings). */
final class Charts {

    private Charts() {
    }

    static final String[] PALETTE = {"#3b6ea8", "#e07b39", "#5a9e4b", "#c44e52", "#8172b3", "#937860", "#da8bc3",
        "#8c8c8c", "#ccb974", "#64b5cd"};

    private static ObjectNode base(String title) {
        ObjectNode o = HtmlPage.json().createObjectNode();
        ObjectNode t = o.putObject("title");
        t.put("text", title);
        t.put("left", "center");
        t.putObject("textStyle").put("fontSize", 14);
        ArrayNode colors = o.putArray("color");
        for (String c : PALETTE) {
            colors.add(c);
        }
        o.putObject("tooltip").put("trigger", "axis");
        ObjectNode grid = o.putObject("grid");
        grid.put("left", 12);
        grid.put("right", 24);
        grid.put("top", 48);
        grid.put("bottom", 12);
        grid.put("containLabel", true);
        return o;
    }

    private static ObjectNode axis(ObjectNode o, String field, String type, String name) {
        ObjectNode a = o.putObject(field);
        a.put("type", type);
        if (name != null) {
            a.put("name", name);
            a.put("nameLocation", "middle");
            boolean x = field.equals("xAxis");
            a.put("nameGap", x ? 30 : 42);
            a.putObject("nameTextStyle").put("color", "#57606a");
            // the grid's containLabel leaves room for the tick labels, not for the axis name
            ObjectNode grid = (ObjectNode) o.get("grid");
            if (x) {
                grid.put("bottom", grid.get("bottom").asInt() + 26);
            } else {
                grid.put("left", grid.get("left").asInt() + 26);
            }
        }
        if (type.equals("value")) {
            a.put("minInterval", 1);
        }
        return a;
    }

    private static void legend(ObjectNode o) {
        ObjectNode l = o.putObject("legend");
        l.put("top", 24);
        l.put("type", "scroll");
        ((ObjectNode) o.get("grid")).put("top", 64);
    }

    /**
     * Bars per category: one series per entry of {@code series} (name to one value per category). Horizontal bars
     * (categories down the side) read better with long category names.
     */
    static ObjectNode bars(String title, List<String> categories, Map<String, double[]> series, boolean horizontal,
                           String categoryName, String valueName) {
        ObjectNode o = base(title);
        ObjectNode cat = axis(o, horizontal ? "yAxis" : "xAxis", "category", horizontal ? null : categoryName);
        ArrayNode data = cat.putArray("data");
        categories.forEach(data::add);
        if (horizontal) {
            cat.put("inverse", true);
        } else {
            boolean rotate = categories.size() > 8;
            cat.putObject("axisLabel").put("interval", 0).put("hideOverlap", true).put("rotate", rotate ? 30 : 0);
            if (rotate && categoryName != null) {
                // slanted tick labels reach further down than level ones: move the axis name below them
                int longest = categories.stream().mapToInt(String::length).max().orElse(0);
                int drop = Math.min(60, longest * 3);
                cat.put("nameGap", cat.get("nameGap").asInt() + drop);
                ObjectNode grid = (ObjectNode) o.get("grid");
                grid.put("bottom", grid.get("bottom").asInt() + drop);
            }
        }
        axis(o, horizontal ? "xAxis" : "yAxis", "value", valueName);
        ArrayNode s = o.putArray("series");
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            ObjectNode one = s.addObject();
            one.put("name", e.getKey());
            one.put("type", "bar");
            ArrayNode values = one.putArray("data");
            for (double v : e.getValue()) {
                values.add(v);
            }
            if (series.size() == 1) {
                ObjectNode label = one.putObject("label");
                label.put("show", categories.size() <= 24);
                label.put("position", horizontal ? "right" : "top");
            }
        }
        if (series.size() > 1) {
            legend(o);
        }
        return o;
    }

    /** Lines over a category axis: one series per entry of {@code series}; NaN values are left out (gaps). */
    /** Vertical bars with the series stacked on each category (e.g. topics per day), with a legend. */
    static ObjectNode stackedBars(String title, List<String> categories, Map<String, double[]> series,
                                  String categoryName, String valueName) {
        ObjectNode o = bars(title, categories, series, false, categoryName, valueName);
        for (com.fasterxml.jackson.databind.JsonNode one : o.withArrayProperty("series")) {
            ((ObjectNode) one).put("stack", "total");
            ((ObjectNode) one).remove("label");
        }
        if (series.size() == 1) {
            legend(o);
        }
        return o;
    }

    static ObjectNode lines(String title, List<String> xs, Map<String, double[]> series, String xName, String yName,
                            boolean dashedEven) {
        ObjectNode o = base(title);
        ArrayNode data = axis(o, "xAxis", "category", xName).putArray("data");
        xs.forEach(data::add);
        ObjectNode y = axis(o, "yAxis", "value", yName);
        y.remove("minInterval");
        y.put("scale", true);
        ArrayNode s = o.putArray("series");
        int i = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            ObjectNode one = s.addObject();
            one.put("name", e.getKey());
            one.put("type", "line");
            one.put("connectNulls", false);
            one.put("symbolSize", 5);
            ArrayNode values = one.putArray("data");
            for (double v : e.getValue()) {
                if (Double.isNaN(v)) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            }
            if (dashedEven) {
                // pairs (loss, validation loss) share a colour; the second of a pair is dashed
                String colour = PALETTE[(i / 2) % PALETTE.length];
                one.putObject("itemStyle").put("color", colour);
                ObjectNode style = one.putObject("lineStyle").put("color", colour);
                if (i % 2 == 1) {
                    style.put("type", "dashed");
                }
            }
            i++;
        }
        legend(o);
        return o;
    }

    /**
     * A heat map of {@code values[row][column]} with the numbers written in the cells; rows go down the side.
     */
    static ObjectNode heatmap(String title, List<String> columns, List<String> rows, double[][] values,
                              String columnName, String rowName, boolean showNumbers) {
        ObjectNode o = base(title);
        o.putObject("tooltip").put("trigger", "item");
        ((ObjectNode) o.get("grid")).put("bottom", 56);
        ObjectNode x = axis(o, "xAxis", "category", columnName);
        x.put("nameGap", columns.size() > 6 ? 52 : 30);
        columns.forEach(x.putArray("data")::add);
        x.putObject("axisLabel").put("interval", 0).put("rotate", columns.size() > 6 ? 35 : 0);
        ObjectNode y = axis(o, "yAxis", "category", null);
        rows.forEach(y.putArray("data")::add);
        y.put("inverse", true);
        y.putObject("axisLabel").put("interval", 0);
        double max = 0;
        ArrayNode data = HtmlPage.json().createArrayNode();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                ArrayNode cell = data.addArray();
                cell.add(c);
                cell.add(r);
                cell.add(values[r][c]);
                max = Math.max(max, values[r][c]);
            }
        }
        ObjectNode vm = o.putObject("visualMap");
        vm.put("min", 0);
        vm.put("max", max <= 0 ? 1 : max);
        vm.put("calculable", false);
        vm.put("orient", "horizontal");
        vm.put("left", "center");
        vm.put("bottom", 0);
        vm.put("itemHeight", 160);
        vm.putArray("text").add("more").add("fewer");
        ArrayNode colors = vm.putObject("inRange").putArray("color");
        colors.add("#f7fbff");
        colors.add("#6baed6");
        colors.add("#08306b");
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "heatmap");
        s.put("name", title);
        s.set("data", data);
        s.putObject("label").put("show", showNumbers);
        s.putObject("itemStyle").put("borderColor", "#ffffff").put("borderWidth", 1);
        return o;
    }

    /**
     * A reliability diagram: accuracy per confidence bin as bars at the bins' mean confidence, the diagonal of perfect
     * calibration, and the share of articles per bin.
     */
    static ObjectNode reliability(String title, double[] meanConfidence, double[] accuracy, int[] articles) {
        ObjectNode o = base(title);
        o.putObject("tooltip").put("trigger", "item");
        ObjectNode x = axis(o, "xAxis", "value", "confidence of the top topic");
        x.put("min", 0);
        x.put("max", 1);
        x.remove("minInterval");
        ObjectNode y = axis(o, "yAxis", "value", "accuracy");
        y.remove("minInterval");
        y.put("min", 0);
        y.put("max", 1);
        legend(o);
        ArrayNode series = o.putArray("series");
        ObjectNode diag = series.addObject();
        diag.put("name", "perfect calibration");
        diag.put("type", "line");
        diag.put("symbol", "none");
        diag.putObject("lineStyle").put("type", "dashed").put("color", "#8c8c8c");
        diag.putObject("itemStyle").put("color", "#8c8c8c");
        ArrayNode d = diag.putArray("data");
        d.addArray().add(0).add(0);
        d.addArray().add(1).add(1);
        ObjectNode acc = series.addObject();
        acc.put("name", "accuracy per bin (dot size: articles)");
        acc.put("type", "scatter");
        ArrayNode points = acc.putArray("data");
        int most = 1;
        for (int a : articles) {
            most = Math.max(most, a);
        }
        for (int i = 0; i < accuracy.length; i++) {
            if (articles[i] > 0) {
                ObjectNode p = points.addObject();
                p.putArray("value").add(meanConfidence[i]).add(accuracy[i]).add(articles[i]);
                p.put("symbolSize", 6 + 22 * Math.sqrt((double) articles[i] / most));
            }
        }
        ObjectNode line = series.addObject();
        line.put("name", "accuracy");
        line.put("type", "line");
        line.put("symbol", "none");
        line.putObject("itemStyle").put("color", PALETTE[0]);
        ArrayNode l = line.putArray("data");
        for (int i = 0; i < accuracy.length; i++) {
            if (articles[i] > 0) {
                l.addArray().add(meanConfidence[i]).add(accuracy[i]);
            }
        }
        return o;
    }

    /** Sets the chart's value axis ({@code field}) to run from {@code min} to {@code max}. */
    static ObjectNode range(ObjectNode o, String field, double min, double max) {
        ((ObjectNode) o.get(field)).put("min", min).put("max", max);
        return o;
    }
}
