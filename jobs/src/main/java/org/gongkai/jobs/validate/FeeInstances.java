package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.ReportFormat;
import org.gongkai.rules.CellLabels;
import org.gongkai.rules.FeeDisclosureRule;

import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/** Compiles X5 for one format: the fee cell against what section 六 says. */
final class FeeInstances {

    private final ReportFormat format;

    FeeInstances(ReportFormat format) {
        this.format = format;
    }

    /**
     * X5: a positive cell (unpaid fees) requires the section to speak of fees; not evaluable where the cell is printed
     * but holds no number; only where the format has the cell.
     */
    List<CompiledInstance> compile(FeeDisclosureRule rule) {
        boolean hasCell = format.tables().stream().anyMatch(t -> t.code().equals(rule.cell().table()))
                && format.table(rule.cell().table()).row(rule.cell().row()).isPresent();
        if (!hasCell) {
            return List.of();
        }
        Figure cell = Figure.cell(format, rule.cell(), false);
        Column mentioned = coalesce(col(WideReports.section(rule.section())), lit("")).rlike(rule.pattern());
        Column said = when(mentioned, Micros.lit(1)).otherwise(Micros.lit(0));
        Figure actual = new Figure(when(cell.strict().isNotNull(), said), when(cell.lenient().isNotNull(), said), cell.terms());
        Column applies = cell.lenient().gt(0).or(cell.lenient().isNull().and(CellColumns.printed(rule.cell(), false)));
        String label = CellLabels.of(format, rule.cell());
        return List.of(new CompiledInstance(rule.info(), rule.section(), CompiledInstance.Comparison.EQUAL, label,
                label + " 为 {detail}，但六、其他需要报告的事项未报告信息处理费", label + CompiledInstance.UNREAD,
                CompiledInstance.keys(cell), actual, Figure.constant(Micros.lit(1)), applies, Micros.display(cell.lenient())));
    }
}
