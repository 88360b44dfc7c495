package org.gongkai.jobs.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines over the years, one per series, on a shared axis from 0; a missing value breaks the line. Every point is a
 * dot with its value as tooltip, so a single year still shows.
 */
final class LineChart {

    /** A series: its name and one value per year (null: none). */
    record Series(String name, List<Double> values) {
    }

    private static final double LEFT = 64;
    private static final double PLOT_HEIGHT = 200;
    private static final double TOP = 24;
    private static final double STEP = 80;
    private static final double LEGEND = 130;

    private LineChart() {
    }

    static String svg(String id, String title, List<String> years, List<Series> series, Axis axis) {
        double plotWidth = Math.max(years.size() - 1, 1) * STEP + 40;
        Svg svg = new Svg(id, LEFT + plotWidth + LEGEND, TOP + PLOT_HEIGHT + 28, title);
        svg.text(0, 14, "start", "caption", title);
        for (int t = 0; t <= axis.ticks(); t++) {
            double y = y(axis, axis.tick(t));
            svg.line(LEFT, y, LEFT + plotWidth, y, "grid").text(LEFT - 4, y + 4, "end", "tick", axis.label(axis.tick(t)));
        }
        for (int i = 0; i < years.size(); i++) {
            svg.text(x(i), TOP + PLOT_HEIGHT + 16, "middle", "label", years.get(i));
        }
        for (int s = 0; s < series.size(); s++) {
            lines(svg, axis, series.get(s).values(), Palette.series(s));
        }
        // Dots after every line, so that no line hides another series' dot and its tooltip.
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            for (int i = 0; i < years.size(); i++) {
                Double value = value(line.values(), i);
                if (value != null) {
                    svg.circle(x(i), y(axis, value), 3.5, Palette.series(s), years.get(i) + " " + line.name() + "："
                            + (axis.percent() ? Html.percent(value) : Html.count(Math.round(value))));
                }
            }
        }
        return svg.legend(series.stream().map(Series::name).toList(), LEFT + plotWidth + 10, TOP + 4).close();
    }

    /** The series as polylines, one per run of years with a value. */
    private static void lines(Svg svg, Axis axis, List<Double> values, String colour) {
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            Double value = value(values, i);
            if (value != null) {
                run.add(new double[]{x(i), y(axis, value)});
            } else {
                if (run.size() > 1) {
                    svg.polyline(run, colour);
                }
                run = new ArrayList<>();
            }
        }
    }

    private static Double value(List<Double> values, int index) {
        Double value = index < values.size() ? values.get(index) : null;
        return value == null || value.isNaN() ? null : value;
    }

    private static double x(int index) {
        return LEFT + 20 + index * STEP;
    }

    private static double y(Axis axis, double value) {
        return TOP + PLOT_HEIGHT * (1 - axis.scale(value));
    }
}
