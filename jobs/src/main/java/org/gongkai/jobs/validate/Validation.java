package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gongkai.report.CellState;
import org.gongkai.rules.CellRef;
import org.gongkai.rules.CopyRule;
import org.gongkai.rules.FormatYearRule;
import org.gongkai.rules.HierarchyRule;
import org.gongkai.rules.NarrativeRule;
import org.gongkai.rules.NearDuplicateRule;
import org.gongkai.rules.Rule;
import org.gongkai.rules.RuleCatalog;
import org.gongkai.rules.Severity;
import org.gongkai.rules.TimelinessRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.when;

/**
 * The validation transform, pure: reports and cells in; the wide report rows, the checked reports, and from them the
 * rows of {@code rule_results}, {@code report_quality} and {@code request_outcomes} out. No I/O here (ValidateJob
 * stages and writes).
 */
public final class Validation {

    /** Report columns kept beside the results (what report_quality and the summaries need). */
    static final List<String> KEPT = List.of("report_id", "year", "format", "agency_name", "level", "scope",
            "region_code", "province_code");

    private final RuleCatalog catalog;
    private final RuleCompiler compiler;
    private final Map<String, RuleAction> actions;

    public Validation(RuleCatalog catalog, Map<String, RuleAction> actions) {
        this.catalog = catalog;
        this.compiler = new RuleCompiler(catalog);
        this.actions = actions;
    }

    /** Where the transform's intermediate rows are computed once: Parquet beside the warehouse in the job. */
    public interface Staging {
        Dataset<Row> stage(Dataset<Row> rows, String name);
    }

    /**
     * One wide row per current report (WideReports), with its closest near-duplicate text. The current reports and
     * the pivoted cells are staged first: the self-join on the previous year reads each of them twice.
     */
    public Dataset<Row> wideReports(Dataset<Row> reports, Dataset<Row> cells, Staging staging) {
        Dataset<Row> current = WideReports.currentReports(reports, compiler.sections());
        return WideReports.build(staging.stage(withNearDuplicates(current), "current"),
                staging.stage(CellPivot.pivot(cells), "cells"));
    }

    /**
     * One row per current report: its metadata, {@code figures} (its format's rule instances), the cell states the
     * messages name, {@code outcomes} (table 三 by applicant and outcome) and whether its 总计 column was left blank.
     */
    public Dataset<Row> checkedReports(Dataset<Row> wide) {
        List<Column> kept = new ArrayList<>(KEPT.stream().map(c -> col(c)).toList());
        kept.add(col(RuleCompiler.FORMAT_KEY));
        kept.add(col(CellColumns.STATES));
        kept.add(col(CellColumns.PREVIOUS + CellColumns.STATES));
        kept.add(compiler.figures().as("figures"));
        kept.add(RequestOutcomes.outcomes().as("outcomes"));
        kept.add(blankTotalColumn().as("blank_total_column"));
        return wide.withColumns(compiler.helperColumns()).select(kept.toArray(Column[]::new));
    }

    /** rule_results: one row per report and applicable rule instance, the hierarchy rule's (from the wide rows) included. */
    public Dataset<Row> ruleResults(Dataset<Row> wide, Dataset<Row> checked, String runId) {
        Dataset<Row> results = RuleResults.of(checked, compiler);
        for (HierarchyRule rule : catalog.rulesOf(HierarchyRule.class)) {
            results = results.unionByName(HierarchyResults.results(rule, wide));
        }
        return results.withColumn("run_id", lit(runId));
    }

    /** report_quality: per checked report, the rules failed by severity, a score and the flags analysts filter on. */
    public Dataset<Row> reportQuality(Dataset<Row> checked, Dataset<Row> ruleResults, String runId) {
        Column failed = col("status").equalTo(RuleResults.FAIL);
        Dataset<Row> perReport = ruleResults.groupBy("report_id").agg(
                failedRules(failed.and(col("severity").equalTo(Severity.ERROR.code()))).as("errors"),
                failedRules(failed.and(col("severity").equalTo(Severity.WARNING.code()))).as("warnings"),
                failedRules(col("status").equalTo(RuleResults.NOT_EVALUABLE)).as("not_evaluable"),
                sum(when(failed, 1).otherwise(0)).cast("int").as("instances_failed"),
                count(lit(1)).cast("int").as("instances_evaluated"),
                anyFailed(failed, FormatYearRule.class).as("format_mismatch"),
                anyFailed(failed, TimelinessRule.class).as("late"),
                anyFailed(failed, CopyRule.class, NearDuplicateRule.class).as("copied"),
                anyFailed(failed, NarrativeRule.class).as("narrative_mismatch"),
                failedRules(failed.and(col("rule_id").isin(dropping().toArray()))).as("dropped_by"));
        Column none = array().cast("array<string>");
        Column errors = coalesce(col("errors"), none);
        Column warnings = coalesce(col("warnings"), none);
        Column notEvaluable = coalesce(col("not_evaluable"), none);
        Column score = greatest(lit(0), lit(100).minus(size(errors).multiply(10)).minus(size(warnings).multiply(3))
                .minus(size(notEvaluable)));
        return checked.select("report_id", "year", "blank_total_column")
                .join(perReport, new String[]{"report_id"}, "left")
                .select(col("report_id"), col("year"), size(errors).as("errors_failed"),
                        size(warnings).as("warnings_failed"), size(notEvaluable).as("rules_not_evaluable"),
                        coalesce(col("instances_failed"), lit(0)).as("instances_failed"),
                        coalesce(col("instances_evaluated"), lit(0)).as("instances_evaluated"), score.as("score"),
                        array_sort(array_union(errors, warnings)).as("failed_rules"), flag("late"), flag("copied"),
                        col("blank_total_column").as("blank_totals"), flag("format_mismatch"), flag("narrative_mismatch"),
                        coalesce(col("dropped_by"), none).as("dropped_by"), lit(runId).as("run_id"));
    }

    /** request_outcomes: per report, applicant type and outcome a count (reports dropped by a rule left out). */
    public Dataset<Row> requestOutcomes(Dataset<Row> checked, Dataset<Row> reportQuality, String runId) {
        Dataset<Row> dropped = reportQuality.filter(size(col("dropped_by")).gt(0)).select("report_id");
        return checked.join(broadcast(dropped), new String[]{"report_id"}, "left_anti")
                .select(col("report_id"), col("year"), explode(col("outcomes")).as("o"))
                .filter(col("o").isNotNull())
                .select(col("report_id"), col("year"), col("o.applicant_type"), col("o.applicant_class"),
                        col("o.outcome_group"), col("o.outcome"), col("o.count"),
                        RequestOutcomes.cellState(col("o.state")).as("cell_state"), lit(runId).as("run_id"));
    }

    /** The closest earlier near-duplicate of each report's text, if any (few reports have one: a broadcast join). */
    private Dataset<Row> withNearDuplicates(Dataset<Row> current) {
        Dataset<Row> joined = current;
        for (NearDuplicateRule rule : catalog.rulesOf(NearDuplicateRule.class)) {
            joined = joined.join(broadcast(NearDuplicateResults.partners(rule, current)), new String[]{"report_id"}, "left");
        }
        return joined;
    }

    /** The distinct rule ids of the rows where {@code condition} holds, sorted. */
    private static Column failedRules(Column condition) {
        return array_sort(array_distinct(collect_set(when(condition, col("rule_id")))));
    }

    @SafeVarargs
    private final Column anyFailed(Column failed, Class<? extends Rule>... kinds) {
        List<String> ids = new ArrayList<>();
        for (Class<? extends Rule> kind : kinds) {
            catalog.rulesOf(kind).forEach(r -> ids.add(r.id()));
        }
        return max(when(failed.and(col("rule_id").isin(ids.toArray())), true).otherwise(false));
    }

    private static Column flag(String name) {
        return coalesce(col(name), lit(false)).as(name);
    }

    /** The rules whose action is drop. */
    private List<String> dropping() {
        return actions.entrySet().stream().filter(e -> e.getValue() == RuleAction.DROP).map(Map.Entry::getKey).toList();
    }

    /**
     * Whether table 三's 总计 column was left blank: at least half of its printed cells blank (a cell or two left
     * blank for zero is print noise, not a blank column).
     */
    private static Column blankTotalColumn() {
        Column blank = lit(0);
        Column printed = lit(0);
        for (CellRef cell : CellColumns.allCells()) {
            if (cell.table().equals("requests") && cell.column().equals("total")) {
                blank = blank.plus(when(CellColumns.stateIs(cell, false, CellState.BLANK), 1).otherwise(0));
                printed = printed.plus(when(CellColumns.printed(cell, false), 1).otherwise(0));
            }
        }
        return blank.gt(0).and(blank.multiply(2).geq(printed));
    }
}
