package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * gold_rates: the summed reports' figures ({@link ReportFigures}) by region level, region, agency level (or all)
 * and year, with the number of reports beside the sums and the rates computed from the sums.
 */
final class RateAggregation {

    private RateAggregation() {
    }

    static Dataset<Row> of(RegionRollup rollup, Dataset<Row> summed, Dataset<Row> figures) {
        List<Column> facts = new ArrayList<>();
        RegionRollup.concat(RegionRollup.REGION_CODES, List.of("agency_level", "year")).forEach(c -> facts.add(col(c)));
        facts.add(lit(1L).as("reports"));
        // A report without cells of table 三 or 四 is in the population with zeros.
        ReportFigures.MEASURES.forEach(m -> facts.add(coalesce(col(m), lit(0L)).as(m)));
        Dataset<Row> reports = summed.join(figures, "report_id", "left").select(facts.toArray(Column[]::new));
        Dataset<Row> sums = rollup.sum(reports, List.of("year"), List.of("agency_level"),
                List.of(List.of("agency_level"), List.of()),
                RegionRollup.concat(List.of("reports"), ReportFigures.MEASURES));
        return sums
                .withColumn("disclosure_rate", Ratios.ratio(col("granted").plus(col("partially_granted")), col("handled")))
                .withColumn("denial_rate", Ratios.ratio(col("denied"), col("handled")))
                .withColumn("unable_rate", Ratios.ratio(col("unable"), col("handled")))
                .withColumn("rejected_rate", Ratios.ratio(col("rejected"), col("handled")))
                .withColumn("carried_forward_share",
                        Ratios.ratio(col("carried_forward"), col("new_received").plus(col("carried_over"))))
                .withColumn("review_correction_rate", Ratios.ratio(col("reviews_corrected"), col("reviews_concluded")))
                .withColumn("lawsuit_correction_rate",
                        Ratios.ratio(col("lawsuits_corrected"), col("lawsuits_concluded")));
    }
}
