package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What aggregate reads: the silver tables (with the columns of {@code Tables}: every version of every report, their
 * cells, and validate's request_outcomes, report_quality and rule_results) and the region names.
 */
public record SilverFrames(Dataset<Row> reports, Dataset<Row> cells, Dataset<Row> requestOutcomes,
                           Dataset<Row> reportQuality, Dataset<Row> ruleResults, Dataset<Row> regionNames) {
}
