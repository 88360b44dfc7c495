package org.gongkai.jobs.validate;

import java.io.Serializable;
import java.util.List;

/**
 * What a compiled instance is, apart from what it computes: its rule, severity, comparison, message texts and the
 * cells it reads (each with its label, its position in the row's states and the conditions under which it counts),
 * as plain data that the executors format rule_results rows with.
 */
record InstanceText(String ruleId, String instance, String severity, CompiledInstance.Comparison comparison,
                    String failText, String unreadText, List<String> cells, List<TermText> terms) implements Serializable {

    /** A cell the instance reads, and the conditions (on other cells' states) under which it counts. */
    record TermText(String label, boolean previous, int position, List<ConditionText> conditions) implements Serializable {
    }

    /** A {@link CellCondition} resolved to a position in the row's states. */
    record ConditionText(boolean previous, int position, CellCondition.Test test, boolean holds) implements Serializable {
    }

    static InstanceText of(CompiledInstance instance) {
        List<TermText> terms = instance.terms().stream().map(t -> new TermText(t.label(), t.previous(),
                CellColumns.position(t.cell(), t.previous()), t.conditions().stream()
                .map(c -> new ConditionText(c.previous(), CellColumns.position(c.cell(), c.previous()), c.test(), c.holds()))
                .toList())).toList();
        return new InstanceText(instance.rule().id(), instance.instance(), instance.rule().severity().code(),
                instance.comparison(), instance.failText(), instance.unreadText(), List.copyOf(instance.cells()), terms);
    }
}
