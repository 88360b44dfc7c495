package org.gongkai.parse;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.Notice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cells a reader found, put in the contract's order: every cell of the format's tables, found or
 * not. A cell the source lacks is {@code missing}; a row or column shown only when printed (2021 （六） as
 * one row, printed subtotals) appears only if it was printed, and a single row replacing sub-rows makes
 * them missing.
 */
final class TableCells {

    private final ReportFormat format;
    private final Map<String, Cell> found = new HashMap<>();
    private final Set<String> printedRows = new HashSet<>();
    private final Set<String> printedColumns = new HashSet<>();
    private final List<Notice> notices = new ArrayList<>();

    TableCells(ReportFormat format) {
        this.format = format;
    }

    ReportFormat format() {
        return format;
    }

    boolean isPrinted(String table, String row) {
        return printedRows.contains(table + "." + row);
    }

    /** Records the cells of one printed row, in the row's column order. */
    void putRow(TableSpec table, RowSpec row, List<Cell> cells) {
        printedRows.add(table.code() + "." + row.code());
        cells.forEach(c -> found.put(c.key(), c));
    }

    /** Records that the report printed a column that exists only when printed. */
    void putColumn(TableSpec table, ColumnSpec column) {
        printedColumns.add(table.code() + "." + column.code());
    }

    private boolean isColumnPrinted(TableSpec table, ColumnSpec column) {
        return printedColumns.contains(table.code() + "." + column.code());
    }

    void notice(String code, String message) {
        notices.add(new Notice(code, message));
    }

    List<Notice> notices() {
        return notices;
    }

    List<Cell> assemble() {
        List<Cell> out = new ArrayList<>();
        for (TableSpec table : format.tables()) {
            table.rows().forEach(row -> recodeAsSubtotal(table, row));
            Set<String> replaced = replacedRows(table);
            for (RowSpec row : table.rows()) {
                boolean printed = isPrinted(table.code(), row.code());
                if (row.onlyWhenPrinted() && !printed) {
                    continue;
                }
                if (!printed && !replaced.contains(row.code())) {
                    notice("ROW_MISSING", "表" + tableNumber(table) + "未找到“" + printedLabel(row) + "”一行：" + table.title()
                            + " has no row " + row.code() + "; its cells are missing");
                }
                for (ColumnSpec column : row.allColumns()) {
                    if (column.onlyWhenPrinted() && !isColumnPrinted(table, column)) {
                        continue;
                    }
                    Cell cell = found.get(table.code() + "." + row.code() + "." + column.code());
                    out.add(cell != null ? cell : Cell.missing(table.code(), row.code(), column.code()));
                }
            }
        }
        return out;
    }

    /**
     * A single row printed together with the sub-rows it would replace (2021 （六）其他处理 above its three
     * sub-rows) is their subtotal: its cells (missing if they could not be placed) move to the subtotal row
     * over those sub-rows. Printed blank, it is only their group label, and no row of its own.
     */
    private void recodeAsSubtotal(TableSpec table, RowSpec row) {
        boolean withSubRows = row.replaces().stream().anyMatch(r -> isPrinted(table.code(), r));
        if (!row.onlyWhenPrinted() || !withSubRows || !isPrinted(table.code(), row.code())) {
            return;
        }
        Optional<RowSpec> subtotal = table.subtotalOver(row.replaces());
        if (subtotal.isEmpty()) {
            return;
        }
        printedRows.remove(table.code() + "." + row.code());
        List<Cell> cells = new ArrayList<>();
        for (ColumnSpec column : row.allColumns()) {
            Cell cell = found.remove(table.code() + "." + row.code() + "." + column.code());
            if (cell != null) {
                cells.add(new Cell(cell.table(), subtotal.get().code(), cell.column(), cell.state(), cell.value(),
                        cell.unit(), cell.raw(), cell.candidates()));
            }
        }
        if (cells.isEmpty() || !cells.stream().allMatch(c -> c.state() == CellState.BLANK)) {
            putRow(table, subtotal.get(), cells);
        }
    }

    private Set<String> replacedRows(TableSpec table) {
        Set<String> replaced = new HashSet<>();
        for (RowSpec row : table.rows()) {
            if (row.onlyWhenPrinted() && isPrinted(table.code(), row.code())) {
                boolean subRowsPrinted = row.replaces().stream().anyMatch(r -> isPrinted(table.code(), r));
                if (!subRowsPrinted) {
                    replaced.addAll(row.replaces());
                    notice("SINGLE_ROW_PRINTED", "表" + tableNumber(table) + "“" + printedLabel(row)
                            + "”印为一行，未分列子项：its sub-rows " + row.replaces() + " are missing");
                }
            }
        }
        return replaced;
    }

    static String printedLabel(RowSpec row) {
        return row.ordinal() + row.label();
    }

    static String tableNumber(TableSpec table) {
        return table.title().substring(0, 1);
    }
}
