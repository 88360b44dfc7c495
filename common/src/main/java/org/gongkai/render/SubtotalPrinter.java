package org.gongkai.render;

import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Prints the subtotals some reports add to a table (FORMAT_SPEC §5: the "28-row" and "28×8" variants of
 * table 三): group rows such as （三）不予公开 with the sums of their items, and 法人或其他组织 as its own column
 * beside its items. The sums are those of the truth's cells (a cell that is not a number counts 0) and each
 * printed cell takes the usual noise. The expected cells follow what a reader can know: a subtotal row
 * printed all blank is only its group's label (no row), a row whose items were not all printed gets no
 * subtotal, and in cell lines a row that lost an empty cell is missing.
 */
final class SubtotalPrinter {

    private static final String NBSP = "\u00a0";

    private final TableSpec table;
    private final ReportRenderer.Style style;
    private final Map<String, Cell> truthCells;
    private final Map<String, String> rowLabels;
    private final Map<String, String> columnLabels;
    private final Map<String, String> cellTexts;
    private final Map<String, Cell> expectedCells;

    /** The maps are the printer's, and this class adds the subtotals' labels, texts and expected cells to them. */
    SubtotalPrinter(TableSpec table, ReportRenderer.Style style, Map<String, Cell> truthCells,
                    Map<String, String> rowLabels, Map<String, String> columnLabels, Map<String, String> cellTexts,
                    Map<String, Cell> expectedCells) {
        this.table = table;
        this.style = style;
        this.truthCells = truthCells;
        this.rowLabels = rowLabels;
        this.columnLabels = columnLabels;
        this.cellTexts = cellTexts;
        this.expectedCells = expectedCells;
    }

    /**
     * Prints the subtotal rows and/or the subtotal column the table has.
     *
     * @return the table's value columns in printed order, if it printed a subtotal column
     */
    Optional<List<ColumnSpec>> print(boolean rows, boolean column, LabelPrinter labels, CellPrinter cells,
                                     Random random) {
        List<RowSpec> subtotalRows = rows ? printRows(labels, cells) : List.of();
        Optional<List<ColumnSpec>> order = column ? printColumn(labels, cells, random) : Optional.empty();
        if (subtotalRows.isEmpty() && order.isEmpty()) {
            return order;
        }
        List<ColumnSpec> printedColumns = order.orElse(table.columns());
        subtotalRows.stream().filter(r -> allBlank(r, printedColumns)).forEach(this::forget);
        if (style == ReportRenderer.Style.CELL_LINES) {
            table.rows().stream().filter(this::printed).filter(r -> lostACell(r, printedColumns))
                    .forEach(this::markMissing);
        }
        return order;
    }

    /** Subtotal rows whose items were all printed, above them (the renderer prints rows in catalog order). */
    private List<RowSpec> printRows(LabelPrinter labels, CellPrinter cells) {
        List<RowSpec> printed = new ArrayList<>();
        for (RowSpec row : table.rows()) {
            if (!row.isSubtotal() || !row.subtotalOf().stream().allMatch(item -> printed(table.row(item).orElseThrow()))) {
                continue;
            }
            rowLabels.put(table.code() + "." + row.code(), labels.row(row));
            row.columns().forEach(column -> printCell(row, column, cells));
            printed.add(row);
        }
        return printed;
    }

    /**
     * The subtotal column, after its items or before them (after 自然人), in every row that has it: printed
     * where its row is printed, missing where the row was dropped.
     */
    private Optional<List<ColumnSpec>> printColumn(LabelPrinter labels, CellPrinter cells, Random random) {
        Optional<ColumnSpec> subtotal = table.columnsOnlyWhenPrinted().stream().filter(ColumnSpec::isSubtotal)
                .findFirst();
        if (subtotal.isEmpty()) {
            return Optional.empty();
        }
        ColumnSpec column = subtotal.get();
        columnLabels.put(table.code() + "." + column.code(), labels.column(column));
        List<ColumnSpec> order = new ArrayList<>(table.columns());
        List<String> items = column.subtotalOf();
        int firstItem = order.indexOf(table.column(items.get(0)).orElseThrow());
        int lastItem = order.indexOf(table.column(items.get(items.size() - 1)).orElseThrow());
        order.add(random.nextBoolean() ? firstItem : lastItem + 1, column);
        for (RowSpec row : table.rows()) {
            if (!row.allColumns().contains(column)) {
                continue;
            }
            if (printed(row)) {
                printCell(row, column, cells);
            } else if (expectedCells.containsKey(key(row, row.columns().get(0)))) {
                expectedCells.put(key(row, column), Cell.missing(table.code(), row.code(), column.code()));
            }
        }
        return Optional.of(List.copyOf(order));
    }

    private void printCell(RowSpec row, ColumnSpec column, CellPrinter cells) {
        BigDecimal sum = sum(row, column);
        Cell truth = new Cell(table.code(), row.code(), column.code(), CellState.NUMBER, sum,
                column.kind() == ColumnKind.AMOUNT ? column.unit() : null, sum.toPlainString(), List.of());
        PrintedValue printed = cells.print(truth, table.code(), column);
        cellTexts.put(key(row, column), printed.text());
        expectedCells.put(key(row, column), printed.expected());
    }

    /** The correct value of a cell: the truth's, or the sum of a subtotal's items (a subtotal of subtotals too). */
    private BigDecimal sum(RowSpec row, ColumnSpec column) {
        if (row.isSubtotal()) {
            return row.subtotalOf().stream().map(item -> sum(table.row(item).orElseThrow(), column))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        if (column.isSubtotal()) {
            return column.subtotalOf().stream().map(item -> sum(row, table.column(item).orElseThrow()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        Cell cell = truthCells.get(key(row, column));
        return cell != null && cell.state() == CellState.NUMBER ? cell.value() : BigDecimal.ZERO;
    }

    private boolean printed(RowSpec row) {
        return rowLabels.containsKey(table.code() + "." + row.code());
    }

    private boolean allBlank(RowSpec row, List<ColumnSpec> printedColumns) {
        return texts(row, printedColumns).stream().allMatch(t -> t.isEmpty() || t.equals(NBSP));
    }

    /** Cell lines print no line for an empty cell: the row's cells can no longer be placed. */
    private boolean lostACell(RowSpec row, List<ColumnSpec> printedColumns) {
        return texts(row, printedColumns).stream().anyMatch(String::isEmpty);
    }

    private List<String> texts(RowSpec row, List<ColumnSpec> printedColumns) {
        return printedColumns.stream().filter(row.allColumns()::contains).map(c -> cellTexts.get(key(row, c))).toList();
    }

    /** A subtotal row printed all blank is read as its group's label: it has no cells. */
    private void forget(RowSpec row) {
        row.allColumns().forEach(c -> expectedCells.remove(key(row, c)));
    }

    private void markMissing(RowSpec row) {
        row.allColumns().stream().filter(c -> expectedCells.containsKey(key(row, c)))
                .forEach(c -> expectedCells.put(key(row, c), Cell.missing(table.code(), row.code(), c.code())));
    }

    private String key(RowSpec row, ColumnSpec column) {
        return table.code() + "." + row.code() + "." + column.code();
    }
}
