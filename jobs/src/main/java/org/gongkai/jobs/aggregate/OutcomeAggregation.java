package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

/**
 * gold_request_outcomes: request_outcomes summed by region level, region, agency level, year, applicant and outcome
 * in one aggregation with GROUPING SETS. The population (own current reports, zeros included) rides in the same
 * aggregation as rows of its own that carry no applicant or outcome: it survives only where both are rolled up,
 * and is then given to every row of its region, agency level and year.
 */
final class OutcomeAggregation {

    private static final List<String> KEYS = List.of("year");
    private static final List<String> APPLICANT = List.of("applicant_class", "applicant_type");
    private static final List<String> OUTCOME = List.of("outcome_group", "outcome");
    private static final List<String> ROLLED = RegionRollup.concat(List.of("agency_level"), APPLICANT, OUTCOME);

    private OutcomeAggregation() {
    }

    /**
     * @param summed          the summed reports' dimensions ({@link ReportDimensions#summed})
     * @param requestOutcomes the request_outcomes table
     */
    static Dataset<Row> of(RegionRollup rollup, Dataset<Row> summed, Dataset<Row> requestOutcomes) {
        List<String> place = RegionRollup.concat(List.of("report_id"), RegionRollup.REGION_CODES,
                List.of("agency_level", "year"));
        Dataset<Row> counts = requestOutcomes.filter(col("count").isNotNull())
                .select(col("report_id"), col("applicant_class"), col("applicant_type"), col("outcome_group"),
                        col("outcome"), col("count").as("requests"), lit(0L).as("reports"))
                .join(summed.select(RegionRollup.columns(place)), "report_id");
        Dataset<Row> population = summed.select(RegionRollup.columns(place)).withColumn("requests", lit(0L))
                .withColumn("reports", lit(1L));
        for (String dimension : RegionRollup.concat(APPLICANT, OUTCOME)) {
            population = population.withColumn(dimension, lit(null).cast(DataTypes.StringType));
        }
        Dataset<Row> facts = counts.unionByName(population).drop("report_id");
        Dataset<Row> sums = rollup.sum(facts, KEYS, ROLLED, groupingSets(),
                List.of("requests", "reports"));

        WindowSpec regionAgencyYear = Window.partitionBy("region_level", "region_code", "agency_level", "year");
        WindowSpec applicant = Window.partitionBy("region_level", "region_code", "agency_level", "year",
                "applicant_class", "applicant_type");
        Column allOutcomes = col("outcome_group").equalTo(RegionRollup.ALL).and(col("outcome").equalTo(RegionRollup.ALL));
        Column ofAllOutcomes = max(when(allOutcomes, col("requests"))).over(applicant);
        return sums.withColumn("reports", max(col("reports")).over(regionAgencyYear))
                .withColumn("share", Ratios.ratio(col("requests"), ofAllOutcomes));
    }

    /** Agency level (or all) × applicant type, class or all × outcome, group or all. */
    private static List<List<String>> groupingSets() {
        List<List<String>> sets = new ArrayList<>();
        for (List<String> agency : List.of(List.of("agency_level"), List.<String>of())) {
            for (int applicant = APPLICANT.size(); applicant >= 0; applicant--) {
                for (int outcome = OUTCOME.size(); outcome >= 0; outcome--) {
                    sets.add(RegionRollup.concat(agency, APPLICANT.subList(0, applicant), OUTCOME.subList(0, outcome)));
                }
            }
        }
        return sets;
    }
}
