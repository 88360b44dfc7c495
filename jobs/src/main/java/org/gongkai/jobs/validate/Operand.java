package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.ReportFormat;
import org.gongkai.report.CellState;
import org.gongkai.rules.CellLabels;
import org.gongkai.rules.CellRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

/**
 * One side of a comparison as Spark columns: its strict reading (null unless every cell is a number) and its
 * lenient reading (blank and placeholder read as 0; null for missing, ambiguous or absent cells), and the cells it
 * reads, each with the condition under which it counts (a replaced row counts only where its replacement was not
 * printed). The cells' keys and labels are literals, so the expression stays small.
 */
record Operand(Column strict, Column lenient, List<Term> terms) {

    /** One cell read by the operand. */
    record Term(String key, String label, Column state, Column counts) {
    }

    static Operand zero() {
        Column zero = lit(BigDecimal.ZERO);
        return new Operand(zero, zero, List.of());
    }

    static Operand cell(ReportFormat format, CellRef cell, boolean previous) {
        Column state = CellColumns.state(cell, previous);
        Column value = CellColumns.value(cell, previous);
        Column number = state.equalTo(CellColumns.code(CellState.NUMBER));
        Column readAsZero = state.isin(CellColumns.code(CellState.BLANK), CellColumns.code(CellState.PLACEHOLDER));
        String label = (previous ? "上年" : "") + CellLabels.of(format, cell);
        return new Operand(when(number, value), when(number, value).when(readAsZero, lit(BigDecimal.ZERO)),
                List.of(new Term((previous ? "previous:" : "") + cell.key(), label, state, lit(true))));
    }

    Operand plus(Operand other) {
        return new Operand(strict.plus(other.strict), lenient.plus(other.lenient), concatenated(terms, other.terms));
    }

    Operand negated() {
        return new Operand(negate(strict), negate(lenient), terms);
    }

    /** {@code this} where {@code condition} holds, else {@code other}. */
    Operand where(Column condition, Operand other) {
        List<Term> both = new ArrayList<>();
        terms.forEach(t -> both.add(new Term(t.key(), t.label(), t.state(), t.counts().and(condition))));
        other.terms.forEach(t -> both.add(new Term(t.key(), t.label(), t.state(), t.counts().and(not(condition)))));
        return new Operand(when(condition, strict).otherwise(other.strict),
                when(condition, lenient).otherwise(other.lenient), both);
    }

    static Operand sum(List<Operand> operands) {
        return operands.stream().reduce(Operand::plus).orElseGet(Operand::zero);
    }

    /** The keys of the cells read ({@code table.row.col}, {@code previous:} for last year's), a literal. */
    Column cells() {
        if (terms.isEmpty()) {
            return array().cast("array<string>");
        }
        // One literal split at run time: two expression nodes however many cells (keys hold no comma).
        return split(lit(String.join(",", terms.stream().map(Term::key).toList())), ",");
    }

    /** The Chinese descriptions of the counted cells that hold no number (为空白, 为缺失…). */
    Column problems() {
        if (terms.isEmpty()) {
            return array().cast("array<string>");
        }
        Column all = array(terms.stream().map(t -> struct(lit(t.label()).as("label"), t.state().as("state"),
                t.counts().as("counts"))).toArray(Column[]::new));
        Column notNumbers = filter(all, t -> t.getField("counts").and(t.getField("state").isNull()
                .or(t.getField("state").notEqual(CellColumns.code(CellState.NUMBER)))));
        return transform(notNumbers, t -> concat(t.getField("label"), lit("为"), stateText(t.getField("state"))));
    }

    private static Column stateText(Column state) {
        return when(state.equalTo(CellColumns.code(CellState.BLANK)), lit("空白"))
                .when(state.equalTo(CellColumns.code(CellState.PLACEHOLDER)), lit("占位符"))
                .when(state.equalTo(CellColumns.code(CellState.MISSING)), lit("缺失"))
                .when(state.equalTo(CellColumns.code(CellState.AMBIGUOUS)), lit("有歧义"))
                .otherwise(lit("未印出"));
    }

    private static List<Term> concatenated(List<Term> a, List<Term> b) {
        List<Term> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
