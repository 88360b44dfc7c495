package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gongkai.report.CellState;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.forall;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

/**
 * The rows of rule_results from the checked reports: each report's instance structs exploded and joined with the
 * instance table, then the status strict and lenient, the figures as decimals, and for an instance that did not
 * pass the cells it reads and a message in Chinese naming them. Messages are built only for those rows.
 */
final class RuleResults {

    static final String PASS = "pass";
    static final String FAIL = "fail";
    static final String NOT_EVALUABLE = "not_evaluable";

    /** Cells without a number named in a message; the cells column lists them all. */
    private static final int LISTED = 5;

    private RuleResults() {
    }

    /** One row per report and applicable instance, in the columns of rule_results (without run_id). */
    static Dataset<Row> of(Dataset<Row> checked, Dataset<Row> instances) {
        Dataset<Row> exploded = checked.select(col("report_id"), col("year"), col(RuleCompiler.FORMAT_KEY),
                        col(CellColumns.STATES), col(CellColumns.PREVIOUS + CellColumns.STATES),
                        posexplode(col("figures")).as(new String[]{"position", "f"}))
                .filter(col("f").isNotNull())
                .join(broadcast(instances), new String[]{RuleCompiler.FORMAT_KEY, "position"});
        Column comparison = col("comparison");
        Column status = status(col("f.a"), col("f.e"), comparison);
        Column lenientStatus = status(col("f.la"), col("f.le"), comparison);
        Column lenientFailure = when(lenientStatus.equalTo(FAIL),
                concat(lit("；空白与占位符按0计，"), filled(col("fail_text"), col("f.la"), col("f.le")))).otherwise(lit(""));
        Column message = when(status.equalTo(FAIL), filled(col("fail_text"), col("f.a"), col("f.e")))
                .when(status.equalTo(NOT_EVALUABLE), replace(replace(filled(col("unread_text"), col("f.la"), col("f.le")),
                        lit("{unread}"), unread()), lit("{lenient}"), lenientFailure));
        return exploded.select(col("report_id"), col("year"), col("rule_id"), col("instance"), col("severity"),
                status.as("status"), Micros.toDecimal(col("f.e")).as("expected"), Micros.toDecimal(col("f.a")).as("actual"),
                Micros.toDecimal(col("f.a").minus(col("f.e"))).as("difference"), lenientStatus.as("lenient_status"),
                Micros.toDecimal(col("f.le")).as("lenient_expected"), Micros.toDecimal(col("f.la")).as("lenient_actual"),
                Micros.toDecimal(col("f.la").minus(col("f.le"))).as("lenient_difference"),
                when(status.notEqual(PASS), col("cells")).as("cells"), message.as("message"));
    }

    /** pass where both sides are read and stand as the comparison wants, fail where not, not_evaluable without a side. */
    static Column status(Column actual, Column expected, Column comparison) {
        Column holds = when(comparison.equalTo(CompiledInstance.Comparison.AT_MOST.name()), actual.leq(expected))
                .otherwise(actual.equalTo(expected));
        return when(actual.isNull().or(expected.isNull()), lit(NOT_EVALUABLE))
                .when(holds, lit(PASS)).otherwise(lit(FAIL));
    }

    /** A message text with the figures filled in. */
    private static Column filled(Column text, Column actual, Column expected) {
        Column filled = replace(text, lit("{actual}"), Micros.display(actual));
        filled = replace(filled, lit("{expected}"), Micros.display(expected));
        filled = replace(filled, lit("{difference}"), Micros.display(actual.minus(expected)));
        filled = replace(filled, lit("{detail}"), org.apache.spark.sql.functions.coalesce(col("f.d"), lit("")));
        return replace(filled, lit("{year}"), col("year").cast("string"));
    }

    /** The first few counted cells that hold no number (表三…·科研机构为空白), and how many in all. */
    private static Column unread() {
        Column unread = filter(col("terms"), t -> stateOf(t).notEqual(String.valueOf(CellColumns.code(CellState.NUMBER)))
                .and(forall(t.getField("conditions"), RuleResults::holds)));
        Column named = transform(unread, t -> concat(t.getField("label"), lit("为"), stateText(stateOf(t))));
        return concat(array_join(slice(named, 1, LISTED), "、"),
                when(size(named).gt(LISTED), concat(lit("等"), size(named).cast("string"), lit("处"))).otherwise(lit("")));
    }

    /** A term's condition (CellCondition) read from the row's states. */
    private static Column holds(Column condition) {
        Column state = stateOf(condition);
        Column printed = not(state.isin(String.valueOf(CellColumns.ABSENT), String.valueOf(CellColumns.code(CellState.MISSING))));
        Column number = state.equalTo(String.valueOf(CellColumns.code(CellState.NUMBER)));
        Column test = when(condition.getField("test").equalTo(CellCondition.Test.PRINTED.name()), printed).otherwise(number);
        return test.equalTo(condition.getField("holds"));
    }

    /** The state character of the cell a term or condition names (position and previous). */
    private static Column stateOf(Column cell) {
        Column states = when(cell.getField("previous"), col(CellColumns.PREVIOUS + CellColumns.STATES))
                .otherwise(col(CellColumns.STATES));
        return substring(states, cell.getField("position").plus(1), lit(1));
    }

    private static Column stateText(Column state) {
        return when(state.equalTo("b"), lit("空白")).when(state.equalTo("p"), lit("占位符"))
                .when(state.equalTo("m"), lit("缺失")).when(state.equalTo("a"), lit("有歧义"))
                .when(state.equalTo(String.valueOf(CellColumns.OUT_OF_RANGE)), lit("超出核对范围"))
                .otherwise(lit("未印出"));
    }
}
