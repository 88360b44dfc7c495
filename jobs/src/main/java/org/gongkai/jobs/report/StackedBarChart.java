package org.gongkai.jobs.report;

import java.util.List;

/**
 * One column per category (year), split into the shares of its parts (outcome groups) so that years of different
 * volume compare; each segment's tooltip gives the count and the share. A category whose parts sum to 0 is left empty.
 */
final class StackedBarChart {

    /** A category and its parts' values, in the order of the series names (null counts as 0). */
    record Column(String label, List<Long> values) {
    }

    private static final double LEFT = 44;
    private static final double PLOT_HEIGHT = 220;
    private static final double TOP = 24;
    private static final double COLUMN = 56;
    private static final double GAP = 28;
    private static final double LEGEND = 96;

    private StackedBarChart() {
    }

    static String svg(String id, String title, List<String> series, List<Column> columns) {
        double plotWidth = Math.max(columns.size(), 1) * (COLUMN + GAP) + GAP;
        Svg svg = new Svg(id, LEFT + plotWidth + LEGEND, TOP + PLOT_HEIGHT + 28, title);
        svg.text(0, 14, "start", "caption", title);
        Axis axis = Axis.shares(1);
        for (int t = 0; t <= axis.ticks(); t++) {
            double y = TOP + PLOT_HEIGHT * (1 - axis.scale(axis.tick(t)));
            svg.line(LEFT, y, LEFT + plotWidth, y, "grid").text(LEFT - 4, y + 4, "end", "tick", axis.label(axis.tick(t)));
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            double x = LEFT + GAP + c * (COLUMN + GAP);
            long total = column.values().stream().mapToLong(v -> v == null ? 0 : v).sum();
            double bottom = TOP + PLOT_HEIGHT;
            for (int s = 0; s < series.size() && total > 0; s++) {
                long value = column.values().get(s) == null ? 0 : column.values().get(s);
                double share = (double) value / total;
                double height = PLOT_HEIGHT * share;
                bottom -= height;
                svg.rect(x, bottom, COLUMN, height, Palette.series(s), column.label() + " " + series.get(s) + "："
                        + Html.count(value) + "（" + Html.percent(share) + "）");
            }
            svg.text(x + COLUMN / 2, TOP + PLOT_HEIGHT + 16, "middle", "label", column.label());
        }
        return svg.legend(series, LEFT + plotWidth + 10, TOP + 4).close();
    }
}
