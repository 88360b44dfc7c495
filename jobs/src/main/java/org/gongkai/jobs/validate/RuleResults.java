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
        Column difference = actual.strict().minus(expected.strict());
        Column problems = concat(actual.problems(), expected.problems());
        Column message = when(status.equalTo(FAIL), concat(lit(label + "：" + actualLabel + " "), display(actual.strict()),
                lit("，" + expectedLabel + " "), display(expected.strict()), lit("，相差 "), display(difference)))
                .when(status.equalTo(NOT_EVALUABLE), concat(lit(label + "：无法核对，"), array_join(problems, "、")));
        return of(rule, lit(instance), status, expected.strict(), actual.strict(), lenientStatus, expected.lenient(),
                actual.lenient(), concat(actual.cells(), expected.cells()), message);
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
