package org.gongkai.jobs.report;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.warehouse.GoldTables;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.gongkai.jobs.testing.TestRows.row;
import static org.gongkai.jobs.testing.TestRows.write;

/**
 * A small warehouse for the report, typed by hand in the tables' own schemas: two years, the nation and three
 * provinces, plus rows the report must leave out (a prefecture, a single agency level, an older year's reconciliation,
 * a passed rule instance).
 */
final class ReportWarehouse {

    static final String RUN = "test-run";

    private ReportWarehouse() {
    }

    static void fill(SparkSession spark, Warehouse warehouse) {
        write(spark, warehouse, GoldTables.NATIONAL_SUMMARY, List.of(
                national(2022, 900L, 98_000L, 0.61, 0.12, 0.08),
                national(2023, 1000L, 123_456L, 0.6543, 0.1, 0.05)));
        write(spark, warehouse, GoldTables.RATES, List.of(
                rates("nation", "CN", "全国", "all", 2022, 98_000L, 95_000L, 0.61),
                rates("nation", "CN", "全国", "all", 2023, 123_456L, 120_000L, 0.6543),
                rates("province", "11", "北京市", "all", 2023, 30_000L, 29_000L, 0.72),
                rates("province", "44", "广东省", "all", 2023, 50_000L, 48_000L, 0.58),
                rates("province", "65", "新疆维吾尔自治区", "all", 2023, 4_321L, 4_000L, 0.49),
                rates("province", "11", "北京市", "all", 2022, 25_000L, 24_000L, 0.70),
                // Left out: one agency level of a province, and a prefecture.
                rates("province", "44", "广东省", "county", 2023, 20_000L, 19_000L, 0.5),
                rates("prefecture", "4401", "广州市", "all", 2023, 9_000L, 8_800L, 0.6)));
        write(spark, warehouse, GoldTables.REPORT_QUALITY, List.of(
                quality("nation", "CN", "全国", 1000L, 100L, 0.1, 88.0),
                quality("province", "11", "北京市", 200L, 10L, 0.05, 93.5),
                quality("province", "44", "广东省", 300L, 45L, 0.15, 81.2),
                quality("province", "65", "新疆维吾尔自治区", 50L, 10L, 0.2, 76.0)));
        List<Row> ruleRates = new ArrayList<>();
        for (String[] region : new String[][]{{"nation", "CN", "全国"}, {"province", "11", "北京市"},
                {"province", "44", "广东省"}, {"province", "65", "新疆维吾尔自治区"}}) {
            ruleRates.add(ruleRate("O1", "error", region, 0.01 * region[1].length()));
            ruleRates.add(ruleRate("D1", "error", region, region[0].equals("nation") ? 0.1 : 0.4));
            ruleRates.add(ruleRate("T1", "warning", region, 0.9));
        }
        write(spark, warehouse, GoldTables.RULE_QUALITY, ruleRates);
        write(spark, warehouse, GoldTables.YEAR_OVER_YEAR, List.of(
                row(GoldTables.YEAR_OVER_YEAR, "region_level", "nation", "region_code", "CN", "region_name", "全国",
                        "measure", "new_received", "year", 2023, "value", 123_456.0, "previous_value", 98_000.0,
                        "change", 25_456.0, "change_rate", 0.2598, "run_id", RUN)));
        write(spark, warehouse, GoldTables.RECONCILIATION, List.of(
                reconciliation(2023, "new_received", 52_000L, 50_000L),
                reconciliation(2023, "handled", 60_000L, 48_000L),
                reconciliation(2022, "handled", 1L, 40_000L)));
        write(spark, warehouse, Tables.REPORTS, List.of(
                report("r-low", "某某县交通运输局", "440111"),
                report("r-mid", "某某市人民政府办公室", "4401"),
                report("r-high", "北京市某某区司法局", "110101")));
        write(spark, warehouse, Tables.REPORT_QUALITY, List.of(
                reportQuality("r-low", 2, 1, 67, true),
                reportQuality("r-mid", 1, 0, 90, false),
                reportQuality("r-high", 0, 0, 100, false)));
        write(spark, warehouse, Tables.RULE_RESULTS, List.of(
                ruleResult("r-low", "D1", "col:natural_person", "fail", "表三·自然人列：（七）总计 9，各办理结果之和 7，相差 2",
                        List.of("requests.total_handled.natural_person", "requests.granted.natural_person")),
                ruleResult("r-low", "O1", "col:total", "pass", null, null),
                ruleResult("r-mid", "D1", "col:total", "fail", "表三·总计列：（七）总计 120，各办理结果之和 118，相差 2",
                        List.of("requests.total_handled.total"))));
    }

    private static Row national(int year, long reports, long newReceived, double disclosure, double errorShare,
                                double lateShare) {
        return row(GoldTables.NATIONAL_SUMMARY, "year", year, "reports", reports, "own_reports", reports - 40,
                "aggregate_reports", 40L, "agencies", reports - 10, "new_received", newReceived,
                "handled", newReceived - 3_000, "disclosure_rate", disclosure, "reviews", 2_500L,
                "review_correction_rate", 0.11, "lawsuits", 900L, "lawsuit_correction_rate", 0.07,
                "reports_with_errors", Math.round(reports * errorShare), "error_share", errorShare,
                "late_share", lateShare, "copied_share", 0.02, "run_id", RUN);
    }

    private static Row rates(String level, String code, String name, String agencyLevel, int year, long newReceived,
                             long handled, double disclosure) {
        long granted = Math.round(handled * disclosure * 0.8);
        long partially = Math.round(handled * disclosure) - granted;
        long rest = handled - granted - partially;
        return row(GoldTables.RATES, "region_level", level, "region_code", code, "region_name", name,
                "agency_level", agencyLevel, "year", year, "reports", 100L, "new_received", newReceived,
                "carried_over", 1_000L, "handled", handled, "granted", granted, "partially_granted", partially,
                "denied", rest / 4, "unable", rest / 4, "rejected", rest / 4, "other", rest - 3 * (rest / 4),
                "disclosure_rate", disclosure, "denial_rate", (double) (rest / 4) / handled, "reviews", 80L,
                "review_correction_rate", 0.1, "lawsuits", 30L, "lawsuit_correction_rate", 0.05, "cells_unread", 12L,
                "run_id", RUN);
    }

    private static Row quality(String level, String code, String name, long reports, long withErrors, double late,
                               double meanScore) {
        return row(GoldTables.REPORT_QUALITY, "region_level", level, "region_code", code, "region_name", name,
                "year", 2023, "reports", reports, "reports_with_errors", withErrors, "reports_with_warnings", 7L,
                "late", Math.round(reports * late), "late_share", late, "copied_share", 0.01, "mean_score", meanScore,
                "run_id", RUN);
    }

    private static Row ruleRate(String rule, String severity, String[] region, double failRate) {
        return row(GoldTables.RULE_QUALITY, "region_level", region[0], "region_code", region[1], "region_name",
                region[2], "year", 2023, "rule_id", rule, "severity", severity, "reports_evaluated", 100L,
                "reports_failed", Math.round(100 * failRate), "reports_not_evaluable", 0L, "fail_rate", failRate,
                "run_id", RUN);
    }

    private static Row reconciliation(int year, String measure, long aggregate, long ownSum) {
        return row(GoldTables.RECONCILIATION, "region_level", "province", "region_code", "44", "region_name", "广东省",
                "year", year, "aggregate_report_id", "agg-44-" + year, "aggregate_agency", "广东省人民政府",
                "measure", measure, "aggregate_value", aggregate, "own_sum", ownSum, "own_reports", 290L,
                "difference", aggregate - ownSum, "relative_difference", (double) (aggregate - ownSum) / aggregate,
                "run_id", RUN);
    }

    private static Row report(String id, String agency, String regionCode) {
        return row(Tables.REPORTS, "report_id", id, "report_key", "2023-" + regionCode + "-" + agency,
                "is_current", true, "year", 2023, "format", "2021", "agency_name", agency, "level", "county",
                "scope", "own", "region_code", regionCode, "source_uri", "files/" + id + ".html",
                "source_sha256", "0".repeat(64), "source_kind", "file", "input_uri", "files/" + id + ".html",
                "observed_at", Timestamp.valueOf("2024-02-01 00:00:00"), "metadata_origin", Map.of(),
                "parse_status", "ok", "notices", List.of(), "sections", Map.of(), "parser_version", "test",
                "run_id", RUN);
    }

    private static Row reportQuality(String id, int errors, int warnings, int score, boolean late) {
        return row(Tables.REPORT_QUALITY, "report_id", id, "year", 2023, "errors_failed", errors,
                "warnings_failed", warnings, "rules_not_evaluable", 0, "instances_failed", errors + warnings,
                "instances_evaluated", 40, "score", score, "failed_rules", List.of(), "late", late, "copied", false,
                "blank_totals", false, "format_mismatch", false, "narrative_mismatch", false, "dropped_by", List.of(),
                "run_id", RUN);
    }

    private static Row ruleResult(String id, String rule, String instance, String status, String message,
                                  List<String> cells) {
        return row(Tables.RULE_RESULTS, "report_id", id, "year", 2023, "rule_id", rule, "instance", instance,
                "severity", "error", "status", status, "lenient_status", status, "cells", cells, "message", message,
                "run_id", RUN);
    }
}
