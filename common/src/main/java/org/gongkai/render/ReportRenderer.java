package org.gongkai.render;

import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.NormalizedReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lays out a report as a published report would look in one layout: title, date, the six sections and the
 * three tables, with the labels and cell texts its {@link PrintSheet} decided. The one place that prints
 * reports; {@link ReportPrinter} decides what to print (and the noise), this class only how it looks.
 * Empty cells are dropped in cell lines, as real cell-line text does.
 */
public final class ReportRenderer {

    /** The text layouts a report can be printed in. */
    public enum Style {
        PIPE_TEXT, MARKDOWN, CELL_LINES, FLATTENED, HTML;

        /** The contract's layout code (source.layout). */
        public String layout() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The file extension a report in this layout is saved with. */
        public String extension() {
            return switch (this) {
                case MARKDOWN -> "md";
                case HTML -> "html";
                default -> "txt";
            };
        }
    }

    private static final String NBSP = "\u00a0";

    private final PrintSheet sheet;
    private final Style style;
    private final List<List<String>> rows = new ArrayList<>();

    private ReportRenderer(PrintSheet sheet, Style style) {
        this.sheet = sheet;
        this.style = style;
    }

    /** The report printed without noise, as UTF-8 text. */
    public static String render(NormalizedReport report, Style style) {
        return ReportPrinter.plainText(report, style);
    }

    /** The sheet laid out in a style; an HTML page is wrapped in the given chrome. */
    static String render(PrintSheet sheet, Style style, SiteChrome chrome) {
        ReportRenderer renderer = new ReportRenderer(sheet, style);
        renderer.layOut();
        return style == Style.HTML ? renderer.html(chrome) : renderer.print();
    }

    private void layOut() {
        text(sheet.title());
        if (sheet.publishedOn() != null) {
            text("发布日期：" + sheet.publishedOn());
        }
        text("一、总体情况");
        sheet.overview().forEach(this::text);
        for (TableSpec table : sheet.format().tables()) {
            if (table.code().equals("appeals")) {
                appealsTable(table);
            } else {
                text(table.title());
                labelledTable(table);
            }
        }
        text("五、存在的主要问题及改进情况");
        sheet.problems().forEach(this::text);
        text("六、其他需要报告的事项");
        sheet.otherMatters().forEach(this::text);
    }

    private void labelledTable(TableSpec table) {
        boolean requests = table.code().equals("requests");
        if (requests) {
            row(header(table, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", sheet.columns(table)
                    .stream().map(c -> c.code()).toList()));
        }
        String group = null;
        for (RowSpec row : table.rows()) {
            if (!sheet.printsRow(table.code(), row.code())) {
                continue;
            }
            if (!requests && row.group() != null && !row.group().equals(group)) {
                group = row.group();
                text(group);
            }
            if (!requests) {
                row(header(table, "信息内容", sheet.columns(table, row).stream().map(c -> c.code()).toList()));
            }
            List<String> printed = new ArrayList<>(List.of(sheet.rowLabel(table.code(), row.code())));
            sheet.columns(table, row).forEach(c -> printed.add(sheet.cellText(table.code(), row.code(), c.code())));
            row(printed);
        }
    }

    private List<String> header(TableSpec table, String first, List<String> columns) {
        List<String> header = new ArrayList<>(List.of(first));
        columns.forEach(c -> header.add(sheet.columnLabel(table.code(), c)));
        return header;
    }

    /** Table 四: a merged two-level header and the 15 values in one row, as the official form prints it. */
    private void appealsTable(TableSpec table) {
        if (!table.rows().stream().allMatch(r -> sheet.printsRow(table.code(), r.code()))) {
            return;
        }
        text(table.title());
        row(List.of("行政复议", "行政诉讼"));
        List<String> header = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (RowSpec row : table.rows()) {
            row.columns().forEach(c -> header.add(sheet.columnLabel(table.code(), c.code())));
            row.columns().forEach(c -> values.add(sheet.cellText(table.code(), row.code(), c.code())));
        }
        row(header);
        row(values);
    }

    private void text(String line) {
        rows.add(List.of(line));
    }

    private void row(List<String> cells) {
        rows.add(cells);
    }

    private String print() {
        return switch (style) {
            case PIPE_TEXT -> joinRows(r -> String.join(" | ", r) + (r.size() > 1 ? " |" : ""));
            case MARKDOWN -> joinRows(r -> r.size() == 1 ? r.get(0) + "\n"
                    : "| " + String.join(" | ", r) + " |\n|" + "---|".repeat(r.size()));
            case CELL_LINES -> joinRows(r -> r.stream().filter(c -> !c.isEmpty()).collect(Collectors.joining("\n")));
            case FLATTENED -> rows.stream().map(r -> String.join("", r)).collect(Collectors.joining());
            case HTML -> throw new IllegalStateException("HTML is printed with its chrome");
        };
    }

    private String joinRows(Function<List<String>, String> line) {
        return rows.stream().map(line).collect(Collectors.joining("\n")) + "\n";
    }

    private String html(SiteChrome chrome) {
        StringBuilder out = new StringBuilder("<html><head>")
                .append(chrome.head())
                .append("<title>").append(escape(rows.get(0).get(0))).append("</title></head><body>\n")
                .append(chrome.header());
        boolean inTable = false;
        for (List<String> r : rows) {
            if (r.size() == 1) {
                if (inTable) {
                    out.append("</table>\n");
                    inTable = false;
                }
                out.append("<p>").append(escape(r.get(0))).append("</p>\n");
                continue;
            }
            if (!inTable) {
                out.append("<table border=\"1\">\n");
                inTable = true;
            }
            out.append("<tr>");
            r.forEach(c -> out.append("<td>").append(c.isEmpty() ? "" : escape(c)).append("</td>"));
            out.append("</tr>\n");
        }
        return out.append(inTable ? "</table>\n" : "").append(chrome.footer())
                .append("</body></html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(NBSP, "&nbsp;");
    }
}
