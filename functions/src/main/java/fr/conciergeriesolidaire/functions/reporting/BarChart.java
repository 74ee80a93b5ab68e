package fr.conciergeriesolidaire.functions.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bar chart drawn by {@code pages/chart.ftlh} as inline SVG (no script, no style attribute: the page's policy allows
 * neither), its geometry computed here: columns (one per month) or rows (one per counter, partner or site). The chart
 * is an image with a title and a description; the page gives its figures in a table too. Its width is a phone's (360
 * units), so that its text stays readable at 360 pixels; wider screens cap it (site.css, {@code .chart}).
 */
final class BarChart {
    static final int WIDTH = 360;
    private static final int COLUMNS_HEIGHT = 220;
    private static final int PLOT_TOP = 28;
    private static final int PLOT_BOTTOM = 190;
    private static final int SIDE = 8;
    private static final int ROW = 42;
    private static final int ROW_TEXT_SPACE = 112;

    /** One bar: what it is, its value, and its value as the chart writes it (empty: not written). */
    record Bar(String label, long value, String valueText) {}

    private BarChart() {}

    /**
     * Columns from left to right, the largest reaching the top; {@code scale} says what the top is worth.
     *
     * @param id unique in the page: the ids of its title and description derive from it
     */
    static Map<String, Object> columns(String id, String title, String description, String scale, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        double slot = (double) (WIDTH - 2 * SIDE) / Math.max(1, bars.size());
        double barWidth = slot * 0.62;
        List<Map<String, String>> shapes = new ArrayList<>();
        for (int index = 0; index < bars.size(); index++) {
            Bar bar = bars.get(index);
            double height = (double) bar.value() / max * (PLOT_BOTTOM - PLOT_TOP);
            double x = SIDE + index * slot + (slot - barWidth) / 2;
            Map<String, String> shape = new LinkedHashMap<>();
            shape.put("x", number(x));
            shape.put("y", number(PLOT_BOTTOM - height));
            shape.put("width", number(barWidth));
            shape.put("height", number(height));
            shape.put("labelX", number(x + barWidth / 2));
            shape.put("labelY", number(PLOT_BOTTOM + 16));
            shape.put("label", bar.label());
            shape.put("valueY", number(PLOT_BOTTOM - height - 4));
            shape.put("value", bar.valueText());
            shapes.add(shape);
        }
        Map<String, Object> chart = frame(id, title, description, COLUMNS_HEIGHT);
        chart.put("kind", "columns");
        chart.put("bars", shapes);
        chart.put("scale", scale);
        chart.put("baseY", number(PLOT_BOTTOM));
        chart.put("right", number(WIDTH - SIDE));
        return chart;
    }

    /**
     * Rows from top to bottom, each named above its bar, its value after it.
     *
     * @param max what a full-width bar is worth (the largest value, or 100 for shares)
     * @param mark a value to draw as a dashed line across the rows (a third of a headcount), or a negative number
     * @param markLabel what the line says, above it
     */
    static Map<String, Object> rows(
            String id, String title, String description, List<Bar> bars, long max, double mark, String markLabel) {
        double full = WIDTH - SIDE - ROW_TEXT_SPACE;
        long top = Math.max(1, max);
        List<Map<String, String>> shapes = new ArrayList<>();
        for (int index = 0; index < bars.size(); index++) {
            Bar bar = bars.get(index);
            double width = Math.max(1, (double) Math.min(bar.value(), top) / top * full);
            int y = PLOT_TOP + index * ROW;
            Map<String, String> shape = new LinkedHashMap<>();
            shape.put("labelY", number(y + 12));
            shape.put("label", bar.label());
            shape.put("x", number(SIDE));
            shape.put("y", number(y + 18));
            shape.put("width", number(width));
            shape.put("height", "14");
            shape.put("valueX", number(SIDE + width + 6));
            shape.put("valueY", number(y + 30));
            shape.put("value", bar.valueText());
            shapes.add(shape);
        }
        int height = PLOT_TOP + Math.max(1, bars.size()) * ROW;
        Map<String, Object> chart = frame(id, title, description, height);
        chart.put("kind", "rows");
        chart.put("bars", shapes);
        chart.put("markX", mark < 0 ? "" : number(SIDE + mark / top * full));
        chart.put("markBottom", number(height - 4));
        chart.put("markLabel", markLabel);
        return chart;
    }

    private static Map<String, Object> frame(String id, String title, String description, int height) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("title", title);
        chart.put("description", description);
        chart.put("width", Integer.toString(WIDTH));
        chart.put("height", Integer.toString(height));
        chart.put("left", number(SIDE));
        return chart;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(Math.round(value * 10), 1).toPlainString();
    }
}
