package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * gold_rule_quality and gold_report_quality: what validate found, by region and year, over every current report
 * (own and aggregate, dropped or not: data quality is about all of them).
 */
final class QualityAggregation {

    static final String FAIL = "fail";
    static final String NOT_EVALUABLE = "not_evaluable";
    private static final List<String> FLAGS = List.of("late", "copied", "blank_totals", "format_mismatch",
            "narrative_mismatch");

    private QualityAggregation() {
    }

    /** Per rule: a report failed it when an instance failed; else not evaluable when one was; else passed. */
    static Dataset<Row> rules(RegionRollup rollup, Dataset<Row> dimensions, Dataset<Row> ruleResults) {
        Dataset<Row> perReport = ruleResults
                .groupBy(col("report_id"), col("rule_id"), col("severity"))
                .agg(sum(when(col("status").equalTo(FAIL), 1L).otherwise(0L)).as("instances_failed"),
                        max(col("status").equalTo(NOT_EVALUABLE)).as("any_not_evaluable"));
        Column failed = col("instances_failed").gt(0);
        Column notEvaluable = not(failed).and(col("any_not_evaluable"));
        Dataset<Row> facts = dimensions.select(col("report_id"), col("province_code"), col("prefecture_code"),
                        col("county_code"), col("year"))
                .join(perReport, "report_id")
                .select(col("province_code"), col("prefecture_code"), col("county_code"), col("year"), col("rule_id"),
                        col("severity"), lit(1L).as("reports_evaluated"), flag(not(failed).and(not(notEvaluable)))
                                .as("reports_passed"), flag(failed).as("reports_failed"),
                        flag(notEvaluable).as("reports_not_evaluable"), col("instances_failed"));
        return rollup.sum(facts, List.of("year", "rule_id", "severity"), List.of(), List.of(List.of()),
                        List.of("reports_evaluated", "reports_passed", "reports_failed", "reports_not_evaluable",
                                "instances_failed"))
                .withColumn("fail_rate", Ratios.ratio(col("reports_failed"),
                        col("reports_evaluated").minus(col("reports_not_evaluable"))));
    }

    /**
     * Counts of report_quality's flags. A current report validate has not seen (no report_quality row) counts in
     * {@code reports} and in no flag; the job warns about such reports.
     */
    static Dataset<Row> reports(RegionRollup rollup, Dataset<Row> dimensions) {
        Dataset<Row> facts = dimensions.select(col("province_code"), col("prefecture_code"), col("county_code"),
                col("year"), lit(1L).as("reports"), flag(col("errors_failed").gt(0)).as("reports_with_errors"),
                flag(col("warnings_failed").gt(0)).as("reports_with_warnings"), flag(col("late")).as("late"),
                flag(col("copied")).as("copied"), flag(col("blank_totals")).as("blank_totals"),
                flag(col("format_mismatch")).as("format_mismatch"),
                flag(col("narrative_mismatch")).as("narrative_mismatch"), col("score").cast("long").as("score_sum"),
                flag(col("score").isNotNull()).as("scored"));
        List<String> measures = RegionRollup.concat(List.of("reports", "reports_with_errors", "reports_with_warnings"),
                FLAGS, List.of("score_sum", "scored"));
        return rollup.sum(facts, List.of("year"), List.of(), List.of(List.of()), measures)
                .withColumn("late_share", Ratios.ratio(col("late"), col("reports")))
                .withColumn("copied_share", Ratios.ratio(col("copied"), col("reports")))
                .withColumn("mean_score", Ratios.ratio(col("score_sum"), col("scored")));
    }

    /** 1 where the condition holds, 0 where it does not or is unknown. */
    private static Column flag(Column condition) {
        return when(condition, 1L).otherwise(0L);
    }
}
