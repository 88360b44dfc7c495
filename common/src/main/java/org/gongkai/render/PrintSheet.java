package org.gongkai.render;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;

import java.util.List;
import java.util.Map;

/**
 * Everything a report prints, decided before it is laid out: the paragraphs of its sections and the
 * printed text of every label and cell. Keys are {@code table.row} for rows, {@code table.column} for column
 * headers and {@code table.row.column} for cells; a row without a label is not printed.
 *
 * @param publishedOn    ISO date printed under the title, or null
 * @param printedColumns by table code, the value columns in printed order of a table printed with a column
 *                       the catalog's standard layout does not have (法人或其他组织 as its own column)
 */
record PrintSheet(ReportFormat format, String title, String publishedOn, List<String> overview,
                  List<String> problems, List<String> otherMatters, Map<String, String> rowLabels,
                  Map<String, String> columnLabels, Map<String, String> cellTexts,
                  Map<String, List<ColumnSpec>> printedColumns) {

    /** The table's value columns in printed order. */
    List<ColumnSpec> columns(TableSpec table) {
        return printedColumns.getOrDefault(table.code(), table.columns());
    }

    /** The row's value columns in printed order. */
    List<ColumnSpec> columns(TableSpec table, RowSpec row) {
        List<ColumnSpec> printed = printedColumns.get(table.code());
        return printed == null ? row.columns() : printed.stream().filter(row.allColumns()::contains).toList();
    }

    boolean printsRow(String table, String row) {
        return rowLabels.containsKey(table + "." + row);
    }

    String rowLabel(String table, String row) {
        return rowLabels.get(table + "." + row);
    }

    String columnLabel(String table, String column) {
        return columnLabels.get(table + "." + column);
    }

    String cellText(String table, String row, String column) {
        return cellTexts.get(table + "." + row + "." + column);
    }
}
