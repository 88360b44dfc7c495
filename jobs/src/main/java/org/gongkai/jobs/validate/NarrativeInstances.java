package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.TableSpec;
import org.gongkai.rules.CellRef;
import org.gongkai.rules.IdentityRule;
import org.gongkai.rules.NarrativeRule;
import org.gongkai.rules.NarrativeStatement;
import org.gongkai.rules.RuleCatalog;
import org.gongkai.rules.Term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_min;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract_all;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

/**
 * Compiles the narrative rule for one format: each statement the text makes (every occurrence of its pattern) must
 * equal its table figure. A row's figure is its printed 总计, or where that is not a number the sum of the cells
 * the row-total identity adds up (上海 2019 printed no 总计 for its outcome rows), row by row.
 */
final class NarrativeInstances {

    private final ReportFormat format;
    private final IdentityInstances identities;

    NarrativeInstances(ReportFormat format) {
        this.format = format;
        this.identities = new IdentityInstances(format);
    }

    List<CompiledInstance> compile(NarrativeRule rule) {
        List<CompiledInstance> instances = new ArrayList<>();
        for (NarrativeStatement statement : rule.statements()) {
            tableFigure(statement).ifPresent(figure -> instances.add(compare(rule, statement, figure)));
        }
        return instances;
    }

    /**
     * Per statement, the figures the text states (a column of its own, {@link #statedName}: each pattern runs once per
     * report). Figures of more than ten digits are not read.
     */
    static Map<String, Column> statedFigures(NarrativeRule rule) {
        Map<String, Column> columns = new LinkedHashMap<>();
        Column text = coalesce(col(WideReports.section(rule.section())), lit(""));
        for (NarrativeStatement statement : rule.statements()) {
            columns.put(statedName(rule, statement), regexp_extract_all(text, lit(statement.pattern()), lit(1))
                    .try_cast(DataTypes.createArrayType(DataTypes.createDecimalType(10, 0)))
                    .cast(DataTypes.createArrayType(DataTypes.LongType)));
        }
        return columns;
    }

    private static String statedName(NarrativeRule rule, NarrativeStatement statement) {
        return "stated_" + rule.id() + "_" + statement.code();
    }

    /**
     * Every figure the text states must equal the table's: the actual side is the first stated figure that differs
     * (the smallest or the largest of them), or any of them where all agree. Applies where the text makes the
     * statement at all.
     */
    private CompiledInstance compare(NarrativeRule rule, NarrativeStatement statement, Figure figure) {
        Column stated = col(statedName(rule, statement));
        Column smallest = array_min(stated).multiply(Micros.SCALE);
        Column largest = array_max(stated).multiply(Micros.SCALE);
        Figure printed = new Figure(when(smallest.notEqual(figure.strict()), smallest).otherwise(largest),
                when(smallest.notEqual(figure.lenient()), smallest).otherwise(largest), List.of());
        String label = "总体情况“" + statement.zh() + "”";
        String fail = label + "写 {actual}，表中为 {expected}，相差 {difference}";
        return new CompiledInstance(rule.info(), statement.code(), CompiledInstance.Comparison.EQUAL, label, fail,
                label + CompiledInstance.UNREAD, CompiledInstance.keys(figure), printed, figure, size(stated).gt(0),
                lit(null).cast("string"));
    }

    /** The statement's table figure in this format, empty where the format has none of its cells. */
    private Optional<Figure> tableFigure(NarrativeStatement statement) {
        if (!statement.cells().isEmpty()) {
            List<CellRef> cells = statement.cells().stream().filter(this::exists).toList();
            return cells.isEmpty() ? Optional.empty()
                    : Optional.of(Figure.sum(cells.stream().map(c -> Figure.cell(format, c, false)).toList()));
        }
        TableSpec table = format.table(statement.table());
        List<Term> rows = statement.rows().stream().filter(r -> table.row(r).isPresent())
                .map(r -> new Term(r, 1, false)).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = rowTotalParts(statement.table());
        return Optional.of(identities.rowSum(table, rows, "total", (row, previous) -> {
            CellRef total = new CellRef(table.code(), row, "total");
            Figure sumOfParts = Figure.sum(parts.stream()
                    .map(part -> Figure.cell(format, new CellRef(table.code(), row, part), previous)).toList());
            return Figure.cell(format, total, previous).where(CellCondition.number(total, previous), sumOfParts);
        }));
    }

    private boolean exists(CellRef cell) {
        return format.tables().stream().anyMatch(t -> t.code().equals(cell.table()))
                && format.table(cell.table()).row(cell.row())
                .map(r -> r.columns().stream().anyMatch(c -> c.code().equals(cell.column()))).orElse(false);
    }

    /** The columns the table's row-total identity (D2, D3) adds up into 总计. */
    private static List<String> rowTotalParts(String table) {
        return RuleCatalog.standard().rulesOf(IdentityRule.class).stream()
                .filter(r -> r.table().equals(table) && !r.perColumn() && r.left().size() == 1
                        && r.left().get(0).code().equals("total") && !r.crossYear())
                .findFirst().map(r -> r.right().stream().map(Term::code).toList())
                .orElseThrow(() -> new IllegalStateException("no row-total rule for table " + table));
    }
}
