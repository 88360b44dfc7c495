package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;

/**
 * One row per current report with what the gold tables group and filter by: year, agency level, scope, the region
 * codes at every level, the validate findings (report_quality) and whether the report is summed: own scope and not
 * dropped by a rule. Reports without a year cannot be placed in any table and are left out (the job counts them).
 */
final class ReportDimensions {

    static final String OWN = "own";
    static final String AGGREGATE = "aggregate";
    static final String UNKNOWN = "unknown";

    private ReportDimensions() {
    }

    static Dataset<Row> of(Dataset<Row> reports, Dataset<Row> reportQuality) {
        Dataset<Row> current = reports.filter(col("is_current").and(col("year").isNotNull())).select(
                col("report_id"), col("report_key"), col("year"), col("format"), col("agency_name"),
                coalesce(col("level"), lit(UNKNOWN)).as("agency_level"), coalesce(col("scope"), lit(UNKNOWN)).as("scope"),
                col("region_code"), col("province_code"), col("prefecture_code"), col("county_code"));
        Dataset<Row> quality = reportQuality.select(col("report_id"), lit(true).as("validated"),
                size(col("dropped_by")).gt(0).as("dropped"), col("errors_failed"), col("warnings_failed"),
                col("late"), col("copied"), col("blank_totals"), col("format_mismatch"), col("narrative_mismatch"),
                col("score"));
        Column dropped = coalesce(col("dropped"), lit(false));
        return current.join(quality, "report_id", "left")
                .withColumn("validated", coalesce(col("validated"), lit(false)))
                .withColumn("dropped", dropped)
                .withColumn("summed", col("scope").equalTo(OWN).and(not(dropped)));
    }

    /** The reports summed bottom-up: own scope, not dropped. */
    static Dataset<Row> summed(Dataset<Row> dimensions) {
        return dimensions.filter(col("summed"));
    }
}
