package org.gongkai.jobs.report;

import java.util.List;

/**
 * Everything the HTML report shows, read from the warehouse into plain values (no Spark): the renderer is a pure
 * function of it. Figures are as the gold tables hold them; a null is a figure the table does not have (a rate
 * whose denominator is 0) and is shown as a dash.
 *
 * @param title        what the report is about (the warehouse database), shown in the heading
 * @param createdAt    when the report was written, as text
 * @param latestYear   the year the province charts, the rule heat table and the reconciliation show
 * @param national     gold_national_summary, one row per year
 * @param regions      gold_rates for the nation and the provinces, agency level {@code all}
 * @param quality      gold_report_quality for the nation and the provinces
 * @param ruleRates    gold_rule_quality for the nation and the provinces
 * @param rules        the rule catalog's ids and Chinese descriptions
 * @param changes      gold_year_over_year for the nation
 * @param reconciliation gold_reconciliation of the latest year: counts and the largest differences
 * @param worstReports the reports with the lowest report_quality score, with the rule instances they failed
 */
public record ReportData(String title, String createdAt, int latestYear, List<NationalYear> national,
                         List<RegionRates> regions, List<RegionQuality> quality, List<RuleRate> ruleRates,
                         List<RuleText> rules, List<Change> changes, Reconciliation reconciliation,
                         List<WorstReport> worstReports) {

    public static final String NATION = "nation";
    public static final String PROVINCE = "province";

    /** One year of gold_national_summary. */
    public record NationalYear(int year, Long reports, Long ownReports, Long aggregateReports, Long agencies,
                               Long newReceived, Long handled, Double disclosureRate, Long reviews,
                               Double reviewCorrectionRate, Long lawsuits, Double lawsuitCorrectionRate,
                               Long reportsWithErrors, Double errorShare, Double lateShare, Double copiedShare) {
    }

    /** One region and year of gold_rates (agency level all): volumes, how requests ended, rates. */
    public record RegionRates(String level, String code, String name, int year, Long reports, Long newReceived,
                              Long handled, Outcomes outcomes, Double disclosureRate, Double denialRate, Long reviews,
                              Double reviewCorrectionRate, Long lawsuits, Double lawsuitCorrectionRate,
                              Long cellsUnread) {
    }

    /** Table 三's outcome groups, summed: the six parts of {@code handled}. */
    public record Outcomes(Long granted, Long partiallyGranted, Long denied, Long unable, Long rejected, Long other) {
    }

    /** One region and year of gold_report_quality. */
    public record RegionQuality(String level, String code, String name, int year, Long reports,
                                Long reportsWithErrors, Long reportsWithWarnings, Double lateShare,
                                Double copiedShare, Double meanScore) {
    }

    /** One rule, region and year of gold_rule_quality. */
    public record RuleRate(String ruleId, String severity, String level, String code, String name, int year,
                           Long reportsEvaluated, Long reportsFailed, Double failRate) {
    }

    /** A rule of the catalog: id, severity and what it checks, in Chinese. */
    public record RuleText(String id, String severity, String zh) {
    }

    /** One measure and year of gold_year_over_year (the nation). */
    public record Change(String measure, int year, Double value, Double previousValue, Double change,
                         Double changeRate) {
    }

    /**
     * gold_reconciliation for one year: how many aggregate reports and measures were compared, how many differ, and
     * the largest relative differences.
     */
    public record Reconciliation(int year, long aggregateReports, long comparisons, long differing,
                                 List<Discrepancy> largest) {
    }

    /** One aggregate report and measure against the sum of its region's own reports. */
    public record Discrepancy(String level, String code, String name, int year, String reportId, String agency,
                              String measure, Long aggregateValue, Long ownSum, Long ownReports, Long difference,
                              Double relativeDifference) {
    }

    /** A report with a low score (report_quality, reports) and the rule instances it failed (rule_results). */
    public record WorstReport(String reportId, int year, String agency, String regionCode, String level,
                              String scope, String source, int score, int errorsFailed, int warningsFailed,
                              List<String> flags, List<Finding> findings) {
    }

    /** A failed rule instance: the message naming the printed cells, and those cells by their Chinese names. */
    public record Finding(String ruleId, String severity, String instance, String message, List<String> cells) {
    }
}
