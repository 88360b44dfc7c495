package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DecimalType;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.rules.RuleInfo;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * One rule instance's result as a struct column: status strict and lenient, expected (what the parts say), actual
 * (what was printed), their difference, the cells read (kept where the instance did not pass) and a message in
 * Chinese naming the rows and columns.
 */
final class RuleResults {

    static final String PASS = "pass";
    static final String FAIL = "fail";
    static final String NOT_EVALUABLE = "not_evaluable";

    /** Cells without a number named in a message; the cells column lists them all. */
    private static final int LISTED = 5;

    /** Wide enough for the sum of every cell of a table (cells are decimal(24,6)). */
    static final DecimalType AMOUNT = Tables.RESULT_VALUE;

    private RuleResults() {
    }

    /**
     * {@code actual = expected}, strictly and leniently. {@code label} names the instance (表三·自然人列);
     * the side labels name what each side adds up.
     */
    static Column compare(RuleInfo rule, String instance, String label, Operand actual, String actualLabel,
                          Operand expected, String expectedLabel) {
        Column status = status(actual.strict(), expected.strict());
        Column lenientStatus = status(actual.lenient(), expected.lenient());
        Column problems = concat(actual.problems(), expected.problems());
        Column message = when(status.equalTo(FAIL), concat(lit(label + "："),
                        sides(actualLabel, actual.strict(), expectedLabel, expected.strict())))
                .when(status.equalTo(NOT_EVALUABLE), notEvaluable(label, problems, lenientStatus,
                        sides(actualLabel, actual.lenient(), expectedLabel, expected.lenient())));
        return of(rule, lit(instance), status, expected.strict(), actual.strict(), lenientStatus, expected.lenient(),
                actual.lenient(), concat(actual.cells(), expected.cells()), message);
    }

    private static Column sides(String actualLabel, Column actual, String expectedLabel, Column expected) {
        return concat(lit(actualLabel + " "), display(actual), lit("，" + expectedLabel + " "), display(expected),
                lit("，相差 "), display(actual.minus(expected)));
    }

    /**
     * Why an instance could not be checked: the first few cells without a number (and how many in all), then, where
     * the lenient reading fails, its figures: a finding an analyst may still want to see.
     */
    static Column notEvaluable(String label, Column problems, Column lenientStatus, Column lenientSides) {
        return concat(lit(label + "：无法核对，"), listed(problems), when(lenientStatus.equalTo(FAIL),
                concat(lit("；空白与占位符按0计，"), lenientSides)).otherwise(lit("")));
    }

    private static Column listed(Column problems) {
        return concat(array_join(slice(problems, 1, LISTED), "、"),
                when(size(problems).gt(LISTED), concat(lit("等"), size(problems).cast("string"), lit("处")))
                        .otherwise(lit("")));
    }

    /** A result from its parts; the cells are kept only where the instance did not pass. */
    static Column of(RuleInfo rule, Column instance, Column status, Column expected, Column actual,
                     Column lenientStatus, Column lenientExpected, Column lenientActual, Column cells, Column message) {
        return struct(lit(rule.id()).as("rule_id"), instance.as("instance"), lit(rule.severity().code()).as("severity"),
                status.as("status"), expected.cast(AMOUNT).as("expected"), actual.cast(AMOUNT).as("actual"),
                actual.minus(expected).cast(AMOUNT).as("difference"), lenientStatus.as("lenient_status"),
                lenientExpected.cast(AMOUNT).as("lenient_expected"), lenientActual.cast(AMOUNT).as("lenient_actual"),
                lenientActual.minus(lenientExpected).cast(AMOUNT).as("lenient_difference"),
                when(status.notEqual(PASS), cells).as("cells"), message.as("message"));
    }

    /** pass when both sides are read and equal, fail when they differ, not_evaluable when either is not read. */
    static Column status(Column actual, Column expected) {
        return when(actual.isNull().or(expected.isNull()), lit(NOT_EVALUABLE))
                .when(actual.equalTo(expected), lit(PASS)).otherwise(lit(FAIL));
    }

    /** A decimal as people write it: 767, not 767.000000. */
    static Column display(Column amount) {
        Column text = coalesce(amount.cast(AMOUNT).cast("string"), lit("?"));
        return regexp_replace(regexp_replace(text, "0+$", ""), "\\.$", "");
    }
}
