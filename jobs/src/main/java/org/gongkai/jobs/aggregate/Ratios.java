package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;

import static org.apache.spark.sql.functions.when;

/** Rates as the gold tables hold them: a double, null where the denominator is 0 (or unknown). */
final class Ratios {

    private Ratios() {
    }

    static Column ratio(Column numerator, Column denominator) {
        return when(denominator.notEqual(0), numerator.cast("double").divide(denominator.cast("double")));
    }
}
