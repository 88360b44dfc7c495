package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gongkai.rules.IdentityRule;
import org.gongkai.rules.RuleCatalog;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

/**
 * How well the rules find the defects injected into a generated corpus (generated_defects), pure: per defect kind,
 * the reports given it, those the rule meant for it flagged, and the rule's findings in other reports. Such a finding
 * is collateral when another injected defect changed a cell the rule read (in the report, or in the same agency's
 * previous report for a cross-year rule): a wrong 总计 also breaks the balance of its column. Any other finding is
 * unexplained: a false positive.
 */
public final class DefectDetection {

    /** report_quality's flag for a blank 总计 column: the rules cannot be evaluated there, which is the finding. */
    static final String BLANK_TOTALS = "blank_totals";
    static final String DETECTED = "detected";
    static final String COLLATERAL = "collateral";
    static final String UNEXPLAINED = "unexplained";
    private static final String COPIED = "copied_previous_year";

    /** The rule meant for each defect kind, in the order printed. */
    static final Map<String, String> MEANT_FOR = meantFor();
    /** Rules that find a defect kind beside the one meant for it: a copy repeats the overview too (C2). */
    private static final Map<String, List<String>> ALSO_EXPLAINS = Map.of(COPIED, List.of("C2"));
    /** Kinds only a comparison with the same agency's previous report can find. */
    private static final List<String> NEEDS_PREVIOUS = List.of("broken_carry_over", COPIED);
    private static final List<String> CROSS_YEAR_RULES = RuleCatalog.standard().rulesOf(IdentityRule.class).stream()
            .filter(IdentityRule::crossYear).map(IdentityRule::id).toList();

    /**
     * One defect kind's score; precision leaves collateral findings out. {@code undetectable}: reports given the kind
     * that no rule could see (see score), not in {@code injected}.
     */
    public record KindScore(String kind, String rule, long injected, long undetectable, long found, long flagged,
                            long collateral, long unexplained) {
        public double recall() {
            return injected == 0 ? Double.NaN : (double) found / injected;
        }

        public double precision() {
            return found + unexplained == 0 ? Double.NaN : (double) found / (found + unexplained);
        }
    }

    /** Reports with an unexplained finding of one rule. */
    public record RuleNoise(String rule, long reports) {
    }

    /**
     * @param cleanReportsFlagged            reports given no defect with a finding: collateral of a defect in the
     *                                       agency's previous report (a copy breaks the next year's chain), or not
     * @param cleanReportsFlaggedUnexplained of those, reports with an unexplained finding: false positives
     */
    public record Evaluation(List<KindScore> kinds, List<RuleNoise> unexplained, long cleanReports,
                             long cleanReportsFlagged, long cleanReportsFlaggedUnexplained) {

        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "%-21s %-12s %8s %12s %7s %8s %10s %11s %7s %9s%n", "defect kind", "rule",
                    "injected", "undetectable", "found", "flagged", "collateral", "unexplained", "recall", "precision");
            for (KindScore kind : kinds) {
                out.printf(Locale.ROOT, "%-21s %-12s %8d %12d %7d %8d %10d %11d %7.3f %9.3f%n", kind.kind(),
                        kind.rule(), kind.injected(), kind.undetectable(), kind.found(), kind.flagged(), kind.collateral(),
                        kind.unexplained(), kind.recall(), kind.precision());
            }
            out.println("undetectable: a cross-year kind in the corpus's first year, or a defect only in cells the rule"
                    + " cannot evaluate even leniently (a row not printed, an ambiguous cell), left out of injected;");
            out.println("flagged: reports where the rule failed (strictly or leniently); collateral: of those without"
                    + " the kind, reports where another injected defect changed a cell the rule read;");
            out.println("precision = found / (found + unexplained).");
            out.printf(Locale.ROOT, "clean reports (no defect injected): %d, flagged by any rule: %d, of which "
                    + "unexplained: %d%n", cleanReports, cleanReportsFlagged, cleanReportsFlaggedUnexplained);
            if (!unexplained.isEmpty()) {
                out.println("unexplained findings (reports) by rule:");
                unexplained.forEach(r -> out.printf(Locale.ROOT, "  %-12s %d%n", r.rule(), r.reports()));
            }
        }
    }

    private DefectDetection() {
    }

    private static Map<String, String> meantFor() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("wrong_row_total", "D2");
        rules.put("wrong_column_total", "D1");
        rules.put("broken_balance", "O1");
        rules.put("blank_total_column", BLANK_TOTALS);
        rules.put("broken_carry_over", "X1");
        rules.put(COPIED, "C1");
        rules.put("late_publication", "T1");
        rules.put("wrong_format", "F1");
        rules.put("narrative_mismatch", "X4");
        return rules;
    }

    public static Evaluation evaluate(Dataset<Row> ruleResults, Dataset<Row> reportQuality, Dataset<Row> reports,
                                      Dataset<Row> defects) {
        Dataset<Row> current = reports.filter(col("is_current")).select(col("report_id"), col("year"),
                WideReports.AGENCY.apply(col("region_code"), col("agency_name")).as("agency_key"));
        // Small frames read by every kind's score: computed once (a score is a dozen small jobs).
        Dataset<Row> injected = injectedByReport(defects).join(current, "report_id")
                .join(current.select(col("agency_key"), col("year").plus(1).as("year"), lit(true).as("has_previous")),
                        new String[]{"agency_key", "year"}, "left").cache();
        Dataset<Row> findings = classified(findings(ruleResults, reportQuality), current, injected).cache();
        Dataset<Row> unevaluable = ruleResults.filter(col("lenient_status").equalTo(RuleResults.NOT_EVALUABLE))
                .select(col("report_id"), col("rule_id"), col("cells")).cache();
        try {
            List<KindScore> kinds = new ArrayList<>();
            MEANT_FOR.keySet().forEach(kind -> kinds.add(score(kind, injected, findings, unevaluable)));
            List<RuleNoise> noise = findings.filter(col("class").equalTo(UNEXPLAINED)).groupBy("rule_id")
                    .agg(count_distinct(col("report_id")).as("reports")).orderBy("rule_id").collectAsList().stream()
                    .map(r -> new RuleNoise(r.getString(0), r.getLong(1))).toList();
            // Joined by column name: injected descends from current, so current.col(…) = injected.col(…) would compare
            // a column with itself.
            Dataset<Row> clean = current.join(injected.select("report_id"), new String[]{"report_id"}, "left_anti");
            Dataset<Row> cleanFindings = clean.join(findings, "report_id");
            long cleanFlagged = cleanFindings.select("report_id").distinct().count();
            long cleanUnexplained = cleanFindings.filter(col("class").equalTo(UNEXPLAINED)).select("report_id")
                    .distinct().count();
            return new Evaluation(kinds, noise, clean.count(), cleanFlagged, cleanUnexplained);
        } finally {
            findings.unpersist();
            injected.unpersist();
            unevaluable.unpersist();
        }
    }

    /**
     * Failed rule instances, strictly or leniently (a generated report, like a real one, leaves zeros blank now and
     * then), and the blank-totals flag: one row per finding, report_id, rule_id, cells.
     */
    static Dataset<Row> findings(Dataset<Row> ruleResults, Dataset<Row> reportQuality) {
        Dataset<Row> failed = ruleResults.filter(col("status").equalTo(RuleResults.FAIL)
                        .or(col("lenient_status").equalTo(RuleResults.FAIL)))
                .select(col("report_id"), col("rule_id"), coalesce(col("cells"), emptyKeys()).as("cells"));
        Dataset<Row> blank = reportQuality.filter(col(BLANK_TOTALS))
                .select(col("report_id"), lit(BLANK_TOTALS).as("rule_id"), emptyKeys().as("cells"));
        return failed.unionByName(blank);
    }

    /** Per report given defects: their kinds and the cells they changed, as table.row.col keys. */
    private static Dataset<Row> injectedByReport(Dataset<Row> defects) {
        Column keys = transform(col("cells"), c -> concat_ws(".", c.getField("table"), c.getField("row"), c.getField("col")));
        return defects.filter(col("report_id").isNotNull()).groupBy("report_id")
                .agg(collect_set(col("kind")).as("kinds"), array_distinct(flatten(collect_list(keys))).as("changed"));
    }

    /**
     * Each finding as detected (the report has a kind the rule is meant for), collateral or unexplained. Collateral: a
     * defect changed a cell the rule read, this year or (previous:) last year; or the report copies last year's, and
     * so repeats last year's defects and breaks the cross-year chains on both sides.
     */
    private static Dataset<Row> classified(Dataset<Row> findings, Dataset<Row> current, Dataset<Row> injected) {
        Dataset<Row> previous = injected.select(col("agency_key"), col("year").plus(1).as("year"),
                col("changed").as("previous_changed"), col("kinds").as("previous_kinds"));
        Dataset<Row> withDefects = findings.join(current, "report_id")
                .join(injected.select("report_id", "kinds", "changed"), new String[]{"report_id"}, "left")
                .join(previous, new String[]{"agency_key", "year"}, "left");
        Column kinds = coalesce(col("kinds"), emptyKeys());
        Column previousKinds = coalesce(col("previous_kinds"), emptyKeys());
        Column thisYear = filter(col("cells"), c -> c.startsWith("previous:").unary_$bang());
        Column lastYear = transform(filter(col("cells"), c -> c.startsWith("previous:")),
                c -> regexp_replace(c, "^previous:", ""));
        Column copied = array_contains(kinds, COPIED);
        Column collateral = coalesce(arrays_overlap(thisYear, col("changed")), lit(false))
                .or(coalesce(arrays_overlap(lastYear, col("previous_changed")), lit(false)))
                .or(copied.and(explains(previousKinds)))
                .or(col("rule_id").isin(CROSS_YEAR_RULES.toArray()).and(copied.or(array_contains(previousKinds, COPIED))));
        return withDefects.withColumn("class", when(explains(kinds), lit(DETECTED))
                        .when(collateral, lit(COLLATERAL)).otherwise(lit(UNEXPLAINED)))
                .select("report_id", "rule_id", "class");
    }

    /** Whether one of the report's kinds is meant for (or also explains) the finding's rule. */
    private static Column explains(Column kinds) {
        Column explained = lit(false);
        for (String kind : MEANT_FOR.keySet()) {
            explained = explained.or(col("rule_id").isin(rulesFor(kind).toArray()).and(array_contains(kinds, kind)));
        }
        return explained;
    }

    /** The rule meant for the kind, and any other whose finding the kind explains (both count as found). */
    private static List<String> rulesFor(String kind) {
        List<String> rules = new ArrayList<>(List.of(MEANT_FOR.get(kind)));
        rules.addAll(ALSO_EXPLAINS.getOrDefault(kind, List.of()));
        return rules;
    }

    /**
     * A kind's score. A report given the kind is undetectable, and left out, when no rule could have seen it: a
     * cross-year kind without a previous report, or a defect only in cells the rule cannot evaluate even leniently
     * (a row the printed report left out, an ambiguous cell).
     */
    private static KindScore score(String kind, Dataset<Row> injected, Dataset<Row> findings, Dataset<Row> unevaluable) {
        List<String> rules = rulesFor(kind);
        Dataset<Row> byRule = findings.filter(col("rule_id").isin(rules.toArray()));
        Dataset<Row> all = injected.filter(array_contains(col("kinds"), kind));
        Dataset<Row> foundIds = all.select("report_id").join(byRule.select("report_id").distinct(), "report_id");
        Dataset<Row> blind = all.join(foundIds, new String[]{"report_id"}, "left_anti")
                .join(unevaluable.filter(col("rule_id").isin(rules.toArray())).withColumnRenamed("cells", "read"),
                        "report_id")
                .filter(arrays_overlap(col("read"), col("changed")))
                .select("report_id").distinct();
        Column previousMissing = NEEDS_PREVIOUS.contains(kind) ? col("has_previous").isNull() : lit(false);
        Dataset<Row> given = all.filter(not(previousMissing)).select("report_id")
                .join(blind, new String[]{"report_id"}, "left_anti");
        long undetectable = all.count() - given.count();
        long found = given.join(foundIds, "report_id").count();
        Dataset<Row> elsewhere = byRule.join(all.select("report_id"), new String[]{"report_id"}, "left_anti");
        long flagged = byRule.select("report_id").distinct().count();
        long unexplained = elsewhere.filter(col("class").equalTo(UNEXPLAINED)).select("report_id").distinct().count();
        long collateral = elsewhere.select("report_id").distinct().count() - unexplained;
        return new KindScore(kind, String.join("+", rules), given.count(), undetectable, found, flagged, collateral,
                unexplained);
    }

    private static Column emptyKeys() {
        return array().cast("array<string>");
    }
}
