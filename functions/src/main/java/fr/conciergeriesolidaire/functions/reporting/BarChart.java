package fr.conciergeriesolidaire.functions.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bar chart drawn by {@code pages/chart.ftlh}: an inline SVG image (no script, no style attribute: the page's policy
 * allows neither) named by its title and described by its description, holding the bars alone, their geometry
 * computed here; its words (months under the columns, names and values of the rows) are HTML beside it, hidden from
 * screen readers since the description and the table after the chart say the same. Words in HTML stay readable at any
 * width and their contrast is checked like the page's, never over the image; the SVG stretches to its box ({@code
 * preserveAspectRatio="none"}): under the months' names, or beside the rows' words, each row as high as its words
 * (site.css, {@code .chart}).
 */
final class BarChart {
    /** Columns: a slot each, the bar in its middle; the largest reaches the top. */
    private static final int SLOT = 10;

    private static final double COLUMN = 6;
    private static final int COLUMNS_HEIGHT = 50;
    /** Rows: each as high as its words in site.css (2rem = 20 units), its bar beside them. */
    private static final int ROW = 20;

    private static final int BAR_TOP = 5;
    private static final int BAR_HEIGHT = 10;
    private static final int FULL = 100;

    /** One bar: what it is, its value, and its value as words (under it or beside it). */
    record Bar(String label, long value, String valueText) {}

    private BarChart() {}

    /**
     * Columns from left to right; {@code scale} says what the top is worth.
     *
     * @param id unique in the page: the ids of its title and description derive from it
     */
    static Map<String, Object> columns(String id, String title, String description, String scale, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        List<Map<String, String>> shapes = new ArrayList<>();
        for (int index = 0; index < bars.size(); index++) {
            double height = (double) bars.get(index).value() / max * (COLUMNS_HEIGHT - 1);
            shapes.add(Map.of(
                    "x", number(index * SLOT + (SLOT - COLUMN) / 2),
                    "y", number(COLUMNS_HEIGHT - height),
                    "width", number(COLUMN),
                    "height", number(height)));
        }
        Map<String, Object> chart = frame(id, title, description, "columns", bars);
        chart.put("bars", shapes);
        chart.put("scale", scale);
        chart.put("width", Integer.toString(Math.max(1, bars.size()) * SLOT));
        chart.put("height", Integer.toString(COLUMNS_HEIGHT));
        return chart;
    }

    /**
     * Rows from top to bottom, each bar beside its name and value.
     *
     * @param max what a full-width bar is worth (the largest value, or 100 for shares)
     * @param mark a value to draw as a dashed line across the rows (a third of a headcount), or a negative number
     */
    static Map<String, Object> rows(
            String id, String title, String description, List<Bar> bars, long max, double mark) {
        long top = Math.max(1, max);
        List<Map<String, String>> shapes = new ArrayList<>();
        for (int index = 0; index < bars.size(); index++) {
            double width = Math.max(0.5, (double) Math.min(bars.get(index).value(), top) / top * FULL);
            shapes.add(Map.of(
                    "x", "0",
                    "y", Integer.toString(index * ROW + BAR_TOP),
                    "width", number(width),
                    "height", Integer.toString(BAR_HEIGHT)));
        }
        Map<String, Object> chart = frame(id, title, description, "rows", bars);
        chart.put("bars", shapes);
        chart.put("width", Integer.toString(FULL));
        chart.put("height", Integer.toString(Math.max(1, bars.size()) * ROW));
        chart.put("markX", mark < 0 ? "" : number(mark / top * FULL));
        return chart;
    }

    private static Map<String, Object> frame(String id, String title, String description, String kind, List<Bar> bars) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("title", title);
        chart.put("description", description);
        chart.put("kind", kind);
        chart.put(
                "words",
                bars.stream()
                        .map(bar -> Map.of("label", bar.label(), "value", bar.valueText()))
                        .toList());
        return chart;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(Math.round(value * 10), 1).toPlainString();
    }
}
