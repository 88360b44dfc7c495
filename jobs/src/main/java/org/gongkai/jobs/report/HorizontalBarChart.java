package org.gongkai.jobs.report;

import java.util.List;

/** One bar per label (provinces by name), longest value the full width; a missing value draws no bar. */
final class HorizontalBarChart {

    /** A bar: its label, its value (null: none) and how the value is printed. */
    record Bar(String label, Double value, String text) {
    }

    private static final double LABEL_WIDTH = 120;
    private static final double BAR_WIDTH = 250;
    private static final double ROW = 20;
    private static final double TOP = 24;

    private HorizontalBarChart() {
    }

    static String svg(String id, String title, List<Bar> bars, Axis axis, String colour) {
        double height = TOP + ROW * bars.size() + 8;
        Svg svg = new Svg(id, LABEL_WIDTH + BAR_WIDTH + 90, height, title);
        svg.text(0, 14, "start", "caption", title);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            svg.text(LABEL_WIDTH - 6, y + 13, "end", "label", bar.label());
            if (bar.value() != null) {
                double width = BAR_WIDTH * axis.scale(bar.value());
                svg.rect(LABEL_WIDTH, y + 3, width, ROW - 6, colour, bar.label() + "：" + bar.text());
                svg.text(LABEL_WIDTH + width + 4, y + 13, "start", "value", bar.text());
            } else {
                svg.text(LABEL_WIDTH + 4, y + 13, "start", "value", bar.text());
            }
        }
        return svg.close();
    }
}
