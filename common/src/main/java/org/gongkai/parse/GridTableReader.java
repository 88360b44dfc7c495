package org.gongkai.parse;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.LabelText;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Cell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the official tables from rows of cells (pipe text, Markdown, cell lines, HTML, PDF). A row is
 * recognised by its label, whatever its position; its value cells are those after the label. Table 四 has
 * no row labels: its 15 cells are the value cells that follow its header, in printed order. A table whose
 * header prints an extra subtotal column among its items ({@link PrintedColumns}) is read once all its rows
 * are known: with that column if its rows carry it, else as the catalog lays the table out.
 */
final class GridTableReader {

    private static final int MARKER_MAX_LENGTH = 40;
    private static final String APPEALS = "appeals";

    private enum Region { TABLES, APPEALS, AFTER }

    /** A row of a table read once all its rows are known. */
    private record PendingRow(TableSpec table, RowSpec row, List<String> printed) {
    }

    private final TableCells out;
    private final LabelMatcher matcher;
    private final TableSpec appeals;
    private final List<String> appealCells = new ArrayList<>();
    private final List<TableSpec> widenable;
    private final Map<String, PrintedColumns> widened = new LinkedHashMap<>();
    private final List<PendingRow> pending = new ArrayList<>();
    private Region region = Region.TABLES;
    private boolean requestsSeen;

    private GridTableReader(TableCells out) {
        this.out = out;
        this.matcher = LabelMatcher.of(out.format());
        this.appeals = out.format().table(APPEALS);
        this.widenable = out.format().tables().stream().filter(t -> !t.columnsOnlyWhenPrinted().isEmpty()).toList();
    }

    static void read(List<GridRow> rows, TableCells out) {
        GridTableReader reader = new GridTableReader(out);
        rows.forEach(reader::readRow);
        reader.placePendingRows();
        reader.finishAppeals();
    }

    private void readRow(GridRow row) {
        List<String> cells = row.cells();
        int lastLabel = lastLabelIndex(cells);
        updateRegion(cells, lastLabel);
        if (region == Region.TABLES) {
            noteHeader(cells.subList(0, lastLabel + 1));
        }
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

    /** A header row printing a subtotal column among its items (3 labels at least: the corner may be one). */
    private void noteHeader(List<String> labels) {
        if (labels.size() < 3) {
            return;
        }
        for (TableSpec table : widenable) {
            if (!widened.containsKey(table.code())) {
                PrintedColumns.fromHeader(table, labels).ifPresent(p -> widened.put(table.code(), p));
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
            // Only rows of blank cells need telling apart from a header row or a group label.
            if (ref.isPresent() && allBlank
                    && (matcher.isColumnHeading(cells.get(i)) || isEmptyGroupLabel(ref.get().row(), values))) {
                return;
            }
            if (ref.isPresent()) {
                requestsSeen |= ref.get().table().code().equals("requests");
                putRow(ref.get().table(), ref.get().row(), values);
                return;
            }
        }
    }

    /**
     * A group label printed over empty merged cells, not a row: （三）不予公开 without numbers (a subtotal
     * printed empty is no subtotal), or （六）其他处理 with too few cells for its single-row form.
     */
    private static boolean isEmptyGroupLabel(RowSpec row, List<String> blankValues) {
        return row.isSubtotal() || (!row.replaces().isEmpty() && blankValues.size() < row.columns().size());
    }

    private void putRow(TableSpec table, RowSpec row, List<String> printed) {
        boolean pendingAlready = pending.stream().anyMatch(p -> p.table() == table && p.row() == row);
        if (out.isPrinted(table.code(), row.code()) || pendingAlready) {
            out.notice("ROW_REPEATED", "表" + TableCells.tableNumber(table) + "“" + TableCells.printedLabel(row)
                    + "”出现多次，取第一次：row " + row.code() + " is printed more than once; the first is kept");
            return;
        }
        if (widened.containsKey(table.code())) {
            pending.add(new PendingRow(table, row, printed));
            return;
        }
        placeRow(table, row, printed, row.columns());
    }

    private void placeRow(TableSpec table, RowSpec row, List<String> printed, List<ColumnSpec> columns) {
        List<String> values = trimBlankEdges(printed, columns.size());
        if (values.size() != columns.size()) {
            out.notice("ROW_CELL_COUNT", "表" + TableCells.tableNumber(table) + "“" + TableCells.printedLabel(row)
                    + "”应有" + columns.size() + "格，印有" + values.size() + "格：cells of row " + row.code()
                    + " cannot be placed and are missing");
            out.putRow(table, row, List.of());
            return;
        }
        out.putRow(table, row, readCells(table, row.code(), columns, values));
    }

    /**
     * Reads the rows of tables whose header named an extra column: with that column if some row has a cell
     * too many for the catalog's layout (an empty cell at the edge may be a layout leftover, so it does not
     * count), else (the header misled) as the catalog lays the rows out. Once the column is known to be
     * printed, a row short of a cell cannot say which one it lacks, and is missing.
     */
    private void placePendingRows() {
        widened.forEach((tableCode, columns) -> {
            List<PendingRow> rows = pending.stream().filter(p -> p.table().code().equals(tableCode)).toList();
            boolean printed = rows.stream().anyMatch(p -> columns.widens(p.row())
                    && fits(p.printed(), columns.of(p.row())) && !fits(p.printed(), p.row().columns()));
            if (printed) {
                columns.extra().forEach(c -> out.putColumn(columns.table(), c));
            }
            rows.forEach(p -> placeRow(p.table(), p.row(), p.printed(), printed ? columns.of(p.row()) : p.row().columns()));
        });
    }

    private static boolean fits(List<String> printed, List<ColumnSpec> columns) {
        return trimBlankEdges(printed, columns.size()).size() == columns.size();
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
