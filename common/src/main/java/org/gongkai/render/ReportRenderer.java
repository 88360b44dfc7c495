package org.gongkai.render;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints a normalized report as a published report would look in one layout: title, date, the six
 * sections and the three tables with their official labels. Used to make test and benchmark corpora with
 * known answers. Blank cells print empty (cell lines drop them, as real cell-line text does).
 */
public final class ReportRenderer {

    /** The text layouts a report can be printed in. */
    public enum Style { PIPE_TEXT, MARKDOWN, CELL_LINES, FLATTENED, HTML }

    private final NormalizedReport report;
    private final ReportFormat format;
    private final Map<String, Cell> cells;
    private final Style style;
    private final List<List<String>> rows = new ArrayList<>();

    private ReportRenderer(NormalizedReport report, Style style) {
        this.report = report;
        this.format = FormatCatalog.standard().format(report.format())
                .orElseThrow(() -> new IllegalArgumentException("cannot render format " + report.format()));
        this.cells = report.cells().stream().collect(Collectors.toMap(Cell::key, Function.identity()));
        this.style = style;
    }

    public static String render(NormalizedReport report, Style style) {
        return new ReportRenderer(report, style).render();
    }

    private String render() {
        text(Objects.requireNonNullElse(report.title(), report.agency().name() + report.year() + "年政府信息公开工作年度报告"));
        if (report.publishedOn() != null) {
            text("发布日期：" + report.publishedOn());
        }
        text("一、总体情况");
        text(report.sections().getOrDefault("overview", "本机关认真贯彻落实《中华人民共和国政府信息公开条例》。"));
        for (TableSpec table : format.tables()) {
            text(table.title());
            switch (table.code()) {
                case "appeals" -> appealsTable(table);
                default -> labelledTable(table);
            }
        }
        text("五、存在的主要问题及改进情况");
        text(report.sections().getOrDefault("problems", "无。"));
        text("六、其他需要报告的事项");
        text(report.sections().getOrDefault("other_matters", "无。"));
        return print();
    }

    private void labelledTable(TableSpec table) {
        List<String> header = new ArrayList<>(List.of("项目"));
        table.columns().forEach(c -> header.add(c.label()));
        if (table.code().equals("requests")) {
            header.set(0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
            row(header);
        }
        String group = null;
        for (RowSpec row : table.rows()) {
            if (row.onlyWhenPrinted() && !cells.containsKey(table.code() + "." + row.code() + "."
                    + row.columns().get(0).code())) {
                continue;
            }
            if (!table.code().equals("requests") && row.group() != null && !row.group().equals(group)) {
                group = row.group();
                text(group);
            }
            if (!table.code().equals("requests")) {
                List<String> rowHeader = new ArrayList<>(List.of("信息内容"));
                row.columns().forEach(c -> rowHeader.add(c.label()));
                row(rowHeader);
            }
            List<String> printed = new ArrayList<>(List.of(row.ordinal() + row.label()));
            row.columns().forEach(c -> printed.add(cellText(table, row, c)));
            row(printed);
        }
    }

    private void appealsTable(TableSpec table) {
        row(List.of("行政复议", "行政诉讼"));
        List<String> header = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            table.columns().forEach(c -> header.add(c.label()));
        }
        row(header);
        List<String> values = new ArrayList<>();
        for (RowSpec row : table.rows()) {
            row.columns().forEach(c -> values.add(cellText(table, row, c)));
        }
        row(values);
    }

    private String cellText(TableSpec table, RowSpec row, ColumnSpec column) {
        Cell cell = cells.get(table.code() + "." + row.code() + "." + column.code());
        if (cell == null || cell.state() == CellState.BLANK || cell.state() == CellState.MISSING) {
            return "";
        }
        if (cell.state() == CellState.AMBIGUOUS) {
            throw new IllegalArgumentException("cannot print an ambiguous cell: " + cell.key());
        }
        if (cell.state() == CellState.PLACEHOLDER) {
            return cell.raw() == null || cell.raw().isBlank() ? "-" : cell.raw();
        }
        String unit = cell.unit() != null && !cell.unit().equals(column.unit()) ? cell.unit() : "";
        return cell.value().toPlainString() + unit;
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
            case HTML -> html();
        };
    }

    private String joinRows(Function<List<String>, String> line) {
        return rows.stream().map(line).collect(Collectors.joining("\n")) + "\n";
    }

    private String html() {
        StringBuilder out = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(rows.get(0).get(0))).append("</title></head><body>\n");
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
            r.forEach(c -> out.append("<td>").append(c.isEmpty() ? "&nbsp;" : escape(c)).append("</td>"));
            out.append("</tr>\n");
        }
        return out.append(inTable ? "</table>\n" : "").append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
