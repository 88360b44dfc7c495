package org.gongkai.format;

import java.util.List;

/**
 * One column of an official table: canonical code, printed label, label variants, kind and default unit.
 *
 * @param onlyWhenPrinted the column exists in a report only if the report printed it (法人或其他组织 printed as its
 *                        own column: the 8-column variant of table 三)
 * @param subtotalOf      the columns this column sums, in catalog order; empty for a column that is no subtotal
 */
public record ColumnSpec(String code, String label, List<String> variants, ColumnKind kind, String unit,
                         boolean onlyWhenPrinted, List<String> subtotalOf) {

    /** True for a printed subtotal of other columns of its table. */
    public boolean isSubtotal() {
        return !subtotalOf.isEmpty();
    }

    /** Every printed form of the label: the official one first, then the variants. */
    public List<String> allLabels() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(label), variants.stream()).toList();
    }
}
