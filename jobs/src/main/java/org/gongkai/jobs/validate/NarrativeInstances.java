package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.TableSpec;
import org.gongkai.rules.CellRef;
import org.gongkai.rules.IdentityRule;
import org.gongkai.rules.NarrativeRule;
import org.gongkai.rules.NarrativeStatement;
import org.gongkai.rules.RuleCatalog;
import org.gongkai.rules.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.forall;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract_all;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

/**
 * Compiles the narrative rule for one format: each statement the text makes (every occurrence of its pattern) must
 * equal its table figure. A row's figure is its printed 总计, or where that is not a number the sum of the cells
 * the row-total identity adds up (上海 2019 printed no 总计 for its outcome rows).
 */
final class NarrativeInstances {

    private final ReportFormat format;
    private final IdentityInstances identities;
    private final StagedColumns staged;

    NarrativeInstances(ReportFormat format, StagedColumns staged) {
        this.format = format;
        this.identities = new IdentityInstances(format, staged);
        this.staged = staged;
    }

    List<Instance> compile(NarrativeRule rule) {
        List<Instance> instances = new ArrayList<>();
        Column text = col(WideReports.section(rule.section()));
        for (NarrativeStatement statement : rule.statements()) {
            String name = format.code() + "_" + rule.id() + "_" + statement.code();
            tableFigure(statement).ifPresent(figure -> instances.add(Instance.of(rule.id(), statement.code(),
                    compare(rule, statement, text, staged.stage(name + "_figure", figure)))));
        }
        return instances;
    }

    private Column compare(NarrativeRule rule, NarrativeStatement statement, Column text, Operand figure) {
        Column stated = staged.stage(format.code() + "_" + rule.id() + "_" + statement.code() + "_stated",
                transform(regexp_extract_all(coalesce(text, lit("")), lit(statement.pattern()), lit(1)),
                        x -> x.cast(RuleResults.AMOUNT)));
        Column strict = statusOf(stated, figure.strict());
        Column lenient = statusOf(stated, figure.lenient());
        Column printed = coalesce(try_element_at(filter(stated, x -> x.notEqual(figure.strict())), lit(1)), try_element_at(stated, lit(1)));
        Column lenientPrinted = coalesce(try_element_at(filter(stated, x -> x.notEqual(figure.lenient())), lit(1)),
                try_element_at(stated, lit(1)));
        String label = "总体情况“" + statement.zh() + "”";
        Column message = when(strict.equalTo(RuleResults.FAIL), concat(lit(label), sides(printed, figure.strict())))
                .when(strict.equalTo(RuleResults.NOT_EVALUABLE), RuleResults.notEvaluable(label, figure.problems(),
                        lenient, sides(lenientPrinted, figure.lenient())));
        Column result = RuleResults.of(rule.info(), lit(statement.code()), strict, figure.strict(), printed, lenient,
                figure.lenient(), lenientPrinted, figure.cells(), message);
        return when(size(stated).gt(0), result);
    }

    private static Column sides(Column printed, Column figure) {
        return concat(lit("写 "), RuleResults.display(printed), lit("，表中为 "), RuleResults.display(figure),
                lit("，相差 "), RuleResults.display(printed.minus(figure)));
    }

    private static Column statusOf(Column stated, Column figure) {
        return when(figure.isNull(), lit(RuleResults.NOT_EVALUABLE))
                .when(forall(stated, x -> x.equalTo(figure)), lit(RuleResults.PASS))
                .otherwise(lit(RuleResults.FAIL));
    }

    /** The statement's table figure in this format, empty where the format has none of its cells. */
    private Optional<Operand> tableFigure(NarrativeStatement statement) {
        if (!statement.cells().isEmpty()) {
            List<CellRef> cells = statement.cells().stream().filter(this::exists).toList();
            return cells.isEmpty() ? Optional.empty()
                    : Optional.of(Operand.sum(cells.stream().map(c -> Operand.cell(format, c, false)).toList()));
        }
        TableSpec table = format.table(statement.table());
        List<Term> rows = statement.rows().stream().filter(r -> table.row(r).isPresent())
                .map(r -> new Term(r, 1, false)).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Operand printedTotals = identities.rowSum(table, rows, "total");
        List<String> parts = rowTotalParts(statement.table());
        Operand partSums = Operand.sum(parts.stream().map(part -> identities.rowSum(table, rows, part)).toList());
        Column totalsPrinted = printedTotals.strict().isNotNull();
        return Optional.of(printedTotals.where(totalsPrinted, partSums));
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
