package org.gongkai.jobs.report;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
import org.gongkai.jobs.warehouse.GoldTables;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.rules.Rule;
import org.gongkai.rules.RuleCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Reads what the report shows from the warehouse into {@link ReportData}: the nation and the provinces from the gold
 * tables (agency level {@code all}), and the worst reports from report_quality, reports and rule_results. Every
 * filter, sort and limit runs in Spark; the driver collects a few thousand rows at most.
 */
public final class ReportLoader {

    /** Rows of the reconciliation table: the largest relative differences of the latest year. */
    static final int RECONCILIATION_ROWS = 30;

    private static final List<TableDef> GOLD = List.of(GoldTables.NATIONAL_SUMMARY, GoldTables.RATES,
            GoldTables.REPORT_QUALITY, GoldTables.RULE_QUALITY, GoldTables.YEAR_OVER_YEAR, GoldTables.RECONCILIATION);
    private static final List<TableDef> VALIDATED = List.of(Tables.REPORT_QUALITY, Tables.RULE_RESULTS, Tables.REPORTS);

    private final Warehouse warehouse;

    public ReportLoader(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The report's data; {@code worst} reports with the lowest score are listed with their findings. */
    public ReportData load(int worst, String createdAt) {
        requireTables();
        List<NationalYear> national = national();
        if (national.isEmpty()) {
            throw new MissingDataException("gold_national_summary is empty in " + where()
                    + ": run bin/gongkai aggregate after validate");
        }
        int latestYear = national.get(national.size() - 1).year();
        List<RuleRate> ruleRates = ruleRates();
        return new ReportData(warehouse.location().database(), createdAt, latestYear, national, regions(), quality(),
                ruleRates, rules(ruleRates), changes(), reconciliation(latestYear), worstReports(worst));
    }

    private void requireTables() {
        for (TableDef table : GOLD) {
            if (!warehouse.exists(table)) {
                throw new MissingDataException("the warehouse has no table " + table.name() + " (" + where()
                        + "): run bin/gongkai aggregate first");
            }
        }
        for (TableDef table : VALIDATED) {
            if (!warehouse.exists(table)) {
                throw new MissingDataException("the warehouse has no table " + table.name() + " (" + where()
                        + "): run bin/gongkai validate and aggregate first");
            }
        }
    }

    private String where() {
        return "database " + warehouse.location().database() + " in " + warehouse.location().root();
    }

    private List<NationalYear> national() {
        return collect(warehouse.read(GoldTables.NATIONAL_SUMMARY).orderBy("year"), r -> new NationalYear(
                integer(r, "year"), longValue(r, "reports"), longValue(r, "own_reports"),
                longValue(r, "aggregate_reports"), longValue(r, "agencies"), longValue(r, "new_received"),
                longValue(r, "handled"), doubleValue(r, "disclosure_rate"), longValue(r, "reviews"),
                doubleValue(r, "review_correction_rate"), longValue(r, "lawsuits"),
                doubleValue(r, "lawsuit_correction_rate"), longValue(r, "reports_with_errors"),
                doubleValue(r, "error_share"), doubleValue(r, "late_share"), doubleValue(r, "copied_share")));
    }

    private List<RegionRates> regions() {
        Dataset<Row> rates = nationAndProvinces(warehouse.read(GoldTables.RATES))
                .filter(col("agency_level").equalTo("all"));
        return collect(rates.orderBy("region_level", "region_code", "year"), r -> new RegionRates(
                string(r, "region_level"), string(r, "region_code"), string(r, "region_name"), integer(r, "year"),
                longValue(r, "reports"), longValue(r, "new_received"), longValue(r, "handled"),
                new Outcomes(longValue(r, "granted"), longValue(r, "partially_granted"), longValue(r, "denied"),
                        longValue(r, "unable"), longValue(r, "rejected"), longValue(r, "other")),
                doubleValue(r, "disclosure_rate"), doubleValue(r, "denial_rate"), longValue(r, "reviews"),
                doubleValue(r, "review_correction_rate"), longValue(r, "lawsuits"),
                doubleValue(r, "lawsuit_correction_rate"), longValue(r, "cells_unread")));
    }

    private List<RegionQuality> quality() {
        Dataset<Row> quality = nationAndProvinces(warehouse.read(GoldTables.REPORT_QUALITY));
        return collect(quality.orderBy("region_level", "region_code", "year"), r -> new RegionQuality(
                string(r, "region_level"), string(r, "region_code"), string(r, "region_name"), integer(r, "year"),
                longValue(r, "reports"), longValue(r, "reports_with_errors"), longValue(r, "reports_with_warnings"),
                doubleValue(r, "late_share"), doubleValue(r, "copied_share"), doubleValue(r, "mean_score")));
    }

    private List<RuleRate> ruleRates() {
        Dataset<Row> rates = nationAndProvinces(warehouse.read(GoldTables.RULE_QUALITY));
        return collect(rates.orderBy("rule_id", "region_level", "region_code", "year"), r -> new RuleRate(
                string(r, "rule_id"), string(r, "severity"), string(r, "region_level"), string(r, "region_code"),
                string(r, "region_name"), integer(r, "year"), longValue(r, "reports_evaluated"),
                longValue(r, "reports_failed"), doubleValue(r, "fail_rate")));
    }

    /** The catalog's rules in its order, then any rule the data names that the catalog lacks (a configured rule). */
    private static List<RuleText> rules(List<RuleRate> rates) {
        Map<String, RuleText> rules = new LinkedHashMap<>();
        for (Rule rule : RuleCatalog.standard().rules()) {
            rules.put(rule.id(), new RuleText(rule.id(), rule.info().severity().code(), rule.info().zh()));
        }
        rates.forEach(r -> rules.putIfAbsent(r.ruleId(), new RuleText(r.ruleId(), r.severity(), r.ruleId())));
        return List.copyOf(rules.values());
    }

    private List<Change> changes() {
        Dataset<Row> changes = warehouse.read(GoldTables.YEAR_OVER_YEAR)
                .filter(col("region_level").equalTo(ReportData.NATION));
        return collect(changes.orderBy("year", "measure"), r -> new Change(string(r, "measure"), integer(r, "year"),
                doubleValue(r, "value"), doubleValue(r, "previous_value"), doubleValue(r, "change"),
                doubleValue(r, "change_rate")));
    }

    private Reconciliation reconciliation(int year) {
        Dataset<Row> rows = warehouse.read(GoldTables.RECONCILIATION).filter(col("year").equalTo(year));
        Row counts = rows.agg(countDistinct("aggregate_report_id"), count(lit(1)),
                sum(when(col("difference").notEqual(0), 1).otherwise(0))).first();
        Dataset<Row> largest = rows.orderBy(abs(col("relative_difference")).desc_nulls_last(),
                abs(col("difference")).desc_nulls_last(), col("region_code"), col("measure")).limit(RECONCILIATION_ROWS);
        List<Discrepancy> discrepancies = collect(largest, r -> new Discrepancy(string(r, "region_level"),
                string(r, "region_code"), string(r, "region_name"), integer(r, "year"),
                string(r, "aggregate_report_id"), string(r, "aggregate_agency"), string(r, "measure"),
                longValue(r, "aggregate_value"), longValue(r, "own_sum"), longValue(r, "own_reports"),
                longValue(r, "difference"), doubleValue(r, "relative_difference")));
        return new Reconciliation(year, counts.getLong(0), counts.getLong(1),
                counts.isNullAt(2) ? 0 : counts.getLong(2), discrepancies);
    }

    /** The reports with the lowest score (most failed instances first among equals) and their failed instances. */
    private List<WorstReport> worstReports(int limit) {
        Dataset<Row> quality = warehouse.read(Tables.REPORT_QUALITY);
        Dataset<Row> reports = warehouse.read(Tables.REPORTS).filter(col("is_current"))
                .select(col("report_id"), col("agency_name"), col("region_code"), col("level"), col("scope"),
                        col("format"), coalesce(col("source_url"), col("source_uri")).as("source"));
        Dataset<Row> worst = quality.join(reports, "report_id")
                .orderBy(col("score"), col("instances_failed").desc(), col("report_id")).limit(limit);
        List<Row> rows = worst.collectAsList();
        List<String> ids = rows.stream().map(r -> string(r, "report_id")).toList();
        Map<String, String> formats = rows.stream().filter(r -> string(r, "format") != null)
                .collect(Collectors.toMap(r -> string(r, "report_id"), r -> string(r, "format")));
        Map<String, List<Finding>> findings = findings(ids, formats);
        List<WorstReport> worstReports = new ArrayList<>();
        for (Row r : rows) {
            String id = string(r, "report_id");
            worstReports.add(new WorstReport(id, integer(r, "year"), string(r, "agency_name"), string(r, "region_code"),
                    string(r, "level"), string(r, "scope"), string(r, "source"), integer(r, "score"),
                    integer(r, "errors_failed"), integer(r, "warnings_failed"), flags(r),
                    findings.getOrDefault(id, List.of())));
        }
        return worstReports;
    }

    private Map<String, List<Finding>> findings(List<String> reportIds, Map<String, String> formats) {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        if (reportIds.isEmpty()) {
            return findings;
        }
        Dataset<Row> failed = warehouse.read(Tables.RULE_RESULTS)
                .filter(col("status").equalTo("fail").and(col("report_id").isin(reportIds.toArray())))
                .orderBy("report_id", "severity", "rule_id", "instance");
        for (Row r : failed.collectAsList()) {
            String id = string(r, "report_id");
            List<String> cells = r.isNullAt(r.fieldIndex("cells")) ? List.of() : r.<String>getList(r.fieldIndex("cells"));
            List<String> names = cells.stream().map(key -> CellNames.of(formats.get(id), key)).toList();
            findings.computeIfAbsent(id, k -> new ArrayList<>()).add(new Finding(string(r, "rule_id"),
                    string(r, "severity"), string(r, "instance"), string(r, "message"), names));
        }
        return findings;
    }

    private static List<String> flags(Row quality) {
        List<String> flags = new ArrayList<>();
        for (String flag : List.of("late", "copied", "blank_totals", "format_mismatch", "narrative_mismatch")) {
            if (!quality.isNullAt(quality.fieldIndex(flag)) && quality.getBoolean(quality.fieldIndex(flag))) {
                flags.add(flag);
            }
        }
        return flags;
    }

    private static Dataset<Row> nationAndProvinces(Dataset<Row> rows) {
        return rows.filter(col("region_level").isin(ReportData.NATION, ReportData.PROVINCE));
    }

    private static <T> List<T> collect(Dataset<Row> rows, Function<Row, T> record) {
        return rows.collectAsList().stream().map(record).toList();
    }

    private static String string(Row row, String column) {
        int i = row.fieldIndex(column);
        return row.isNullAt(i) ? null : row.getString(i);
    }

    private static int integer(Row row, String column) {
        int i = row.fieldIndex(column);
        return row.isNullAt(i) ? 0 : ((Number) row.get(i)).intValue();
    }

    private static Long longValue(Row row, String column) {
        int i = row.fieldIndex(column);
        return row.isNullAt(i) ? null : ((Number) row.get(i)).longValue();
    }

    private static Double doubleValue(Row row, String column) {
        int i = row.fieldIndex(column);
        return row.isNullAt(i) ? null : ((Number) row.get(i)).doubleValue();
    }
}
