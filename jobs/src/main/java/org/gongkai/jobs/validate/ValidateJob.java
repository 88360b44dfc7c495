package org.gongkai.jobs.validate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.warehouse.RunIds;
import org.gongkai.jobs.warehouse.RunScratch;
import org.gongkai.jobs.warehouse.ScalaValues;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.rules.RuleCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * {@code gongkai validate}: every rule of the catalog over the current version of every report. Reads pinned
 * snapshots of reports and cells, stages the checked reports once, and replaces rule_results, report_quality and
 * request_outcomes with this run's (a full recomputation: cross-year and cross-agency rules couple the reports;
 * Delta history keeps the earlier runs). Logs the run rule by rule in validation_runs.
 */
public final class ValidateJob {

    private static final Logger LOG = LoggerFactory.getLogger(ValidateJob.class);
    private static final List<TableDef> TABLES = List.of(Tables.REPORTS, Tables.CELLS, Tables.RULE_RESULTS,
            Tables.REPORT_QUALITY, Tables.REQUEST_OUTCOMES, Tables.VALIDATION_RUNS);
    private static final List<String> CATALOG_ORDER = RuleCatalog.standard().rules().stream().map(r -> r.id()).toList();

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final Map<String, RuleAction> actions;
    private final Double maxErrorShare;
    private final String runId;

    public ValidateJob(SparkSession spark, Warehouse warehouse, GongkaiConfig config) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.actions = actions(config);
        this.maxErrorShare = maxErrorShare(config);
        this.runId = RunIds.next();
    }

    public ValidationSummary run() {
        Instant started = Instant.now();
        TABLES.forEach(warehouse::ensure);
        Validation validation = new Validation(RuleCatalog.standard(), actions);
        RunScratch scratch = new RunScratch(spark, warehouse.location(), "validate", runId);
        try {
            Dataset<Row> reports = warehouse.snapshot(Tables.REPORTS);
            Dataset<Row> cells = warehouse.snapshot(Tables.CELLS);
            Dataset<Row> wide = scratch.stage(validation.wideReports(reports, cells, scratch::stage), "wide");
            LOG.info("built the wide report rows: {} s", seconds(started));
            Dataset<Row> checked = WithoutWholeStageCodegen.run(spark,
                    () -> scratch.stage(validation.checkedReports(wide), "checked"));
            LOG.info("checked the reports: {} s", seconds(started));
            warehouse.overwrite(Tables.RULE_RESULTS, validation.ruleResults(wide, checked, runId));
            Dataset<Row> results = warehouse.snapshot(Tables.RULE_RESULTS);
            warehouse.overwrite(Tables.REPORT_QUALITY, validation.reportQuality(checked, results, runId));
            Dataset<Row> quality = warehouse.snapshot(Tables.REPORT_QUALITY);
            warehouse.overwrite(Tables.REQUEST_OUTCOMES, validation.requestOutcomes(checked, quality, runId));
            LOG.info("wrote the tables: {} s", seconds(started));
            ValidationSummary summary = summarize(results, quality);
            log(summary, started);
            return summary;
        } finally {
            scratch.delete();
        }
    }

    private ValidationSummary summarize(Dataset<Row> results, Dataset<Row> quality) {
        long reports = quality.count();
        long withErrors = quality.filter(col("errors_failed").gt(0)).count();
        List<RuleCount> rules = results
                .groupBy(col("rule_id"), col("severity"))
                .agg(count_distinct(col("report_id")).as("reports"), countOf("status", RuleResults.PASS, "passed"),
                        countOf("status", RuleResults.FAIL, "failed"),
                        countOf("status", RuleResults.NOT_EVALUABLE, "not_evaluable"),
                        countOf("lenient_status", RuleResults.FAIL, "lenient_failed"),
                        count_distinct(when(col("status").equalTo(RuleResults.FAIL), col("report_id"))).as("reports_failed"))
                .collectAsList().stream().map(RuleCount::of)
                .sorted(java.util.Comparator.comparingInt(c -> CATALOG_ORDER.indexOf(c.ruleId()))).toList();
        List<String> failures = new ArrayList<>();
        for (RuleCount rule : rules) {
            if (actions.get(rule.ruleId()) == RuleAction.FAIL && rule.failed() > 0) {
                failures.add("rule " + rule.ruleId() + " (action fail) failed in " + rule.reportsFailed() + " reports");
            }
        }
        double share = reports == 0 ? 0 : (double) withErrors / reports;
        if (maxErrorShare != null && share > maxErrorShare) {
            failures.add(String.format(java.util.Locale.ROOT,
                    "%.2f%% of the reports fail an error-level rule, above %s = %.2f%%", 100 * share,
                    org.gongkai.jobs.config.GongkaiConfig.VALIDATE_MAX_ERROR_SHARE, 100 * maxErrorShare));
        }
        return new ValidationSummary(runId, reports, withErrors, rules, failures);
    }

    private static org.apache.spark.sql.Column countOf(String column, String value, String name) {
        return sum(when(col(column).equalTo(value), 1L).otherwise(0L)).as(name);
    }

    private void log(ValidationSummary summary, Instant started) {
        List<Row> rules = summary.rules().stream().map(r -> RowFactory.create(r.ruleId(), r.severity(), r.reports(),
                r.passed(), r.failed(), r.notEvaluable(), r.lenientFailed(), r.reportsFailed())).toList();
        Row run = RowFactory.create(runId, Timestamp.from(started), Timestamp.from(Instant.now()), summary.reports(),
                summary.reportsWithErrors(), ScalaValues.seq(rules),
                summary.failed() ? "failed: " + String.join("; ", summary.failures()) : "ok");
        warehouse.append(Tables.VALIDATION_RUNS, spark.createDataFrame(List.of(run), Tables.VALIDATION_RUNS.schema()));
    }

    private static Map<String, RuleAction> actions(GongkaiConfig config) {
        Map<String, RuleAction> actions = new LinkedHashMap<>();
        config.under(GongkaiConfig.VALIDATE_ACTION).forEach((rule, action) -> {
            if (RuleCatalog.standard().rule(rule).isEmpty()) {
                throw new IllegalArgumentException(GongkaiConfig.VALIDATE_ACTION + rule + ": no rule " + rule
                        + " in the catalog (bin/gongkai rules lists them)");
            }
            actions.put(rule, RuleAction.parse(rule, action));
        });
        return actions;
    }

    private static Double maxErrorShare(GongkaiConfig config) {
        String value = config.get(GongkaiConfig.VALIDATE_MAX_ERROR_SHARE, null);
        try {
            double share = value == null ? Double.NaN : Double.parseDouble(value);
            if (value != null && !(share >= 0 && share <= 1)) {
                throw new NumberFormatException();
            }
            return value == null ? null : share;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(GongkaiConfig.VALIDATE_MAX_ERROR_SHARE
                    + " must be a share between 0 and 1, not " + value, e);
        }
    }

    private static long seconds(Instant since) {
        return java.time.Duration.between(since, Instant.now()).toSeconds();
    }
}
