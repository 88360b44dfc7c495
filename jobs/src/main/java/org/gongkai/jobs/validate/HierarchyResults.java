package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DecimalType;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.rules.HierarchyRule;

import java.util.List;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * H1: each region-wide report's figures against the sum of the own reports of its region and year (at the
 * province, prefecture or county level of the aggregate's region code), with the coverage (own reports summed) in
 * the message. Not every unit publishes, so only a difference beyond the rule's tolerance is a failure.
 */
final class HierarchyResults {

    private static final DecimalType AMOUNT = Tables.RESULT_VALUE;
    private static final List<String> LEVELS = List.of("province_code", "prefecture_code", "county_code");

    private HierarchyResults() {
    }

    /** One row per aggregate report and cell, in the columns of rule_results, from the wide report rows. */
    static Dataset<Row> results(HierarchyRule rule, Dataset<Row> wide) {
        Dataset<Row> figures = figures(rule, wide);
        Dataset<Row> own = figures.filter(col("scope").equalTo("own"));
        Dataset<Row> sums = null;
        for (String level : LEVELS) {
            Dataset<Row> atLevel = own.filter(col(level).isNotNull())
                    .groupBy(col(level).as("region"), col("year"), col("cell"))
                    .agg(sum("value").as("own_sum"), count("value").as("coverage"));
            sums = sums == null ? atLevel : sums.unionByName(atLevel);
        }
        Dataset<Row> aggregates = figures.filter(col("scope").equalTo("aggregate"))
                .select(col("report_id"), col("year"), col("region_code").as("region"), col("cell"), col("value"));
        Dataset<Row> compared = aggregates.join(sums, new String[]{"region", "year", "cell"});
        return compared.select(results(rule));
    }

    /** The rule's cells of every current report, read leniently (blank and placeholder as 0), one row per cell. */
    private static Dataset<Row> figures(HierarchyRule rule, Dataset<Row> wide) {
        Column[] cells = rule.cells().stream().map(cell -> struct(lit(cell.key()).as("cell"),
                Micros.toDecimal(CellColumns.lenient(cell, false)).as("value"))).toArray(Column[]::new);
        return wide.filter(col("scope").isin("own", "aggregate"))
                .select(col("report_id"), col("year"), col("scope"), col("region_code"), col("province_code"),
                        col("prefecture_code"), col("county_code"), explode(array(cells)).as("figure"))
                .select(col("*"), col("figure.cell").as("cell"), col("figure.value").as("value")).drop("figure");
    }

    private static Column[] results(HierarchyRule rule) {
        Column actual = col("value");
        Column expected = col("own_sum");
        Column difference = actual.minus(expected);
        Column beyond = abs(difference).gt(greatest(abs(actual), abs(expected)).multiply(rule.tolerance()))
                .and(abs(difference).gt(rule.minimumDifference()));
        Column status = when(actual.isNull(), lit(RuleResults.NOT_EVALUABLE))
                .when(beyond, lit(RuleResults.FAIL)).otherwise(lit(RuleResults.PASS));
        Column message = concat(lit("汇总报告 "), col("cell"), lit(" 印 "), Micros.displayDecimal(actual.cast(AMOUNT)), lit("，本区域 "),
                col("coverage").cast("string"), lit(" 份本机关报告合计 "), Micros.displayDecimal(expected.cast(AMOUNT)), lit("，相差 "),
                Micros.displayDecimal(difference.cast(AMOUNT)));
        Column[] figures = {expected.cast(AMOUNT), actual.cast(AMOUNT), difference.cast(AMOUNT)};
        return new Column[]{col("report_id"), col("year"), lit(rule.id()).as("rule_id"), col("cell").as("instance"),
                lit(rule.info().severity().code()).as("severity"), status.as("status"), figures[0].as("expected"),
                figures[1].as("actual"), figures[2].as("difference"), status.as("lenient_status"),
                figures[0].as("lenient_expected"), figures[1].as("lenient_actual"), figures[2].as("lenient_difference"),
                when(status.notEqual(RuleResults.PASS), array(col("cell"))).as("cells"), message.as("message")};
    }
}
