package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * gold_reconciliation: every region-wide aggregate report, measure by measure, against the sum of its region's own
 * reports of the same year (gold_rates, agency level all). The aggregate is never added to anything; the
 * difference is a finding, with the coverage (own reports summed) beside it. The aggregate's region is the one its
 * region code names: a province, prefecture or county.
 */
final class Reconciliation {

    static final List<String> MEASURES = List.of("new_received", "handled", "granted", "partially_granted",
            "carried_forward", "reviews", "lawsuits");

    private Reconciliation() {
    }

    static Dataset<Row> of(RegionRollup rollup, Dataset<Row> dimensions, Dataset<Row> figures, Dataset<Row> rates) {
        Column level = when(col("region_code").equalTo(col("county_code")), lit("county"))
                .when(col("region_code").equalTo(col("prefecture_code")), lit("prefecture"))
                .when(col("region_code").equalTo(col("province_code")), lit("province"));
        Dataset<Row> aggregates = dimensions.filter(col("scope").equalTo(ReportDimensions.AGGREGATE))
                .join(figures, "report_id", "left")
                .withColumn("region_level", level)
                .filter(col("region_level").isNotNull());
        Dataset<Row> printed = aggregates.unpivot(
                new Column[]{col("region_level"), col("region_code"), col("year"), col("report_id").as("aggregate_report_id"),
                        col("agency_name").as("aggregate_agency")},
                measures(), "measure", "aggregate_value");
        Dataset<Row> own = rates.filter(col("agency_level").equalTo(RegionRollup.ALL))
                .unpivot(new Column[]{col("region_level"), col("region_code"), col("year"), col("reports").as("own_reports")},
                        measures(), "measure", "own_sum");
        Dataset<Row> compared = printed.join(own, new String[]{"region_level", "region_code", "year", "measure"}, "left")
                .withColumn("aggregate_value", coalesce(col("aggregate_value"), lit(0L)))
                .withColumn("own_sum", coalesce(col("own_sum"), lit(0L)))
                .withColumn("own_reports", coalesce(col("own_reports"), lit(0L)))
                .withColumn("difference", col("aggregate_value").minus(col("own_sum")));
        return rollup.withNames(compared)
                .withColumn("relative_difference", Ratios.ratio(col("difference"), col("aggregate_value")));
    }

    private static Column[] measures() {
        return MEASURES.stream().map(m -> col(m).cast("bigint").as(m)).toArray(Column[]::new);
    }
}
