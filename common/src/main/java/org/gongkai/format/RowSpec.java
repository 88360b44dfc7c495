package org.gongkai.format;

import java.util.List;

/**
 * One row of an official table.
 *
 * @param ordinal         the printed ordinal before the label (一、 （一） 1.), empty if none
 * @param group           the merged group label printed beside the row, or null
 * @param columns         the row's columns that every report prints, in printed order
 * @param onlyWhenPrinted the row exists in a report only if the report printed it
 *                        (2021 reports that print （六）其他处理 as one row; printed subtotal rows)
 * @param replaces        rows that become structurally absent when this row is printed
 * @param subtotalOf      the rows this row sums, in catalog order (（三）不予公开 printed with numbers over its
 *                        eight items); empty for a row that is no subtotal
 * @param allColumns      {@code columns} and the columns that exist only when printed, in the contract's order
 */
public record RowSpec(String code, String label, String ordinal, String group, List<String> variants,
                      List<ColumnSpec> columns, boolean onlyWhenPrinted, List<String> replaces,
                      List<String> subtotalOf, List<ColumnSpec> allColumns) {

    /** Every printed form of the label: the official one first, then the variants. */
    public List<String> allLabels() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(label), variants.stream()).toList();
    }

    /** True for a printed subtotal of other rows of its table. */
    public boolean isSubtotal() {
        return !subtotalOf.isEmpty();
    }
}
