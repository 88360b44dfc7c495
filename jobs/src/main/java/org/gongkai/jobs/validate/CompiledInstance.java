package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.rules.RuleInfo;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * One rule instance compiled for one format. What it is and how its messages read are data (a row of the instance
 * table, {@link InstanceText}); what it computes per report are a few Spark columns: the two sides of its
 * comparison in millionths, strictly and leniently, and an optional detail for its message. A report whose
 * instance does not apply (no previous report, a row it did not print…) gets null instead.
 *
 * @param label       the instance in Chinese, e.g. 表三自然人列
 * @param failText    the message of a failure, with {actual}, {expected}, {difference}, {detail}, {year} filled in
 * @param unreadText  the message where the instance cannot be checked; {unread} lists the cells without a number
 */
record CompiledInstance(RuleInfo rule, String instance, Comparison comparison, String label, String failText,
                        String unreadText, List<String> cells, Figure actual, Figure expected, Column applies,
                        Column detail) {

    /** How the actual side must stand to the expected side for the instance to pass. */
    enum Comparison {
        EQUAL,
        AT_MOST
    }

    /** The usual message of an instance that cannot be checked: the cells without a number, then the lenient figures. */
    static final String UNREAD = "：无法核对，{unread}{lenient}";

    /** An identity between two figures with the usual messages: label：actual side N，expected side M，相差 D. */
    static CompiledInstance identity(RuleInfo rule, String instance, String label, Figure actual, String actualLabel,
                                     Figure expected, String expectedLabel, Column applies) {
        String fail = label + "：" + actualLabel + " {actual}，" + expectedLabel + " {expected}，相差 {difference}";
        return new CompiledInstance(rule, instance, Comparison.EQUAL, label, fail, label + UNREAD,
                keys(actual, expected), actual, expected, applies, lit(null).cast("string"));
    }

    /** The cells' keys, as rule_results.cells lists them. */
    static List<String> keys(Figure... figures) {
        List<String> keys = new ArrayList<>();
        for (Figure figure : figures) {
            figure.terms().forEach(t -> keys.add(t.key()));
        }
        return keys;
    }

    /** Every cell the instance reads, actual side first. */
    List<Figure.Term> terms() {
        List<Figure.Term> terms = new ArrayList<>(actual.terms());
        terms.addAll(expected.terms());
        return terms;
    }

    /**
     * The per-report struct: a, e (strict), la, le (lenient) and d (the detail); null where the instance does not
     * apply or the report is of another format.
     */
    Column result(Column ofFormat) {
        Column value = struct(actual.strict().as("a"), expected.strict().as("e"), actual.lenient().as("la"),
                expected.lenient().as("le"), detail.as("d"));
        return when(ofFormat.and(applies), value);
    }
}
