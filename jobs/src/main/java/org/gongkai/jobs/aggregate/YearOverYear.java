package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * gold_year_over_year: the headline measures of gold_rates (agency level all) per region and year beside the same
 * region's value of the year before (null where that year has no row), the change and the change rate (null where
 * the previous value is 0 or unknown).
 */
final class YearOverYear {

    static final List<String> MEASURES = List.of("reports", "new_received", "handled", "disclosure_rate",
            "denial_rate", "reviews", "review_correction_rate", "lawsuits");

    private YearOverYear() {
    }

    static Dataset<Row> of(Dataset<Row> rates) {
        Column[] values = MEASURES.stream().map(m -> col(m).cast("double").as(m)).toArray(Column[]::new);
        Dataset<Row> current = rates.filter(col("agency_level").equalTo(RegionRollup.ALL))
                .unpivot(new Column[]{col("region_level"), col("region_code"), col("region_name"), col("year")},
                        values, "measure", "value");
        Dataset<Row> previous = current.select(col("region_level"), col("region_code"), col("measure"),
                col("year").plus(1).as("year"), col("value").as("previous_value"));
        return current.join(previous, new String[]{"region_level", "region_code", "measure", "year"}, "left")
                .withColumn("change", col("value").minus(col("previous_value")))
                .withColumn("change_rate", Ratios.ratio(col("change"), col("previous_value")));
    }
}
