package org.gongkai.format;

import java.util.List;

/**
 * One row of an official table.
 *
 * @param ordinal         the printed ordinal before the label (一、 （一） 1.), empty if none
 * @param group           the merged group label printed beside the row, or null
 * @param columns         the row's columns in printed order
 * @param onlyWhenPrinted the row exists in a report only if the report printed it
 *                        (2021 reports that print （六）其他处理 as one row)
 * @param replaces        rows that become structurally absent when this row is printed
 */
public record RowSpec(String code, String label, String ordinal, String group, List<String> variants,
                      List<ColumnSpec> columns, boolean onlyWhenPrinted, List<String> replaces) {

    /** Every printed form of the label: the official one first, then the variants. */
    public List<String> allLabels() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(label), variants.stream()).toList();
    }
}
