package org.gongkai.jobs.warehouse;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schemas of the {@code gold_*} tables that {@code aggregate} writes: what analysts query. Every column carries
 * a comment (kept by Delta, shown by DESCRIBE and in the data dictionary). Only own reports are summed bottom-up;
 * region-wide aggregate reports are reconciled against those sums instead.
 */
public final class GoldTables {

    /** Filled by the declarations below: declared first so that it exists when they run. */
    private static final Map<String, String> DESCRIPTIONS = new HashMap<>();

    private static final DataType STRING = DataTypes.StringType;
    private static final DataType LONG = DataTypes.LongType;
    private static final DataType DOUBLE = DataTypes.DoubleType;
    private static final DataType INT = DataTypes.IntegerType;

    private static final List<StructField> REGION = List.of(
            column("region_level", STRING, "nation, province, prefecture or county"),
            column("region_code", STRING, "CN for the nation, else the NBS division code (2, 4 or 6 digits)"),
            column("region_name", STRING, "全国 or the division's name (NBS 2023)"));
    private static final StructField AGENCY_LEVEL = column("agency_level", STRING,
            "all, or the publishing agency's level: national, province, prefecture, county, township, unknown");
    private static final StructField YEAR = column("year", INT, "the report year (the year the figures are about)");
    private static final StructField RUN_ID = column("run_id", STRING, "the aggregate run that wrote the row");

    public static final TableDef REQUEST_OUTCOMES = gold("gold_request_outcomes",
            "Requests by how they ended, per region, agency level, year and applicant (GROUPING SETS: `all` marks a "
                    + "level summed over)",
            withRegion(AGENCY_LEVEL, YEAR,
                    column("applicant_class", STRING, "all, natural_person or legal_person_or_org"),
                    column("applicant_type", STRING, "all, or the table 三 column code (natural_person, commercial, …)"),
                    column("outcome_group", STRING,
                            "all, granted, partially_granted, denied, unable, rejected or other (2019 and 2021 mapped)"),
                    column("outcome", STRING, "all, or the table 三 row code (granted, denied_state_secret, …)"),
                    column("requests", LONG, "Σ of the printed cells (request_outcomes.count)"),
                    column("reports", LONG, "own current reports summed over (zeros included)"),
                    column("share", DOUBLE, "requests / requests of all outcomes for the same region, agency level, "
                            + "year and applicant"),
                    RUN_ID));

    public static final TableDef RATES = gold("gold_rates",
            "Request volumes and rates per region, agency level and year. Each figure of table 三 is its 总计 where "
                    + "printed as a number, else the sum of its applicant cells (a wrong printed total stays as printed)",
            withRegion(AGENCY_LEVEL, YEAR,
                    column("reports", LONG, "own current reports summed over"),
                    column("new_received", LONG, "一、本年新收 (总计)"),
                    column("carried_over", LONG, "二、上年结转 (总计)"),
                    column("handled", LONG, "Σ of the outcome rows (一)…(六)"),
                    column("granted", LONG, "（一）予以公开"),
                    column("partially_granted", LONG, "（二）部分公开"),
                    column("denied", LONG, "（三）不予公开, all reasons"),
                    column("unable", LONG, "（四）无法提供, all reasons"),
                    column("rejected", LONG, "（五）不予处理, all reasons"),
                    column("other", LONG, "（六）其他处理"),
                    column("carried_forward", LONG, "四、结转下年度继续办理 (总计)"),
                    column("disclosure_rate", DOUBLE, "(granted + partially_granted) / handled"),
                    column("denial_rate", DOUBLE, "denied / handled"),
                    column("unable_rate", DOUBLE, "unable / handled"),
                    column("rejected_rate", DOUBLE, "rejected / handled"),
                    column("carried_forward_share", DOUBLE, "carried_forward / (new_received + carried_over)"),
                    column("reviews", LONG, "表四 行政复议 总计"),
                    column("reviews_concluded", LONG, "行政复议 结果维持 + 结果纠正 + 其他结果"),
                    column("reviews_corrected", LONG, "行政复议 结果纠正"),
                    column("review_correction_rate", DOUBLE, "reviews_corrected / reviews_concluded"),
                    column("lawsuits", LONG, "行政诉讼 总计 (未经复议直接起诉 + 复议后起诉)"),
                    column("lawsuits_concluded", LONG, "行政诉讼 结果维持 + 结果纠正 + 其他结果"),
                    column("lawsuits_corrected", LONG, "行政诉讼 结果纠正"),
                    column("lawsuit_correction_rate", DOUBLE, "lawsuits_corrected / lawsuits_concluded"),
                    column("cells_unread", LONG, "cells summed here that held no number (blank, placeholder, "
                            + "missing, ambiguous): read as 0 and counted"),
                    RUN_ID));

    public static final TableDef PROACTIVE = gold("gold_proactive",
            "Proactive disclosure (table 二) per region and year",
            withRegion(YEAR,
                    column("format", STRING, "2019 or 2021: the table 二 of that format"),
                    column("item", STRING, "the table 二 row code (regulations, normative_documents, licensing, …)"),
                    column("measure", STRING, "the table 二 column code (issued, repealed, in_force, decisions, amount, …)"),
                    column("value", Tables.RESULT_VALUE, "Σ of the printed numbers"),
                    column("unit", STRING, "万元 for amounts (元 converted), unknown for an amount printed without a "
                            + "unit where the format gives none, null for counts"),
                    column("reports", LONG, "own current reports of that format summed over"),
                    column("reports_with_value", LONG, "of those, the reports that printed a number in the cell"),
                    RUN_ID));

    public static final TableDef RULE_QUALITY = gold("gold_rule_quality",
            "How often each rule fails, per region and year (all current reports, own and aggregate)",
            withRegion(YEAR,
                    column("rule_id", STRING, "the rule (bin/gongkai rules lists them)"),
                    column("severity", STRING, "error or warning"),
                    column("reports_evaluated", LONG, "reports with at least one instance of the rule"),
                    column("reports_passed", LONG, "every instance passed"),
                    column("reports_failed", LONG, "at least one instance failed"),
                    column("reports_not_evaluable", LONG, "none failed, at least one not evaluable"),
                    column("fail_rate", DOUBLE, "reports_failed / (reports_evaluated − reports_not_evaluable)"),
                    column("instances_failed", LONG, "failed instances (a column, a row, a statement…)"),
                    RUN_ID));

    public static final TableDef REPORT_QUALITY = gold("gold_report_quality",
            "Report quality flags per region and year (all current reports)",
            withRegion(YEAR,
                    column("reports", LONG, "current reports"),
                    column("reports_with_errors", LONG, "reports failing an error-level rule"),
                    column("reports_with_warnings", LONG, "reports failing a warning-level rule"),
                    column("late", LONG, "published after the deadline (T1)"),
                    column("copied", LONG, "tables or overview copied (C1, C2)"),
                    column("blank_totals", LONG, "table 三's 总计 column left blank"),
                    column("format_mismatch", LONG, "format does not match the year (F1)"),
                    column("narrative_mismatch", LONG, "overview figures differ from the tables (X4)"),
                    column("late_share", DOUBLE, "late / reports"),
                    column("copied_share", DOUBLE, "copied / reports"),
                    column("mean_score", DOUBLE, "mean of report_quality.score"),
                    RUN_ID));

    public static final TableDef RECONCILIATION = gold("gold_reconciliation",
            "Each region-wide aggregate report against the sum of its region's own reports",
            withRegion(YEAR,
                    column("aggregate_report_id", STRING, "the aggregate report (reports.report_id)"),
                    column("aggregate_agency", STRING, "who published it"),
                    column("measure", STRING, "new_received, handled, granted, partially_granted, carried_forward, "
                            + "reviews or lawsuits"),
                    column("aggregate_value", LONG, "as printed in the aggregate report (read as gold_rates reads)"),
                    column("own_sum", LONG, "Σ over the own reports of the region and year"),
                    column("own_reports", LONG, "own reports of the region and year (coverage)"),
                    column("difference", LONG, "aggregate_value − own_sum"),
                    column("relative_difference", DOUBLE, "difference / aggregate_value"),
                    RUN_ID));

    public static final TableDef NATIONAL_SUMMARY = gold("gold_national_summary",
            "The nation per year: volumes, rates and data quality",
            List.of(YEAR,
                    column("reports", LONG, "current reports"),
                    column("own_reports", LONG, "own current reports (summed)"),
                    column("aggregate_reports", LONG, "region-wide aggregate reports (not summed)"),
                    column("agencies", LONG, "distinct publishing agencies"),
                    column("new_received", LONG, "一、本年新收 (总计), own reports"),
                    column("handled", LONG, "Σ of the outcome rows, own reports"),
                    column("disclosure_rate", DOUBLE, "(granted + partially_granted) / handled"),
                    column("reviews", LONG, "行政复议 总计, own reports"),
                    column("review_correction_rate", DOUBLE, "corrected / concluded reviews"),
                    column("lawsuits", LONG, "行政诉讼 总计, own reports"),
                    column("lawsuit_correction_rate", DOUBLE, "corrected / concluded lawsuits"),
                    column("reports_with_errors", LONG, "reports failing an error-level rule"),
                    column("error_share", DOUBLE, "reports_with_errors / reports"),
                    column("late_share", DOUBLE, "late reports / reports"),
                    column("copied_share", DOUBLE, "copied reports / reports"),
                    RUN_ID));

    public static final TableDef YEAR_OVER_YEAR = gold("gold_year_over_year",
            "Year-over-year changes of the headline measures per region (agency level all)",
            withRegion(
                    column("measure", STRING, "reports, new_received, handled, disclosure_rate, denial_rate, reviews, "
                            + "review_correction_rate or lawsuits"),
                    YEAR,
                    column("value", DOUBLE, "this year's value (gold_rates)"),
                    column("previous_value", DOUBLE, "the previous year's value"),
                    column("change", DOUBLE, "value − previous_value"),
                    column("change_rate", DOUBLE, "change / previous_value"),
                    RUN_ID));

    public static final List<TableDef> ALL = List.of(REQUEST_OUTCOMES, RATES, PROACTIVE, RULE_QUALITY, REPORT_QUALITY,
            RECONCILIATION, NATIONAL_SUMMARY, YEAR_OVER_YEAR);

    private GoldTables() {
    }

    /** What a gold table holds, in a sentence (for the data dictionary). */
    public static String description(TableDef table) {
        return DESCRIPTIONS.getOrDefault(table.name(), "");
    }

    private static TableDef gold(String name, String description, List<StructField> fields) {
        DESCRIPTIONS.put(name, description);
        return new TableDef(name, new StructType(fields.toArray(StructField[]::new)), List.of(), List.of());
    }

    private static List<StructField> withRegion(StructField... rest) {
        List<StructField> fields = new ArrayList<>(REGION);
        fields.addAll(List.of(rest));
        return fields;
    }

    private static StructField column(String name, DataType type, String comment) {
        return DataTypes.createStructField(name, type, true).withComment(comment);
    }
}
