package org.gongkai.jobs.report;

import java.math.BigDecimal;
import java.util.List;

import static org.gongkai.jobs.report.Html.escape;

/**
 * An HTML table: a header row and body rows of {@link Cell}s. A sortable table sorts by a column when its header is
 * clicked (the page's script), by each cell's sort key: the number itself, not the formatted text.
 */
final class HtmlTable {

    /** A cell: its text (escaped here), a numeric sort key or null, a CSS class, a style and a tooltip. */
    record Cell(String text, Double sortKey, String cssClass, String style, String title) {

        static Cell text(String text) {
            return new Cell(text, null, null, null, null);
        }

        static Cell count(Long value) {
            return new Cell(Html.count(value), value == null ? null : value.doubleValue(), "num", null, null);
        }

        static Cell percent(Double share) {
            return new Cell(Html.percent(share), share, "num", null, null);
        }

        static Cell decimal(Double value) {
            return new Cell(Html.decimal(value), value, "num", null, null);
        }

        Cell withClass(String css) {
            return new Cell(text, sortKey, cssClass == null ? css : cssClass + " " + css, style, title);
        }

        Cell withStyle(String css) {
            return new Cell(text, sortKey, cssClass, css, title);
        }

        Cell withTitle(String tooltip) {
            return new Cell(text, sortKey, cssClass, style, tooltip);
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final boolean sortable;

    HtmlTable(String id, boolean sortable, List<Cell> header) {
        this.sortable = sortable;
        out.append("<div class=\"scroll\"><table id=\"").append(escape(id)).append('"')
                .append(sortable ? " class=\"sortable\"" : "").append(">\n<thead><tr>");
        for (Cell cell : header) {
            out.append("<th").append(attributes(cell)).append('>').append(escape(cell.text())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
    }

    HtmlTable row(List<Cell> cells) {
        out.append("<tr>");
        for (Cell cell : cells) {
            out.append("<td").append(attributes(cell));
            if (sortable && cell.sortKey() != null && Double.isFinite(cell.sortKey())) {
                out.append(" data-sort=\"").append(BigDecimal.valueOf(cell.sortKey()).stripTrailingZeros().toPlainString()).append('"');
            }
            out.append('>').append(escape(cell.text())).append("</td>");
        }
        out.append("</tr>\n");
        return this;
    }

    String close() {
        return out.append("</tbody></table></div>\n").toString();
    }

    private static String attributes(Cell cell) {
        StringBuilder attributes = new StringBuilder();
        if (cell.cssClass() != null) {
            attributes.append(" class=\"").append(escape(cell.cssClass())).append('"');
        }
        if (cell.style() != null) {
            attributes.append(" style=\"").append(escape(cell.style())).append('"');
        }
        if (cell.title() != null) {
            attributes.append(" title=\"").append(escape(cell.title())).append('"');
        }
        return attributes.toString();
    }
}
