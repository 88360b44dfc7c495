package org.gongkai.format;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One official table (二 proactive, 三 requests, 四 appeals) of one format version.
 *
 * @param columns    the columns every report prints
 * @param allColumns {@code columns} and the columns that exist only when printed, in the contract's order
 */
public record TableSpec(String code, String title, List<RowSpec> rows, List<ColumnSpec> columns,
                        List<ColumnSpec> allColumns) {

    public Optional<RowSpec> row(String rowCode) {
        return rows.stream().filter(r -> r.code().equals(rowCode)).findFirst();
    }

    public Optional<ColumnSpec> column(String columnCode) {
        return allColumns.stream().filter(c -> c.code().equals(columnCode)).findFirst();
    }

    /** Columns that exist in a report only if it printed them (the 法人或其他组织 subtotal column). */
    public List<ColumnSpec> columnsOnlyWhenPrinted() {
        return allColumns.stream().filter(ColumnSpec::onlyWhenPrinted).toList();
    }

    /** The subtotal row over exactly these rows, if the table has one. */
    public Optional<RowSpec> subtotalOver(List<String> rowCodes) {
        Set<String> items = Set.copyOf(rowCodes);
        return rows.stream().filter(r -> r.isSubtotal() && Set.copyOf(r.subtotalOf()).equals(items)).findFirst();
    }

    /**
     * The rows a reader can find by their printed label: all but a row printed with the same words as an
     * earlier one. （六）其他处理 printed above its three sub-rows is their subtotal, printed like the single
     * （六） row; only the rows around it tell the two apart.
     */
    public List<RowSpec> rowsFoundByLabel() {
        Set<String> seen = new HashSet<>();
        return rows.stream().filter(r -> seen.add(LabelText.core(r.label()))).toList();
    }

    /** Value cells of the table when every row is printed once (rows shown only when printed excluded). */
    public int standardCellCount() {
        return rows.stream().filter(r -> !r.onlyWhenPrinted()).mapToInt(r -> r.columns().size()).sum();
    }
}
