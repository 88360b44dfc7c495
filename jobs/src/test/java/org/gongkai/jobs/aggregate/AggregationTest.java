package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.warehouse.GoldTables;
import org.gongkai.jobs.warehouse.TableDef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aggregate transform on a handful of reports written by hand, every expected figure worked out below from the
 * rows written here. The reports (2023 unless said):
 * <pre>
 *   r1     own, county level, 临潼区 610115 (西安市 6101, 陕西省 61)
 *   r2     own, township level, 任留街道 610115020 (in 临潼区)
 *   r3     own, county level, 雁塔区 610113: no request, no cell
 *   r4     own, prefecture level, 西安市 6101 (no county)
 *   r5     own, national level, a State Council department (no region)
 *   r6     aggregate: 临潼区's region-wide report (never summed; reconciled)
 *   r7     own, county level, 朝阳区 110105 (北京市 11, placeholder prefecture 1101 市辖区)
 *   r8     own, county level, 临潼区, dropped by rule D1 (never summed)
 *   r9     own, county level, 临潼区, 2022
 *   r1old  an earlier version of r1 (not current: never read)
 * </pre>
 */
class AggregationTest {

    private static SparkSession spark;
    private static final Map<TableDef, List<Row>> GOLD = new LinkedHashMap<>();

    @BeforeAll
    static void aggregate() {
        spark = SparkSession.builder().master("local[2]").appName("AggregationTest")
                .config("spark.sql.shuffle.partitions", "2").config("spark.default.parallelism", "2")
                .config("spark.ui.enabled", "false").getOrCreate();
        GoldFrames gold = new Aggregation("run-1", (rows, name) -> rows.localCheckpoint()).aggregate(silver().frames(spark));
        gold.byTable().forEach((table, rows) -> {
            assertEquals(Arrays.asList(table.schema().fieldNames()), Arrays.asList(rows.columns()), table.name());
            GOLD.put(table, rows.collectAsList());
        });
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static SilverRows silver() {
        SilverRows silver = new SilverRows();
        silver.report("r1", 2023, "county", "own", "610115")
                .number("requests", "new_received", "total", "10")
                .number("requests", "carried_over", "total", "1")
                .number("requests", "granted", "total", "5").number("requests", "granted", "natural_person", "4")
                .number("requests", "granted", "commercial", "1")
                // 总计 blank: the applicant cells are summed, the blank one read as 0 and counted.
                .empty("requests", "partially_granted", "total", "blank")
                .number("requests", "partially_granted", "natural_person", "2")
                .empty("requests", "partially_granted", "commercial", "blank")
                // A wrong printed total (3, its parts say 2) stays what it is.
                .number("requests", "denied_state_secret", "total", "3")
                .number("requests", "denied_state_secret", "natural_person", "2")
                // （六） printed as one row: its sub-rows are missing and give way to it.
                .number("requests", "other_handling", "total", "1")
                .number("requests", "other_handling", "natural_person", "1")
                .empty("requests", "other_misc", "total", "missing")
                .empty("requests", "other_misc", "natural_person", "missing")
                .number("requests", "carried_forward", "total", "1")
                .number("appeals", "review", "upheld", "1").number("appeals", "review", "corrected", "1")
                .empty("appeals", "review", "other_result", "blank").number("appeals", "review", "pending", "0")
                .number("appeals", "review", "total", "2")
                .number("appeals", "litigation_direct", "upheld", "1")
                .number("appeals", "litigation_direct", "corrected", "0")
                .number("appeals", "litigation_direct", "other_result", "0")
                .number("appeals", "litigation_direct", "pending", "1")
                .empty("appeals", "litigation_direct", "total", "blank")
                .number("proactive", "regulations", "issued", "2")
                .amount("fees", "amount", "1.5", "万元")
                .outcome("natural_person", "granted", 4L).outcome("commercial", "granted", 1L)
                .outcome("natural_person", "partially_granted", 2L).outcome("commercial", "partially_granted", null)
                .outcome("natural_person", "denied_state_secret", 2L).outcome("natural_person", "other_handling", 1L)
                .quality(1, 0, 90, true, false, List.of())
                .rule("D1", "requests.natural_person", "error", "fail")
                .rule("D1", "requests.commercial", "error", "pass")
                .rule("X1", "requests.total", "warning", "not_evaluable");
        silver.report("r2", 2023, "township", "own", "610115020")
                .number("requests", "new_received", "total", "5")
                .number("requests", "granted", "total", "3").number("requests", "granted", "natural_person", "3")
                .number("requests", "partially_granted", "total", "2")
                .number("requests", "partially_granted", "research", "2")
                .empty("proactive", "regulations", "issued", "blank")
                .amount("fees", "amount", "20000", "元")
                .outcome("natural_person", "granted", 3L).outcome("research", "partially_granted", 2L)
                .clean()
                .rule("D1", "requests.natural_person", "error", "pass")
                .rule("X1", "requests.total", "warning", "not_evaluable")
                .rule("X1", "requests.natural_person", "warning", "pass");
        silver.report("r3", 2023, "county", "own", "610113").clean();
        silver.report("r4", 2023, "prefecture", "own", "6101")
                .number("requests", "new_received", "total", "10")
                .number("requests", "granted", "total", "10").number("requests", "granted", "natural_person", "10")
                .outcome("natural_person", "granted", 10L)
                .clean();
        silver.report("r5", 2023, "national", "own", null)
                .number("requests", "new_received", "total", "100")
                .number("requests", "granted", "total", "100")
                .number("appeals", "review", "upheld", "3").number("appeals", "review", "corrected", "1")
                .number("appeals", "review", "other_result", "0").number("appeals", "review", "pending", "0")
                .number("appeals", "review", "total", "4")
                .outcome("natural_person", "granted", 100L)
                .clean();
        silver.report("r6", 2023, "county", "aggregate", "610115")
                .number("requests", "new_received", "total", "20")
                .number("requests", "granted", "total", "12")
                .number("appeals", "review", "total", "5")
                .amount("fees", "amount", "50", "万元")
                .outcome("natural_person", "granted", 12L)
                .quality(1, 0, 90, false, true, List.of())
                .rule("D1", "requests.natural_person", "error", "fail");
        silver.report("r7", 2023, "county", "own", "110105")
                .number("requests", "new_received", "total", "5")
                .number("requests", "denied_third_party", "total", "5")
                .number("requests", "denied_third_party", "natural_person", "5")
                .outcome("natural_person", "denied_third_party", 5L)
                .clean();
        silver.report("r8", 2023, "county", "own", "610115")
                .number("requests", "new_received", "total", "1000")
                .number("requests", "granted", "total", "1000")
                .amount("fees", "amount", "999", "万元")
                .outcome("natural_person", "granted", 1000L)
                .quality(1, 0, 80, false, false, List.of("D1"))
                .rule("D1", "requests.natural_person", "error", "fail")
                .rule("D1", "requests.commercial", "error", "fail");
        silver.report("r9", 2022, "county", "own", "610115")
                .number("requests", "new_received", "total", "4")
                .number("requests", "granted", "total", "2").number("requests", "granted", "natural_person", "2")
                .outcome("natural_person", "granted", 2L)
                .clean();
        silver.report("r1old", "r1", false, 2023, "county", "own", "610115")
                .number("requests", "new_received", "total", "99")
                .number("requests", "granted", "total", "77")
                .outcome("natural_person", "granted", 77L)
                .quality(5, 0, 50, true, true, List.of())
                .rule("D1", "requests.natural_person", "error", "fail");
        return silver;
    }

    // gold_request_outcomes

    @Test
    void requestsAreSummedAtEveryRegionLevelOverOwnCurrentReports() {
        // 2023, all agencies, applicants and outcomes. r1: 4+1+2+2+1 = 10 (the blank cell adds nothing); r2: 3+2 = 5;
        // r3: 0; r4: 10; r5: 100; r7: 5. r6 (aggregate), r8 (dropped) and r1old (not current) are not summed.
        assertOutcome("nation", "CN", "全国", 130, 6);
        assertOutcome("province", "61", "陕西省", 25, 4);
        assertOutcome("prefecture", "6101", "西安市", 25, 4);
        assertOutcome("county", "610115", "临潼区", 15, 2);
        assertOutcome("province", "11", "北京市", 5, 1);
        assertOutcome("prefecture", "1101", "北京市市辖区", 5, 1);
        assertOutcome("county", "110105", "朝阳区", 5, 1);
    }

    @Test
    void aRegionWhoseReportsHadNoRequestHasItsPopulationAndNoShare() {
        Row yanta = assertOutcome("county", "610113", "雁塔区", 0, 1);
        assertNull(yanta.getAs("share"));
        // Only the population rows (all agencies, and r3's county level): no applicant or outcome was requested.
        List<Row> rows = rows(GoldTables.REQUEST_OUTCOMES, "region_code", "610113");
        assertEquals(List.of("all", "county"), rows.stream().map(r -> r.<String>getAs("agency_level")).sorted().toList());
        rows.forEach(r -> assertEquals(List.of("all", "all", "all", "all"), Arrays.asList(r.getAs("applicant_class"),
                r.getAs("applicant_type"), r.getAs("outcome_group"), r.getAs("outcome"))));
    }

    @Test
    void agencyLevelsAreGroupedAndRolledUp() {
        assertEquals(List.of(10L, 1L), requestsAndReports(outcome("county", "610115", "county", 2023, "all", "all", "all", "all")));
        assertEquals(List.of(5L, 1L), requestsAndReports(outcome("county", "610115", "township", 2023, "all", "all", "all", "all")));
        assertEquals(List.of(100L, 1L), requestsAndReports(outcome("nation", "CN", "national", 2023, "all", "all", "all", "all")));
        // r1 10 + r3 0 + r7 5; r8 is county level too but dropped.
        assertEquals(List.of(15L, 3L), requestsAndReports(outcome("nation", "CN", "county", 2023, "all", "all", "all", "all")));
        assertTrue(rows(GoldTables.REQUEST_OUTCOMES, "region_code", "610115", "agency_level", "prefecture").isEmpty());
    }

    @Test
    void applicantsAndOutcomesAreGroupedWithSharesOfTheirAllRow() {
        // 临潼区 2023, every applicant: granted r1 4+1, r2 3 = 8 of 15; denied 2 of 15.
        Row granted = outcome("county", "610115", "all", 2023, "all", "all", "granted", "granted");
        assertEquals(List.of(8L, 2L), requestsAndReports(granted));
        assertEquals(8.0 / 15, granted.<Double>getAs("share"), 1e-12);
        assertEquals(2.0 / 15, outcome("county", "610115", "all", 2023, "all", "all", "denied", "all").<Double>getAs("share"), 1e-12);
        assertEquals(2L, outcome("county", "610115", "all", 2023, "all", "all", "denied", "denied_state_secret").<Long>getAs("requests"));
        // Natural persons: r1 4+2+2+1, r2 3 = 12, of which granted 4+3 = 7.
        assertEquals(12L, outcome("county", "610115", "all", 2023, "natural_person", "natural_person", "all", "all").<Long>getAs("requests"));
        assertEquals(7.0 / 12, outcome("county", "610115", "all", 2023, "natural_person", "natural_person", "granted", "granted")
                .<Double>getAs("share"), 1e-12);
        // Legal persons and organisations as a class: r1 commercial 1 (granted), r2 research 2 (partially granted).
        Row legal = outcome("county", "610115", "all", 2023, "legal_person_or_org", "all", "all", "all");
        assertEquals(List.of(3L, 2L), requestsAndReports(legal));
        assertEquals(1.0, legal.<Double>getAs("share"), 1e-12);
        assertEquals(2.0 / 3, outcome("county", "610115", "all", 2023, "legal_person_or_org", "all", "partially_granted", "all")
                .<Double>getAs("share"), 1e-12);
        // Commercial applicants asked once (the blank cell is no request): granted, all of it.
        assertEquals(1.0, outcome("county", "610115", "all", 2023, "legal_person_or_org", "commercial", "granted", "granted")
                .<Double>getAs("share"), 1e-12);
        // The nation: granted 5+3+10+100 = 118 of 130.
        assertEquals(118.0 / 130, outcome("nation", "CN", "all", 2023, "all", "all", "granted", "all").<Double>getAs("share"), 1e-12);
    }

    @Test
    void everyRowCarriesItsPopulationOfReports() {
        for (Row row : rows(GoldTables.REQUEST_OUTCOMES, "region_code", "610115", "agency_level", "all", "year", 2023)) {
            assertEquals(2L, row.<Long>getAs("reports"), row.toString());
        }
    }

    // gold_rates

    @Test
    void ratesReadThePrintedTotalElseTheApplicantCellsAndCountUnreadCells() {
        // 临潼区 2023 = r1 + r2. r1: granted 5 (printed), partially 2 (blank total: 2 + blank), denied 3 (printed,
        // though its parts say 2), other 1 (（六） as one row), handled 11; r2: granted 3, partially 2, handled 5.
        Row linTong = rate("county", "610115", "all", 2023);
        assertEquals(2L, linTong.<Long>getAs("reports"));
        assertEquals(15L, linTong.<Long>getAs("new_received"));
        assertEquals(1L, linTong.<Long>getAs("carried_over"));
        assertEquals(8L, linTong.<Long>getAs("granted"));
        assertEquals(4L, linTong.<Long>getAs("partially_granted"));
        assertEquals(3L, linTong.<Long>getAs("denied"));
        assertEquals(1L, linTong.<Long>getAs("other"));
        assertEquals(16L, linTong.<Long>getAs("handled"));
        assertEquals(1L, linTong.<Long>getAs("carried_forward"));
        assertEquals(12.0 / 16, linTong.<Double>getAs("disclosure_rate"), 1e-12);
        assertEquals(3.0 / 16, linTong.<Double>getAs("denial_rate"), 1e-12);
        assertEquals(0.0, linTong.<Double>getAs("unable_rate"), 1e-12);
        assertEquals(1.0 / 16, linTong.<Double>getAs("carried_forward_share"), 1e-12);
        // r1's 行政复议: 总计 2, 维持 1 + 纠正 1 + 其他 blank; 直接起诉: 总计 blank → 1 + 0 + 0 + 1.
        assertEquals(List.of(2L, 2L, 1L), longs(linTong, "reviews", "reviews_concluded", "reviews_corrected"));
        assertEquals(0.5, linTong.<Double>getAs("review_correction_rate"), 1e-12);
        assertEquals(List.of(2L, 1L, 0L), longs(linTong, "lawsuits", "lawsuits_concluded", "lawsuits_corrected"));
        assertEquals(0.0, linTong.<Double>getAs("lawsuit_correction_rate"), 1e-12);
        // Unread: r1's blank commercial cell of 部分公开 and its blank 行政复议 其他结果.
        assertEquals(2L, linTong.<Long>getAs("cells_unread"));
    }

    @Test
    void ratesWithAZeroDenominatorAreNull() {
        Row yanta = rate("county", "610113", "all", 2023);
        assertEquals(List.of(1L, 0L, 0L), longs(yanta, "reports", "handled", "cells_unread"));
        for (String rate : List.of("disclosure_rate", "denial_rate", "unable_rate", "rejected_rate", "carried_forward_share",
                "review_correction_rate", "lawsuit_correction_rate")) {
            assertNull(yanta.getAs(rate), rate);
        }
    }

    @Test
    void theNationSumsEveryOwnReportOnlyOnce() {
        // new 10+5+0+10+100+5; handled 11+5+0+10+100+5; granted+partially (5+3+10+100)+(2+2).
        Row nation = rate("nation", "CN", "all", 2023);
        assertEquals(List.of(6L, 130L, 131L), longs(nation, "reports", "new_received", "handled"));
        assertEquals(122.0 / 131, nation.<Double>getAs("disclosure_rate"), 1e-12);
        assertEquals(List.of(6L, 6L, 2L), longs(nation, "reviews", "reviews_concluded", "reviews_corrected"));
        Row prefecture = rate("prefecture", "6101", "prefecture", 2023);
        assertEquals(List.of(1L, 10L), longs(prefecture, "reports", "handled"));
        assertEquals(List.of(1L, 4L, 2L), longs(rate("nation", "CN", "all", 2022), "reports", "new_received", "handled"));
    }

    @Test
    void aggregateAndDroppedReportsAreNeverSummed() {
        // r6 (aggregate, 20 new) and r8 (dropped, 1000 new) lie in 临潼区 too; had either been added, 15 would not hold.
        assertEquals(15L, rate("county", "610115", "all", 2023).<Long>getAs("new_received"));
        assertEquals(15L, outcome("county", "610115", "all", 2023, "all", "all", "all", "all").<Long>getAs("requests"));
        assertEquals(new BigDecimal("3.500000"), proactive("610115", "fees", "amount").getAs("value"));
    }

    // gold_reconciliation

    @Test
    void anAggregateReportIsReconciledAgainstTheSumOfItsRegionsOwnReports() {
        List<Row> rows = rows(GoldTables.RECONCILIATION, "aggregate_report_id", "r6");
        assertEquals(Reconciliation.MEASURES.size(), rows.size());
        Row newReceived = find(rows, "measure", "new_received");
        assertEquals(List.of("county", "610115", "临潼区", "机关 r6"), Arrays.asList(newReceived.getAs("region_level"),
                newReceived.getAs("region_code"), newReceived.getAs("region_name"), newReceived.getAs("aggregate_agency")));
        assertEquals(List.of(20L, 15L, 2L, 5L), longs(newReceived, "aggregate_value", "own_sum", "own_reports", "difference"));
        assertEquals(0.25, newReceived.<Double>getAs("relative_difference"), 1e-12);
        assertEquals(List.of(12L, 16L, -4L), longs(find(rows, "measure", "handled"), "aggregate_value", "own_sum", "difference"));
        assertEquals(List.of(5L, 2L, 3L), longs(find(rows, "measure", "reviews"), "aggregate_value", "own_sum", "difference"));
        Row lawsuits = find(rows, "measure", "lawsuits");
        assertEquals(List.of(0L, 2L, -2L), longs(lawsuits, "aggregate_value", "own_sum", "difference"));
        assertNull(lawsuits.getAs("relative_difference"));
        assertEquals(rows.size(), rows(GoldTables.RECONCILIATION).size(), "r6 is the only aggregate report");
    }

    // gold_year_over_year

    @Test
    void yearOverYearComparesWithThePreviousYearOfTheSameRegion() {
        Row newReceived = yoy("610115", "new_received", 2023);
        assertEquals(List.of(15.0, 4.0, 11.0, 11.0 / 4), doubles(newReceived, "value", "previous_value", "change", "change_rate"));
        assertEquals(List.of(2.0, 1.0, 1.0, 1.0), doubles(yoy("610115", "reports", 2023), "value", "previous_value", "change",
                "change_rate"));
        assertEquals(List.of(0.75, 1.0), doubles(yoy("610115", "disclosure_rate", 2023), "value", "previous_value"));
        assertEquals(-0.25, yoy("610115", "disclosure_rate", 2023).<Double>getAs("change_rate"), 1e-12);
        Row first = yoy("610115", "new_received", 2022);
        assertEquals(4.0, first.<Double>getAs("value"));
        assertNull(first.getAs("previous_value"));
        assertNull(first.getAs("change"));
        assertNull(first.getAs("change_rate"));
    }

    // gold_proactive

    @Test
    void proactiveDisclosureIsSummedWithItsReportCountsAndAmountsIn10kYuan() {
        Row issued = proactive("610115", "regulations", "issued");
        assertEquals(new BigDecimal("2.000000"), issued.getAs("value"));
        assertEquals(List.of(2L, 1L), longs(issued, "reports", "reports_with_value"));
        assertNull(issued.getAs("unit"));
        Row fees = proactive("610115", "fees", "amount");
        // r1 1.5 万元 + r2 20000 元 = 2 万元.
        assertEquals(new BigDecimal("3.500000"), fees.getAs("value"));
        assertEquals("万元", fees.getAs("unit"));
        assertEquals(List.of(2L, 2L), longs(fees, "reports", "reports_with_value"));
        assertEquals("2021", fees.getAs("format"));
    }

    // gold_rule_quality and gold_report_quality

    @Test
    void ruleQualityCountsEveryCurrentReportByWorstInstance() {
        // 临潼区 2023: r1 (fail, pass), r2 (pass), r6 aggregate (fail), r8 dropped (fail, fail); r1old is not current.
        Row d1 = find(rows(GoldTables.RULE_QUALITY, "region_code", "610115", "year", 2023), "rule_id", "D1");
        assertEquals(List.of(4L, 1L, 3L, 0L, 4L), longs(d1, "reports_evaluated", "reports_passed", "reports_failed",
                "reports_not_evaluable", "instances_failed"));
        assertEquals(0.75, d1.<Double>getAs("fail_rate"), 1e-12);
        assertEquals("error", d1.getAs("severity"));
        // X1: r1 not evaluable; r2 not evaluable and pass → not evaluable. Nothing left to fail: no rate.
        Row x1 = find(rows(GoldTables.RULE_QUALITY, "region_code", "610115", "year", 2023), "rule_id", "X1");
        assertEquals(List.of(2L, 0L, 0L, 2L), longs(x1, "reports_evaluated", "reports_passed", "reports_failed",
                "reports_not_evaluable"));
        assertNull(x1.getAs("fail_rate"));
    }

    @Test
    void reportQualityCountsFlagsOfEveryCurrentReport() {
        // 临潼区 2023: r1 (error, late, 90), r2 (100), r6 (error, copied, 90), r8 (error, dropped, 80).
        Row linTong = find(rows(GoldTables.REPORT_QUALITY, "region_code", "610115"), "year", 2023);
        assertEquals(List.of(4L, 3L, 0L, 1L, 1L), longs(linTong, "reports", "reports_with_errors", "reports_with_warnings",
                "late", "copied"));
        assertEquals(List.of(0.25, 0.25, 90.0), doubles(linTong, "late_share", "copied_share", "mean_score"));
    }

    // gold_national_summary

    @Test
    void theNationalSummaryHasOneRowPerYear() {
        List<Row> summary = rows(GoldTables.NATIONAL_SUMMARY);
        assertEquals(2, summary.size());
        Row y2023 = find(summary, "year", 2023);
        assertEquals(List.of(8L, 6L, 1L, 8L, 130L, 131L, 6L, 2L, 3L), longs(y2023, "reports", "own_reports",
                "aggregate_reports", "agencies", "new_received", "handled", "reviews", "lawsuits", "reports_with_errors"));
        assertEquals(List.of(122.0 / 131, 1.0 / 3, 0.0, 3.0 / 8, 1.0 / 8, 1.0 / 8), doubles(y2023, "disclosure_rate",
                "review_correction_rate", "lawsuit_correction_rate", "error_share", "late_share", "copied_share"));
        Row y2022 = find(summary, "year", 2022);
        assertEquals(List.of(1L, 1L, 0L, 4L, 2L), longs(y2022, "reports", "own_reports", "aggregate_reports",
                "new_received", "handled"));
        assertNull(y2022.getAs("review_correction_rate"));
    }

    @Test
    void everyRowHasTheRunId() {
        GOLD.forEach((table, rows) -> rows.forEach(row -> assertEquals("run-1", row.getAs("run_id"), table.name())));
    }

    // helpers

    private static Row assertOutcome(String level, String code, String name, long requests, long reports) {
        Row row = outcome(level, code, "all", 2023, "all", "all", "all", "all");
        assertEquals(name, row.getAs("region_name"));
        assertEquals(List.of(requests, reports), requestsAndReports(row), level + " " + code);
        return row;
    }

    private static Row outcome(String level, String code, String agency, int year, String applicantClass,
                               String applicantType, String group, String outcome) {
        return single(GoldTables.REQUEST_OUTCOMES, "region_level", level, "region_code", code, "agency_level", agency,
                "year", year, "applicant_class", applicantClass, "applicant_type", applicantType, "outcome_group", group,
                "outcome", outcome);
    }

    private static Row rate(String level, String code, String agency, int year) {
        return single(GoldTables.RATES, "region_level", level, "region_code", code, "agency_level", agency, "year", year);
    }

    private static Row yoy(String code, String measure, int year) {
        return single(GoldTables.YEAR_OVER_YEAR, "region_code", code, "measure", measure, "year", year);
    }

    private static Row proactive(String code, String item, String measure) {
        return single(GoldTables.PROACTIVE, "region_code", code, "year", 2023, "item", item, "measure", measure);
    }

    private static List<Long> requestsAndReports(Row row) {
        return longs(row, "requests", "reports");
    }

    private static Row single(TableDef table, Object... columnsAndValues) {
        List<Row> found = rows(table, columnsAndValues);
        assertEquals(1, found.size(), table.name() + " rows with " + Arrays.toString(columnsAndValues) + ": " + found);
        return found.get(0);
    }

    private static List<Row> rows(TableDef table, Object... columnsAndValues) {
        List<Row> found = new ArrayList<>();
        for (Row row : GOLD.get(table)) {
            boolean matches = true;
            for (int i = 0; i < columnsAndValues.length; i += 2) {
                matches &= Objects.equals(row.getAs((String) columnsAndValues[i]), columnsAndValues[i + 1]);
            }
            if (matches) {
                found.add(row);
            }
        }
        return found;
    }

    private static Row find(List<Row> rows, String column, Object value) {
        return rows.stream().filter(r -> Objects.equals(r.getAs(column), value)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + rows));
    }

    private static List<Long> longs(Row row, String... columns) {
        return Arrays.stream(columns).map(c -> row.<Long>getAs(c)).toList();
    }

    private static List<Double> doubles(Row row, String... columns) {
        return Arrays.stream(columns).map(c -> row.<Double>getAs(c)).toList();
    }
}
