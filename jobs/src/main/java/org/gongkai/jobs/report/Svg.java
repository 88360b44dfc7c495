package org.gongkai.jobs.report;

import java.util.List;

import static org.gongkai.jobs.report.Html.escape;
import static org.gongkai.jobs.report.Html.number;

/**
 * A small SVG writer for the report's charts: an element per call, text escaped, coordinates in user units of a
 * fixed viewBox (the chart scales with the page). A {@code <title>} child is the browser's own tooltip.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    /** Opens a chart of the given size in user units; {@code label} names it for screen readers. */
    Svg(String id, double width, double height, String label) {
        out.append("<svg class=\"chart\" id=\"").append(escape(id)).append("\" viewBox=\"0 0 ").append(number(width))
                .append(' ').append(number(height)).append("\" role=\"img\" aria-label=\"").append(escape(label))
                .append("\" style=\"max-width:").append(number(width)).append("px\">\n");
    }

    Svg rect(double x, double y, double width, double height, String fill, String title) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(Math.max(0, width))).append("\" height=\"").append(number(Math.max(0, height)))
                .append("\" fill=\"").append(fill).append('"');
        return closeWithTitle("rect", title);
    }

    Svg circle(double x, double y, double radius, String fill, String title) {
        out.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y)).append("\" r=\"")
                .append(number(radius)).append("\" fill=\"").append(fill).append('"');
        return closeWithTitle("circle", title);
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
                .append(number(x2)).append("\" y2=\"").append(number(y2)).append("\" class=\"").append(cssClass)
                .append("\"/>\n");
        return this;
    }

    /** A line through the points, each {x, y}. */
    Svg polyline(List<double[]> points, String stroke) {
        out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(stroke).append("\" points=\"");
        for (double[] point : points) {
            out.append(number(point[0])).append(',').append(number(point[1])).append(' ');
        }
        out.setLength(out.length() - 1);
        out.append("\"/>\n");
        return this;
    }

    /** Text anchored at start, middle or end. */
    Svg text(double x, double y, String anchor, String cssClass, String text) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cssClass).append("\">").append(escape(text))
                .append("</text>\n");
        return this;
    }

    /** A colour key: a swatch and a name per series, from the top down. */
    Svg legend(List<String> names, double x, double top) {
        for (int s = 0; s < names.size(); s++) {
            double y = top + s * 18;
            rect(x, y, 12, 12, Palette.series(s), null).text(x + 16, y + 10, "start", "label", names.get(s));
        }
        return this;
    }

    String close() {
        return out.append("</svg>\n").toString();
    }

    private Svg closeWithTitle(String element, String title) {
        if (title == null) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(escape(title)).append("</title></").append(element).append(">\n");
        }
        return this;
    }
}
