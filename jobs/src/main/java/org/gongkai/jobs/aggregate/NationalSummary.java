package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * gold_national_summary: one row per year, from the nation's rows of gold_rates (agency level all) and
 * gold_report_quality, with the reports counted by scope and the publishing agencies (distinct report keys: a
 * report key is the year, region and agency).
 */
final class NationalSummary {

    private NationalSummary() {
    }

    static Dataset<Row> of(Dataset<Row> dimensions, Dataset<Row> rates, Dataset<Row> reportQuality) {
        Dataset<Row> counts = dimensions.groupBy("year").agg(count(lit(1)).as("reports"),
                sum(when(col("summed"), 1L).otherwise(0L)).as("own_reports"),
                sum(when(col("scope").equalTo(ReportDimensions.AGGREGATE), 1L).otherwise(0L)).as("aggregate_reports"),
                count_distinct(col("report_key")).as("agencies"));
        Dataset<Row> nation = rates.filter(col("region_level").equalTo(RegionRollup.NATION)
                        .and(col("agency_level").equalTo(RegionRollup.ALL)))
                .select("year", "new_received", "handled", "disclosure_rate", "reviews", "review_correction_rate",
                        "lawsuits", "lawsuit_correction_rate");
        Dataset<Row> quality = reportQuality.filter(col("region_level").equalTo(RegionRollup.NATION))
                .select(col("year"), col("reports_with_errors"), col("late_share"), col("copied_share"),
                        Ratios.ratio(col("reports_with_errors"), col("reports")).as("error_share"));
        return counts.join(nation, new String[]{"year"}, "left").join(quality, new String[]{"year"}, "left");
    }
}
