package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.gongkai.jobs.warehouse.Tables;

import java.math.BigDecimal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.regexp_replace;

/**
 * Cell values as whole millionths in a {@code long}: exact for every value the cells table holds to six decimals, and
 * summed by Spark's generated code as plain longs (decimal sums build a BigDecimal per addition). Values beyond
 * {@link #LIMIT} are not checked (a cell of state {@code x}, not evaluable).
 */
final class Micros {

    static final long SCALE = 1_000_000L;
    /**
     * A billion: far above any real count or amount (万元); its millionths stay exact as a double, and sums of a few
     * hundred cells stay far from overflowing a long.
     */
    static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000L);

    private Micros() {
    }

    static Column lit(long whole) {
        return org.apache.spark.sql.functions.lit(whole * SCALE);
    }

    /** Millionths as people write the number: 767, 0.5, -2 (null as ?). */
    static Column display(Column micros) {
        return displayDecimal(toDecimal(micros));
    }

    /** The same for a value in the executors' code ({@link #display(Column)} in Spark columns). */
    static String display(Long micros) {
        return micros == null ? "?" : toDecimal(micros).stripTrailingZeros().toPlainString();
    }

    /** A decimal as people write it: 767, not 767.000000 (null as ?). */
    static Column displayDecimal(Column decimal) {
        Column text = coalesce(decimal.cast("string"), org.apache.spark.sql.functions.lit("?"));
        return regexp_replace(regexp_replace(text, "(\\.[0-9]*?)0+$", "$1"), "\\.$", "");
    }

    /** Millionths back to a decimal of six places, the scale of rule_results (null stays null). */
    static BigDecimal toDecimal(Long micros) {
        return micros == null ? null : BigDecimal.valueOf(micros, 6);
    }

    /** Millionths back to the decimal type of rule_results. */
    static Column toDecimal(Column micros) {
        return micros.cast(DataTypes.createDecimalType(Tables.RESULT_VALUE.precision(), 0))
                .divide(org.apache.spark.sql.functions.lit(BigDecimal.valueOf(SCALE)))
                .cast(Tables.RESULT_VALUE);
    }
}
