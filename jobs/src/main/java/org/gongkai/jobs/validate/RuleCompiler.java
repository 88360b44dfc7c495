package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.rules.CellDomainRule;
import org.gongkai.rules.CopyRule;
import org.gongkai.rules.FeeDisclosureRule;
import org.gongkai.rules.FormatYearRule;
import org.gongkai.rules.IdentityRule;
import org.gongkai.rules.NarrativeRule;
import org.gongkai.rules.NearDuplicateRule;
import org.gongkai.rules.RuleCatalog;
import org.gongkai.rules.SubtotalRule;
import org.gongkai.rules.TimelinessRule;

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
 * The rule catalog compiled: for each format, its rule instances (those of the rules about a report as a whole
 * too). Per report this is one Spark column, {@link #figures}: an array of instance structs, of which those of the
 * report's format are filled in. Everything else about an instance (its rule, texts, cells) is data, joined back by
 * format and position after the array is exploded ({@link InstanceText}).
 */
final class RuleCompiler {

    /** The format key of a report whose format is none of the catalog's: only the format-independent rules apply. */
    static final String OTHER_FORMAT = "";
    /** The wide row's column holding {@link #formatKey}. */
    static final String FORMAT_KEY = "format_key";

    private final RuleCatalog catalog;
    private final List<Slot> slots = new ArrayList<>();

    /**
     * A position of {@link #figures}: one instance per format key it serves. Where two formats compile an instance to
     * the same expression (O1, D2 on a shared row, F1…), they share one position, so the projection is no longer
     * than the formats' differences require.
     */
    record Slot(String key, Map<String, CompiledInstance> byFormat) {

        Column result() {
            CompiledInstance any = byFormat.values().iterator().next();
            return any.result(col(FORMAT_KEY).isin(byFormat.keySet().toArray()));
        }
    }

    RuleCompiler(RuleCatalog catalog) {
        this.catalog = catalog;
        List<CompiledInstance> anyFormat = reportInstances();
        for (ReportFormat format : FormatCatalog.standard().formats()) {
            formatInstances(format).forEach(instance -> place(format.code(), instance));
            anyFormat.forEach(instance -> place(format.code(), instance));
        }
        anyFormat.forEach(instance -> place(OTHER_FORMAT, instance));
    }

    private void place(String formatKey, CompiledInstance instance) {
        String key = instance.rule().id() + "/" + instance.instance() + ": " + instance.result(lit(true));
        Slot slot = slots.stream().filter(s -> s.key().equals(key) && !s.byFormat().containsKey(formatKey)).findFirst()
                .orElseGet(() -> {
                    Slot added = new Slot(key, new LinkedHashMap<>());
                    slots.add(added);
                    return added;
                });
        slot.byFormat().put(formatKey, instance);
    }

    /** The positions of {@link #figures}, in order. */
    List<Slot> slots() {
        return slots;
    }

    /** The report's format key: its format where the catalog has it, else {@link #OTHER_FORMAT}. */
    static Column formatKey() {
        Column key = lit(OTHER_FORMAT);
        for (ReportFormat format : FormatCatalog.standard().formats()) {
            key = when(col("format").equalTo(format.code()), format.code()).otherwise(key);
        }
        return key;
    }

    /**
     * Per report, the results of every slot, null where the slot is not of the report's format or its instance does not
     * apply: one flat array, which Spark's generated code splits into small methods.
     */
    Column figures() {
        return array(slots.stream().map(Slot::result).toArray(Column[]::new));
    }

    /**
     * Columns the instances read that are computed once per report before them (a column of its own: Spark keeps it
     * apart instead of repeating it in every instance that reads it).
     */
    Map<String, Column> helperColumns() {
        Map<String, Column> columns = new LinkedHashMap<>();
        catalog.rulesOf(CellDomainRule.class).forEach(r -> columns.put(CellDomainInstances.OUTLIERS, CellDomainInstances.outliers(r)));
        catalog.rulesOf(NarrativeRule.class).forEach(r -> columns.putAll(NarrativeInstances.statedFigures(r)));
        return columns;
    }

    private List<CompiledInstance> formatInstances(ReportFormat format) {
        List<CompiledInstance> instances = new ArrayList<>();
        IdentityInstances identities = new IdentityInstances(format);
        catalog.rulesOf(IdentityRule.class).forEach(r -> instances.addAll(identities.compile(r)));
        SubtotalInstances subtotals = new SubtotalInstances(format);
        catalog.rulesOf(SubtotalRule.class).forEach(r -> instances.addAll(subtotals.compile(r)));
        CellDomainInstances domains = new CellDomainInstances(format);
        catalog.rulesOf(CellDomainRule.class).forEach(r -> instances.addAll(domains.compile(r)));
        FeeInstances fees = new FeeInstances(format);
        catalog.rulesOf(FeeDisclosureRule.class).forEach(r -> instances.addAll(fees.compile(r)));
        NarrativeInstances narratives = new NarrativeInstances(format);
        catalog.rulesOf(NarrativeRule.class).forEach(r -> instances.addAll(narratives.compile(r)));
        return instances;
    }

    /** The rules about the report as a whole, whatever its format: F1, T1, C1, C2. */
    private List<CompiledInstance> reportInstances() {
        List<CompiledInstance> instances = new ArrayList<>();
        catalog.rulesOf(FormatYearRule.class).forEach(r -> instances.add(ReportInstances.formatYear(r)));
        catalog.rulesOf(TimelinessRule.class).forEach(r -> instances.add(ReportInstances.timeliness(r)));
        catalog.rulesOf(CopyRule.class).forEach(r -> instances.add(ReportInstances.copy(r)));
        catalog.rulesOf(NearDuplicateRule.class).forEach(r -> instances.add(NearDuplicateResults.compile(r)));
        return List.copyOf(instances);
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
