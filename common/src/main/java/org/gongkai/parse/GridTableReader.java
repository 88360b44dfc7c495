package org.gongkai.parse;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.LabelText;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the official tables from rows of cells (pipe text, Markdown, cell lines, HTML, PDF). A row is
 * recognised by its label, whatever its position; its value cells are those after the label. Table 四 has
 * no row labels: its 15 cells are the value cells that follow its header, in printed order.
 */
final class GridTableReader {

    private static final int MARKER_MAX_LENGTH = 40;
    private static final String APPEALS = "appeals";

    private enum Region { TABLES, APPEALS, AFTER }

    private final TableCells out;
    private final LabelMatcher matcher;
    private final TableSpec appeals;
    private final List<String> appealCells = new ArrayList<>();
    private Region region = Region.TABLES;
    private boolean requestsSeen;

    private GridTableReader(TableCells out) {
        this.out = out;
        this.matcher = LabelMatcher.of(out.format());
        this.appeals = out.format().table(APPEALS);
    }

    static void read(List<GridRow> rows, TableCells out) {
        GridTableReader reader = new GridTableReader(out);
        rows.forEach(reader::readRow);
        reader.finishAppeals();
    }

    private void readRow(GridRow row) {
        List<String> cells = row.cells();
        int lastLabel = lastLabelIndex(cells);
        updateRegion(cells, lastLabel);
        List<String> values = cells.subList(lastLabel + 1, cells.size());
        switch (region) {
            case TABLES -> readLabelledRow(cells, lastLabel, values);
            case APPEALS -> collectAppealCells(values);
            case AFTER -> { }
        }
    }

    private static int lastLabelIndex(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!PrintedCell.isValueLike(cells.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void updateRegion(List<String> cells, int lastLabel) {
        for (int i = 0; i <= lastLabel; i++) {
            String cell = cells.get(i);
            if (cell.length() > 2 * MARKER_MAX_LENGTH || !(cell.contains("复议") || cell.contains("结果")
                    || cell.contains("五") || cell.contains("问题"))) {
                continue;
            }
            String text = LabelText.normalize(cell);
            if (text.length() > MARKER_MAX_LENGTH) {
                continue;
            }
            if (region == Region.TABLES && requestsSeen && (text.contains("行政复议") || text.contains("结果维持"))) {
                region = Region.APPEALS;
            } else if (region == Region.APPEALS && (text.startsWith("五、") || text.contains("存在的主要问题"))) {
                region = Region.AFTER;
            }
        }
    }

    private void readLabelledRow(List<String> cells, int lastLabel, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        boolean allBlank = values.stream().allMatch(PrintedCell::isBlank);
        for (int i = lastLabel; i >= 0; i--) {
            Optional<LabelMatcher.RowRef> ref = matcher.match(cells.get(i));
            // Only rows of blank cells need telling apart from a header row.
            if (ref.isPresent() && allBlank && matcher.isColumnHeading(cells.get(i))) {
                return;
            }
            if (ref.isPresent()) {
                requestsSeen |= ref.get().table().code().equals("requests");
                putRow(ref.get().table(), ref.get().row(), values);
                return;
            }
        }
    }

    private void putRow(TableSpec table, RowSpec row, List<String> printed) {
        if (out.isPrinted(table.code(), row.code())) {
            out.notice("ROW_REPEATED", "表" + TableCells.tableNumber(table) + "“" + TableCells.printedLabel(row)
                    + "”出现多次，取第一次：row " + row.code() + " is printed more than once; the first is kept");
            return;
        }
        List<String> values = trimBlankEdges(printed, row.columns().size());
        if (values.size() != row.columns().size()) {
            out.notice("ROW_CELL_COUNT", "表" + TableCells.tableNumber(table) + "“" + TableCells.printedLabel(row)
                    + "”应有" + row.columns().size() + "格，印有" + values.size() + "格：cells of row " + row.code()
                    + " cannot be placed and are missing");
            out.putRow(table, row, List.of());
            return;
        }
        out.putRow(table, row, readCells(table, row.code(), row.columns(), values));
    }

    /** Drops empty layout cells (merged-header leftovers) at either end while there are too many cells. */
    private static List<String> trimBlankEdges(List<String> values, int expected) {
        int from = 0;
        int to = values.size();
        while (to - from > expected && PrintedCell.isBlank(values.get(to - 1))) {
            to--;
        }
        while (to - from > expected && PrintedCell.isBlank(values.get(from))) {
            from++;
        }
        return values.subList(from, to);
    }

    private static List<Cell> readCells(TableSpec table, String rowCode, List<ColumnSpec> columns, List<String> values) {
        List<Cell> cells = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            PrintedCell.Reading r = PrintedCell.read(values.get(i), columns.get(i));
            cells.add(new Cell(table.code(), rowCode, columns.get(i).code(), r.state(), r.value(), r.unit(),
                    r.raw(), List.of()));
        }
        return cells;
    }

    private void collectAppealCells(List<String> values) {
        int needed = appeals.standardCellCount();
        if (appealCells.size() >= needed) {
            return;
        }
        boolean anyValue = values.stream().anyMatch(v -> !PrintedCell.isBlank(v));
        boolean blankGroup = values.size() == appeals.columns().size() || values.size() == needed;
        if (anyValue || blankGroup) {
            appealCells.addAll(values);
        }
    }

    private void finishAppeals() {
        int needed = appeals.standardCellCount();
        if (appealCells.isEmpty()) {
            return;
        }
        List<String> values = trimBlankEdges(appealCells, needed);
        if (values.size() != needed) {
            out.notice("APPEALS_CELL_COUNT", "表四应有" + needed + "格，找到" + values.size()
                    + "格：the cells of table 四 cannot be placed and are missing");
            return;
        }
        int width = appeals.columns().size();
        for (int r = 0; r < appeals.rows().size(); r++) {
            RowSpec row = appeals.rows().get(r);
            out.putRow(appeals, row, readCells(appeals, row.code(), row.columns(),
                    values.subList(r * width, (r + 1) * width)));
        }
    }
}
