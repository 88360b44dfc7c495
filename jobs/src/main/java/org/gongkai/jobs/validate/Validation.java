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

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

/**
 * The validation transform, pure: reports and cells in, checked reports out, and from them the rows of
 * {@code rule_results}, {@code report_quality} and {@code request_outcomes}. No I/O here (ValidateJob does it).
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

    /**
     * One wide row per current report (WideReports), with its closest near-duplicate text. A plan of its own: the job
     * stages it before the rules are compiled over it, which keeps the optimizer from reasoning about the rules'
     * expressions through the pivot and the self-join.
     */
    public Dataset<Row> wideReports(Dataset<Row> reports, Dataset<Row> cells) {
        Dataset<Row> current = WideReports.currentReports(reports, compiler.sections());
        return WideReports.build(withNearDuplicates(current), cells, compiler.previousCells());
    }

    /**
     * One row per current report: its metadata, {@code results} (every applicable rule instance), {@code outcomes}
     * (table 三 by applicant and outcome) and the count of blank cells in 总计 columns.
     */
    public Dataset<Row> checkedReports(Dataset<Row> wide, Dataset<Row> reports, Dataset<Row> cells) {
        StagedColumns staged = new StagedColumns();
        Column results = compiler.results(staged);
        List<Column> withSums = new ArrayList<>(List.of(col("*")));
        withSums.addAll(staged.columns());
        List<Column> kept = new ArrayList<>(KEPT.stream().map(c -> col(c)).toList());
        kept.add(results.as("results"));
        kept.add(RequestOutcomes.outcomes().as("outcomes"));
        kept.add(blankTotalColumn().as("blank_total_column"));
        Dataset<Row> checked = wide.select(withSums.toArray(Column[]::new)).select(kept.toArray(Column[]::new));
        Dataset<Row> hierarchy = hierarchyResults(WideReports.currentReports(reports, List.of()), cells);
        if (hierarchy == null) {
            return checked;
        }
        return checked.join(broadcast(hierarchy), new String[]{"report_id"}, "left")
                .withColumn("results", when(col("extra").isNull(), col("results"))
                        .otherwise(concat(col("results"), col("extra"))))
                .drop("extra");
    }

    /**
     * The checked reports with the instances that do not apply removed from {@code results}: run it on the staged
     * checked reports, where it reads a stored array instead of the rules' expressions.
     */
    public static Dataset<Row> withoutGaps(Dataset<Row> checked) {
        return checked.withColumn("results", filter(col("results"), Column::isNotNull));
    }

    /** The closest earlier near-duplicate of each report's text, if any (few reports have one: a broadcast join). */
    private Dataset<Row> withNearDuplicates(Dataset<Row> current) {
        Dataset<Row> joined = current;
        for (NearDuplicateRule rule : catalog.rulesOf(NearDuplicateRule.class)) {
            joined = joined.join(broadcast(NearDuplicateResults.partners(rule, current)), new String[]{"report_id"}, "left");
        }
        return joined;
    }

    /** H1's results per aggregate report, collected into an array to append to its results; null without H1. */
    private Dataset<Row> hierarchyResults(Dataset<Row> current, Dataset<Row> cells) {
        Dataset<Row> rows = null;
        for (HierarchyRule rule : catalog.rulesOf(HierarchyRule.class)) {
            Dataset<Row> more = HierarchyResults.results(rule, current, cells).select("report_id", "result");
            rows = rows == null ? more : rows.unionByName(more);
        }
        return rows == null ? null : rows.groupBy("report_id").agg(collect_list("result").as("extra"));
    }

    /** rule_results: one row per report and rule instance. */
    public static Dataset<Row> ruleResults(Dataset<Row> checked, String runId) {
        return checked.select(col("report_id"), col("year"), explode(col("results")).as("r"))
                .select(col("report_id"), col("year"), col("r.*"))
                .withColumn("run_id", lit(runId));
    }

    /** request_outcomes: one row per report, applicant type and outcome with a count (reports dropped by a rule left out). */
    public Dataset<Row> requestOutcomes(Dataset<Row> checked, String runId) {
        return checked.filter(size(droppedBy()).equalTo(0))
                .select(col("report_id"), col("year"), explode(col("outcomes")).as("o"))
                .select(col("report_id"), col("year"), col("o.*"))
                .withColumn("run_id", lit(runId));
    }

    /** report_quality: per report, the rules failed by severity, a score and the flags analysts filter on. */
    public Dataset<Row> reportQuality(Dataset<Row> checked, String runId) {
        Column errors = failedRules(Severity.ERROR);
        Column warnings = failedRules(Severity.WARNING);
        Column notEvaluable = array_distinct(transform(filter(col("results"),
                r -> r.getField("status").equalTo(RuleResults.NOT_EVALUABLE)), r -> r.getField("rule_id")));
        Column score = greatest(lit(0), lit(100).minus(size(errors).multiply(10)).minus(size(warnings).multiply(3))
                .minus(size(notEvaluable)));
        return checked.select(col("report_id"), col("year"),
                size(errors).as("errors_failed"), size(warnings).as("warnings_failed"),
                size(notEvaluable).as("rules_not_evaluable"),
                size(filter(col("results"), r -> r.getField("status").equalTo(RuleResults.FAIL))).as("instances_failed"),
                size(col("results")).as("instances_evaluated"),
                score.as("score"),
                array_union(errors, warnings).as("failed_rules"),
                failed(TimelinessRule.class).as("late"),
                failed(CopyRule.class).or(failed(NearDuplicateRule.class)).as("copied"),
                col("blank_total_column").as("blank_totals"),
                failed(FormatYearRule.class).as("format_mismatch"),
                failed(NarrativeRule.class).as("narrative_mismatch"),
                droppedBy().as("dropped_by"),
                lit(runId).as("run_id"));
    }

    /** Ids of the rules of this severity with at least one failed instance. */
    private static Column failedRules(Severity severity) {
        return array_distinct(transform(filter(col("results"), r -> r.getField("status").equalTo(RuleResults.FAIL)
                .and(r.getField("severity").equalTo(severity.code()))), r -> r.getField("rule_id")));
    }

    private Column failed(Class<? extends Rule> kind) {
        List<String> ids = catalog.rulesOf(kind).stream().map(Rule::id).toList();
        return exists(col("results"), r -> r.getField("status").equalTo(RuleResults.FAIL)
                .and(r.getField("rule_id").isin(ids.toArray())));
    }

    /** The rules whose action is drop that the report failed. */
    private Column droppedBy() {
        List<String> dropping = actions.entrySet().stream().filter(e -> e.getValue() == RuleAction.DROP)
                .map(Map.Entry::getKey).toList();
        return array_distinct(transform(filter(col("results"), r -> r.getField("status").equalTo(RuleResults.FAIL)
                .and(r.getField("rule_id").isin(dropping.toArray()))), r -> r.getField("rule_id")));
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
                Column state = CellColumns.state(cell, false);
                blank = blank.plus(when(state.equalTo(CellColumns.code(CellState.BLANK)), 1).otherwise(0));
                printed = printed.plus(when(CellColumns.printed(cell, false), 1).otherwise(0));
            }
        }
        return blank.gt(0).and(blank.multiply(2).geq(printed));
    }
}
