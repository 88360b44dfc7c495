package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.rules.CellDomainRule;
import org.gongkai.rules.CellLabels;
import org.gongkai.rules.CellRef;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.zip_with;

/**
 * D4: every number within its column's domain (counts whole and not negative, 2019's 本年增/减 whole, amounts not
 * negative). One pass over all of a report's cells finds the outliers ({@link #outliers}, a column of its own,
 * computed once); each table's instance then counts and names those of its cells. The cells' kinds, positions and
 * labels are literal arrays, so the expression stays small however many cells the formats have.
 */
final class CellDomainInstances {

    /** Per report, for every cell its value where it lies outside its column's domain, else null. */
    static final String OUTLIERS = "cell_outliers";

    private final ReportFormat format;

    CellDomainInstances(ReportFormat format) {
        this.format = format;
    }

    /** The {@link #OUTLIERS} column: each cell checked against its kind in the report's format. */
    static Column outliers(CellDomainRule rule) {
        Column kinds = lit(new int[CellColumns.allCells().size()]);
        for (ReportFormat format : FormatCatalog.standard().formats()) {
            kinds = when(col(RuleCompiler.FORMAT_KEY).equalTo(format.code()), lit(kindsOf(rule, format))).otherwise(kinds);
        }
        return zip_with(col(CellColumns.STRICT), kinds, (value, kind) -> when(outside(value, kind), value));
    }

    /** One instance per table: the actual side counts the table's outliers, the detail names them with their values. */
    List<CompiledInstance> compile(CellDomainRule rule) {
        List<CompiledInstance> instances = new ArrayList<>();
        for (TableSpec table : format.tables()) {
            if (!rule.tables().contains(table.code())) {
                continue;
            }
            List<Integer> positions = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (RowSpec row : table.rows()) {
                for (ColumnSpec column : row.columns()) {
                    CellRef cell = new CellRef(table.code(), row.code(), column.code());
                    positions.add(CellColumns.index(cell) + 1);
                    labels.add(CellLabels.of(format, cell) + " = ");
                }
            }
            Column named = zip_with(lit(positions.stream().mapToInt(Integer::intValue).toArray()),
                    lit(labels.toArray(String[]::new)), (position, label) -> {
                        Column value = element_at(col(OUTLIERS), position);
                        return when(value.isNotNull(), concat(label, Micros.display(value)));
                    });
            Column count = size(filter(named, Column::isNotNull)).cast("bigint").multiply(Micros.SCALE);
            // array_join skips the cells within range; built only where some cell is outside.
            Column detail = when(count.gt(0), array_join(named, "、"));
            instances.add(ReportInstances.special(rule.info(), table.code(), CompiledInstance.Comparison.EQUAL,
                    "超出取值范围：{detail}", "", List.of(table.code()), count, Micros.lit(0), lit(true), detail));
        }
        return instances;
    }

    /** Per cell of all formats: 0 where the rule does not check it in this format, else its kind's ordinal + 1. */
    private static int[] kindsOf(CellDomainRule rule, ReportFormat format) {
        int[] kinds = new int[CellColumns.allCells().size()];
        for (TableSpec table : format.tables()) {
            if (!rule.tables().contains(table.code())) {
                continue;
            }
            for (RowSpec row : table.rows()) {
                for (ColumnSpec column : row.columns()) {
                    kinds[CellColumns.index(new CellRef(table.code(), row.code(), column.code()))] = column.kind().ordinal() + 1;
                }
            }
        }
        return kinds;
    }

    private static Column outside(Column micros, Column kind) {
        Column fractional = micros.mod(Micros.SCALE).notEqual(0);
        return when(kind.equalTo(ColumnKind.COUNT.ordinal() + 1), micros.lt(0).or(fractional))
                .when(kind.equalTo(ColumnKind.SIGNED_COUNT.ordinal() + 1), fractional)
                .when(kind.equalTo(ColumnKind.AMOUNT.ordinal() + 1), micros.lt(0))
                .otherwise(lit(false));
    }
}
