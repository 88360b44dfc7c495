package org.gongkai.jobs.validate;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.rules.CellLabels;
import org.gongkai.rules.CellRef;
import org.gongkai.rules.SubtotalRule;

import java.util.ArrayList;
import java.util.List;

/**
 * D5: every printed subtotal cell equals the sum of its items, for the subtotal rows and the subtotal column the
 * format catalog declares ({@code subtotal_of}). A subtotal the report did not print is not checked.
 */
final class SubtotalInstances {

    private final ReportFormat format;

    SubtotalInstances(ReportFormat format) {
        this.format = format;
    }

    List<CompiledInstance> compile(SubtotalRule rule) {
        TableSpec table = format.table(rule.table());
        List<CompiledInstance> instances = new ArrayList<>();
        for (RowSpec row : table.rows()) {
            for (ColumnSpec column : row.allColumns()) {
                if (row.isSubtotal() && !column.isSubtotal()) {
                    List<CellRef> items = row.subtotalOf().stream()
                            .map(item -> new CellRef(table.code(), item, column.code())).toList();
                    instances.add(instance(rule, new CellRef(table.code(), row.code(), column.code()), items));
                }
                if (column.isSubtotal() && !row.isSubtotal()) {
                    List<CellRef> items = column.subtotalOf().stream()
                            .map(item -> new CellRef(table.code(), row.code(), item)).toList();
                    instances.add(instance(rule, new CellRef(table.code(), row.code(), column.code()), items));
                }
            }
        }
        return instances;
    }

    private CompiledInstance instance(SubtotalRule rule, CellRef subtotal, List<CellRef> items) {
        Figure expected = Figure.sum(items.stream().map(item -> Figure.cell(format, item, false)).toList());
        return CompiledInstance.identity(rule.info(), subtotal.row() + "." + subtotal.column(),
                CellLabels.of(format, subtotal), Figure.cell(format, subtotal, false), "小计", expected, "各项之和",
                CellColumns.printed(subtotal, false));
    }
}
