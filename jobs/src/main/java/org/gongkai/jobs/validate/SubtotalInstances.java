package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.rules.CellLabels;
import org.gongkai.rules.CellRef;
import org.gongkai.rules.SubtotalRule;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.when;

/**
 * D5: every printed subtotal cell equals the sum of its items, for the subtotal rows and the subtotal column the
 * format catalog declares ({@code subtotal_of}). A subtotal the report did not print is not checked.
 */
final class SubtotalInstances {

    private final ReportFormat format;
    private final StagedColumns staged;

    SubtotalInstances(ReportFormat format, StagedColumns staged) {
        this.format = format;
        this.staged = staged;
    }

    List<Instance> compile(SubtotalRule rule) {
        TableSpec table = format.table(rule.table());
        List<Instance> instances = new ArrayList<>();
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

    private Instance instance(SubtotalRule rule, CellRef subtotal, List<CellRef> items) {
        String name = format.code() + "_" + rule.id() + "_" + subtotal.row() + "_" + subtotal.column();
        Operand actual = staged.stage(name + "_actual", Operand.cell(format, subtotal, false));
        Operand expected = staged.stage(name + "_expected",
                Operand.sum(items.stream().map(item -> Operand.cell(format, item, false)).toList()));
        String instance = subtotal.row() + "." + subtotal.column();
        Column result = RuleResults.compare(rule.info(), instance, CellLabels.of(format, subtotal), actual, "小计",
                expected, "各项之和");
        return Instance.of(rule.id(), instance, when(CellColumns.printed(subtotal, false), result));
    }
}
