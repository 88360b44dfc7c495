package org.gongkai.jobs.report;

import org.gongkai.jobs.report.ReportData.Change;
import org.gongkai.jobs.report.ReportData.Discrepancy;
import org.gongkai.jobs.report.ReportData.Finding;
import org.gongkai.jobs.report.ReportData.NationalYear;
import org.gongkai.jobs.report.ReportData.Outcomes;
import org.gongkai.jobs.report.ReportData.Reconciliation;
import org.gongkai.jobs.report.ReportData.RegionQuality;
import org.gongkai.jobs.report.ReportData.RegionRates;
import org.gongkai.jobs.report.ReportData.RuleRate;
import org.gongkai.jobs.report.ReportData.RuleText;
import org.gongkai.jobs.report.ReportData.WorstReport;

import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-made report: two years, the nation and two provinces, two rules, one aggregate report reconciled and
 * two worst reports, one of them with markup in its agency name. Every figure is typed here, not computed.
 */
final class SampleReportData {

    static final String HOSTILE_AGENCY = "<script>alert(1)</script>某某局 & \"办公室\"";

    private SampleReportData() {
    }

    static ReportData build() {
        List<NationalYear> national = List.of(
                new NationalYear(2022, 90L, 80L, 10L, 85L, 1000L, 950L, 0.6, 40L, 0.1, 12L, null, 9L, 0.1, 0.2, 0.0),
                new NationalYear(2023, 100L, 88L, 12L, 95L, 1250L, 1200L, 0.6667, 50L, 0.125, 15L, 0.2, 20L, 0.2,
                        0.15, 0.01));
        List<RegionRates> regions = List.of(
                rates("nation", "CN", "全国", 2022, 950L, new Outcomes(500L, 70L, 200L, 100L, 50L, 30L), 0.6),
                rates("nation", "CN", "全国", 2023, 1200L, new Outcomes(600L, 200L, 150L, 150L, 60L, 40L), 0.6667),
                rates("province", "13", "河北省", 2023, 500L, new Outcomes(200L, 50L, 100L, 100L, 30L, 20L), 0.5),
                rates("province", "11", "北京市", 2023, 700L, new Outcomes(400L, 150L, 50L, 50L, 30L, 20L), null),
                rates("province", "11", "北京市", 2022, 640L, new Outcomes(300L, 40L, 150L, 80L, 40L, 30L), 0.53));
        List<RegionQuality> quality = List.of(
                new RegionQuality("province", "11", "北京市", 2023, 40L, 5L, 7L, 0.05, 0.0, 92.5),
                new RegionQuality("province", "13", "河北省", 2023, 48L, 15L, 9L, 0.25, 0.02, 71.0));
        List<RuleRate> ruleRates = List.of(
                new RuleRate("D1", "error", "nation", "CN", "全国", 2023, 100L, 10L, 0.1),
                new RuleRate("D1", "error", "province", "11", "北京市", 2023, 40L, 10L, 0.25),
                new RuleRate("D1", "error", "province", "13", "河北省", 2023, 48L, 0L, 0.0),
                new RuleRate("T1", "warning", "nation", "CN", "全国", 2023, 100L, 15L, 0.15),
                new RuleRate("T1", "warning", "province", "13", "河北省", 2023, 48L, 12L, 0.25),
                new RuleRate("D1", "error", "province", "11", "北京市", 2022, 40L, 40L, 1.0));
        List<RuleText> rules = List.of(new RuleText("O1", "error", "表三每一列：总计与结转之和等于新收与上年结转之和"),
                new RuleText("D1", "error", "表三每一列：（七）总计 ＝ 各办理结果之和"),
                new RuleText("T1", "warning", "按时公布"));
        List<Change> changes = List.of(
                new Change("new_received", 2023, 1250.0, 1000.0, 250.0, 0.25),
                new Change("disclosure_rate", 2023, 0.6667, 0.6, 0.0667, 0.11),
                new Change("new_received", 2022, 1000.0, null, null, null));
        Reconciliation reconciliation = new Reconciliation(2023, 1, 2, 2, List.of(
                new Discrepancy("province", "13", "河北省<b>&", 2023, "agg-13", "河北省人民政府", "new_received", 600L,
                        400L, 30L, 200L, 0.3333),
                new Discrepancy("province", "13", "河北省<b>&", 2023, "agg-13", "河北省人民政府", "handled", 410L, 400L,
                        30L, 10L, 0.0244)));
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= WorstReportsSection.LISTED + 3; i++) {
            many.add(new Finding("D1", "error", "col:" + i, "表三·第" + i + "列：总计 9，各项之和 7，相差 2", List.of()));
        }
        List<WorstReport> worst = List.of(
                new WorstReport("r-1", 2023, HOSTILE_AGENCY, "110101", "county", "own", "files/11/a/2023.html", 47, 3,
                        1, List.of("late"), List.of(new Finding("D1", "error", "col:natural_person",
                        "表三·自然人列：（七）总计 9，各办理结果之和 7，相差 2",
                        List.of("表三（七）总计·自然人", "表三（一）予以公开·自然人")))),
                new WorstReport("r-2", 2022, "河北省人民政府", "13", "province", "aggregate", "https://example.org/r-2", 50, 5,
                        0, List.of(), many));
        return new ReportData("gongkai", "2026-11-02 10:00 CST", 2023, national, regions, quality, ruleRates, rules,
                changes, reconciliation, worst);
    }

    private static RegionRates rates(String level, String code, String name, int year, long handled, Outcomes outcomes,
                                     Double disclosureRate) {
        return new RegionRates(level, code, name, year, 20L, handled + 50, handled, outcomes, disclosureRate, 0.1, 5L,
                0.2, 3L, 0.0, 7L);
    }
}
