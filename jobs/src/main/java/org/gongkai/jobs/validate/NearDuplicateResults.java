package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gongkai.rules.NearDuplicateRule;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.when;

/**
 * C2: a report whose text is a near duplicate of an earlier report of its own agency, or of another agency's
 * report of the same or an earlier year (the later one is the copy; two agencies in the same year are both
 * flagged). The pairs come from MinHash/LSH ({@link NarrativeDuplicates}); each report keeps its closest partner.
 */
final class NearDuplicateResults {

    static final String PARTNER = "dup_partner";
    static final String SIMILARITY = "dup_similarity";
    static final String PARTNERS = "dup_partners";

    private NearDuplicateResults() {
    }

    /** Per report with a near duplicate: its closest earlier partner, the similarity and how many partners it has. */
    static Dataset<Row> partners(NearDuplicateRule rule, Dataset<Row> currentReports) {
        Dataset<Row> texts = currentReports.select(col("report_id"), col(WideReports.AGENCY_KEY).as("agency_key"),
                col("year"), col(WideReports.section(rule.section())).as("text"));
        Column earlier = when(col("same_agency"), col("other_year").lt(col("year")))
                .otherwise(col("other_year").leq(col("year")));
        return NarrativeDuplicates.standard().pairs(texts)
                .join(texts.select("report_id", "year"), "report_id")
                .filter(earlier.and(col("similarity").geq(rule.similarity())))
                .groupBy("report_id")
                .agg(max_by(col("other_report_id"), col("similarity")).as(PARTNER), max("similarity").as(SIMILARITY),
                        count("*").as(PARTNERS));
    }

    /** The C2 instance over the wide row joined with {@link #partners}: reports whose text is long enough to judge. */
    static CompiledInstance compile(NearDuplicateRule rule) {
        Column found = col(PARTNER).isNotNull();
        Column detail = when(found, concat(col(PARTNER), lit(" 近似重复（相似度 "), format_number(col(SIMILARITY), 2),
                lit("，共 "), col(PARTNERS).cast("string"), lit(" 份）")));
        Column text = col(WideReports.section(rule.section()));
        Column judged = text.isNotNull().and(length(text).geq(NarrativeText.MIN_LENGTH));
        return ReportInstances.special(rule.info(), rule.section(), CompiledInstance.Comparison.EQUAL,
                "总体情况与 {detail}", "", List.of("sections." + rule.section()),
                when(found, Micros.lit(1)).otherwise(Micros.lit(0)), Micros.lit(0), judged.or(found), detail);
    }
}
