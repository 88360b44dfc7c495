package org.gongkai.parse;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.LabelText;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value columns of a table whose header prints a column that exists only when printed, in printed
 * order: 法人或其他组织 printed as its own column beside its items (the 8-column variant of table 三). The
 * official two-level header prints that label above its items, in a row of its own; here it is printed in
 * the same header row as its items, and where it stands among them says where its values are.
 */
record PrintedColumns(TableSpec table, List<ColumnSpec> extra, List<ColumnSpec> order) {

    /** Longer cells are text, not column headings: they are not normalized. */
    private static final int MAX_HEADING_LENGTH = 40;
    /** A header row prints the subtotal's label with at least this many of its items' labels. */
    private static final int MIN_ITEMS_BESIDE = 2;

    /** The printed columns, if these label cells are a header row naming a subtotal column among its items. */
    static Optional<PrintedColumns> fromHeader(TableSpec table, List<String> labels) {
        List<String> cores = labels.stream()
                .map(l -> l.length() > MAX_HEADING_LENGTH ? "" : LabelText.core(l)).toList();
        for (ColumnSpec column : table.columnsOnlyWhenPrinted()) {
            int at = indexOf(cores, column);
            if (at < 0 || !column.isSubtotal()) {
                continue;
            }
            List<ColumnSpec> items = column.subtotalOf().stream().map(c -> table.column(c).orElseThrow()).toList();
            ColumnSpec lastBefore = null;
            int lastBeforeAt = -1;
            int beside = 0;
            for (ColumnSpec item : items) {
                int itemAt = indexOf(cores, item);
                beside += itemAt >= 0 ? 1 : 0;
                if (itemAt >= 0 && itemAt < at && itemAt > lastBeforeAt) {
                    lastBefore = item;
                    lastBeforeAt = itemAt;
                }
            }
            if (beside >= MIN_ITEMS_BESIDE) {
                List<ColumnSpec> order = new ArrayList<>(table.columns());
                order.add(lastBefore == null ? order.indexOf(items.get(0)) : order.indexOf(lastBefore) + 1, column);
                return Optional.of(new PrintedColumns(table, List.of(column), List.copyOf(order)));
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<String> cores, ColumnSpec column) {
        for (String label : column.allLabels()) {
            int at = cores.indexOf(LabelText.core(label));
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The row's value columns in printed order, the extra column included where the row has it. */
    List<ColumnSpec> of(RowSpec row) {
        return order.stream().filter(row.allColumns()::contains).toList();
    }

    /** True if the row has a column that the catalog's standard layout does not print. */
    boolean widens(RowSpec row) {
        return extra.stream().anyMatch(row.allColumns()::contains);
    }
}
