package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.rules.CellDomainRule;
import org.gongkai.rules.CellRef;
import org.gongkai.rules.CopyRule;
import org.gongkai.rules.FeeDisclosureRule;
import org.gongkai.rules.FormatYearRule;
import org.gongkai.rules.IdentityRule;
import org.gongkai.rules.NarrativeRule;
import org.gongkai.rules.NearDuplicateRule;
import org.gongkai.rules.RuleCatalog;
import org.gongkai.rules.SubtotalRule;
import org.gongkai.rules.TimelinessRule;
import org.gongkai.rules.Term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The rule catalog as one Spark column over the wide report row: an array of result structs, one per rule instance
 * that applies to the report. Each instance is compiled per format and chosen by the report's format, so a report
 * is checked against the rows and columns its own format has. No UDF: everything is Spark expressions.
 */
final class RuleCompiler {

    private final RuleCatalog catalog;

    RuleCompiler(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The results of every within-report and cross-year rule (hierarchy is a separate join), reading the sums that
     * {@code staged} collects: select those first, then this.
     */
    Column results(StagedColumns staged) {
        Map<String, Map<String, Column>> byInstance = new LinkedHashMap<>();
        for (ReportFormat format : FormatCatalog.standard().formats()) {
            for (Instance instance : instances(format, staged)) {
                byInstance.computeIfAbsent(instance.key(), k -> new LinkedHashMap<>()).put(format.code(), instance.result());
            }
        }
        List<Column> columns = new ArrayList<>();
        byInstance.values().forEach(perFormat -> columns.add(chooseByFormat(perFormat)));
        ReportInstances anyFormat = new ReportInstances(FormatCatalog.standard().formats().get(0));
        catalog.rulesOf(FormatYearRule.class).forEach(r -> columns.add(anyFormat.compile(r).result()));
        catalog.rulesOf(TimelinessRule.class).forEach(r -> columns.add(anyFormat.compile(r).result()));
        catalog.rulesOf(CopyRule.class).forEach(r -> columns.add(anyFormat.compile(r).result()));
        catalog.rulesOf(NearDuplicateRule.class).forEach(r -> columns.add(NearDuplicateResults.compile(r).result()));
        // Nulls (instances that do not apply) stay in: removing them here would take Spark's generated code away from
        // the whole array (a lambda is interpreted, and with it all it reads). Validation.withoutGaps does it after.
        return array(columns.toArray(Column[]::new));
    }

    private List<Instance> instances(ReportFormat format, StagedColumns staged) {
        List<Instance> instances = new ArrayList<>();
        IdentityInstances identities = new IdentityInstances(format, staged);
        catalog.rulesOf(IdentityRule.class).forEach(r -> instances.addAll(identities.compile(r)));
        SubtotalInstances subtotals = new SubtotalInstances(format, staged);
        catalog.rulesOf(SubtotalRule.class).forEach(r -> instances.addAll(subtotals.compile(r)));
        ReportInstances reports = new ReportInstances(format);
        catalog.rulesOf(CellDomainRule.class).forEach(r -> instances.addAll(reports.compile(r)));
        catalog.rulesOf(FeeDisclosureRule.class).forEach(r -> instances.addAll(reports.compile(r)));
        NarrativeInstances narratives = new NarrativeInstances(format, staged);
        catalog.rulesOf(NarrativeRule.class).forEach(r -> instances.addAll(narratives.compile(r)));
        return instances;
    }

    private static Column chooseByFormat(Map<String, Column> perFormat) {
        Column chosen = lit(null);
        for (Map.Entry<String, Column> entry : perFormat.entrySet()) {
            chosen = when(col("format").equalTo(entry.getKey()), entry.getValue()).otherwise(chosen);
        }
        return chosen;
    }

    /** The cells the cross-year rules read from the previous report. */
    Set<CellRef> previousCells() {
        Set<CellRef> cells = new LinkedHashSet<>();
        for (IdentityRule rule : catalog.rulesOf(IdentityRule.class)) {
            for (Term term : rule.terms()) {
                if (!term.previousYear()) {
                    continue;
                }
                CellColumns.allCells().stream().filter(c -> c.table().equals(rule.table())
                        && (rule.perColumn() ? c.row().equals(term.code()) : c.column().equals(term.code())))
                        .forEach(cells::add);
            }
        }
        return cells;
    }

    /** The report sections the rules read. */
    Set<String> sections() {
        Set<String> sections = new LinkedHashSet<>();
        catalog.rulesOf(NarrativeRule.class).forEach(r -> sections.add(r.section()));
        catalog.rulesOf(FeeDisclosureRule.class).forEach(r -> sections.add(r.section()));
        catalog.rulesOf(NearDuplicateRule.class).forEach(r -> sections.add(r.section()));
        return sections;
    }
}
