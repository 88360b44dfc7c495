package org.gongkai.jobs.validate;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.gongkai.jobs.warehouse.ScalaValues;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.report.CellState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * The rows of rule_results from the checked reports: for each report, each applicable instance's figures with its
 * status strict and lenient, the figures as decimals, and for an instance that did not pass the cells it reads and a
 * message in Chinese naming them. The rules themselves were evaluated in Spark columns (RuleCompiler); this only
 * formats their figures, the same way for every rule, in one pass over the checked rows (no per-row join, and the
 * messages of the many instances that cannot be checked cost a few string operations each).
 */
final class RuleResults implements FlatMapFunction<Row, Row> {

    static final String PASS = "pass";
    static final String FAIL = "fail";
    static final String NOT_EVALUABLE = "not_evaluable";

    /** rule_results without run_id. */
    static final StructType SCHEMA = dropLast(Tables.RULE_RESULTS.schema());

    /** Cells without a number named in a message; the cells column lists them all. */
    private static final int LISTED = 5;

    private final Map<String, InstanceText[]> byFormat;

    private RuleResults(Map<String, InstanceText[]> byFormat) {
        this.byFormat = byFormat;
    }

    /** One row per report and applicable instance, in the columns of rule_results (without run_id). */
    static Dataset<Row> of(Dataset<Row> checked, RuleCompiler compiler) {
        Map<String, InstanceText[]> byFormat = new HashMap<>();
        List<RuleCompiler.Slot> slots = compiler.slots();
        for (int position = 0; position < slots.size(); position++) {
            for (Map.Entry<String, CompiledInstance> format : slots.get(position).byFormat().entrySet()) {
                byFormat.computeIfAbsent(format.getKey(), k -> new InstanceText[slots.size()])[position] =
                        InstanceText.of(format.getValue());
            }
        }
        return checked.select(col("report_id"), col("year"), col(RuleCompiler.FORMAT_KEY), col(CellColumns.STATES),
                        col(CellColumns.PREVIOUS + CellColumns.STATES), col("figures"))
                .flatMap(new RuleResults(byFormat), Encoders.row(SCHEMA));
    }

    @Override
    public Iterator<Row> call(Row report) {
        InstanceText[] instances = byFormat.get(report.getString(2));
        List<Row> figures = report.getList(5);
        List<Row> rows = new ArrayList<>();
        Formatter formatter = new Formatter(report.getString(0), report.isNullAt(1) ? null : report.getInt(1),
                report.getString(3), report.isNullAt(4) ? "" : report.getString(4));
        for (int position = 0; position < figures.size(); position++) {
            Row figure = figures.get(position);
            if (figure != null && instances != null && instances[position] != null) {
                rows.add(formatter.row(instances[position], figure));
            }
        }
        return rows.iterator();
    }

    /** pass where both sides are read and stand as the comparison wants, fail where not, not_evaluable without a side. */
    static String status(Long actual, Long expected, CompiledInstance.Comparison comparison) {
        if (actual == null || expected == null) {
            return NOT_EVALUABLE;
        }
        boolean holds = comparison == CompiledInstance.Comparison.AT_MOST ? actual <= expected : actual.equals(expected);
        return holds ? PASS : FAIL;
    }

    /** One report's rows. */
    private record Formatter(String reportId, Integer year, String states, String previousStates) {

        Row row(InstanceText instance, Row figure) {
            Long actual = longOrNull(figure, 0);
            Long expected = longOrNull(figure, 1);
            Long lenientActual = longOrNull(figure, 2);
            Long lenientExpected = longOrNull(figure, 3);
            String detail = figure.isNullAt(4) ? "" : figure.getString(4);
            String status = status(actual, expected, instance.comparison());
            String lenientStatus = status(lenientActual, lenientExpected, instance.comparison());
            String message = switch (status) {
                case FAIL -> filled(instance.failText(), actual, expected, detail);
                case NOT_EVALUABLE -> filled(instance.unreadText(), lenientActual, lenientExpected, detail)
                        .replace("{unread}", unread(instance))
                        .replace("{lenient}", lenientStatus.equals(FAIL) ? "；空白与占位符按0计，"
                                + filled(instance.failText(), lenientActual, lenientExpected, detail) : "");
                default -> null;
            };
            return RowFactory.create(reportId, year, instance.ruleId(), instance.instance(), instance.severity(), status,
                    Micros.toDecimal(expected), Micros.toDecimal(actual), Micros.toDecimal(difference(actual, expected)),
                    lenientStatus, Micros.toDecimal(lenientExpected), Micros.toDecimal(lenientActual),
                    Micros.toDecimal(difference(lenientActual, lenientExpected)),
                    status.equals(PASS) ? null : ScalaValues.seq(instance.cells()), message);
        }

        private String filled(String text, Long actual, Long expected, String detail) {
            return text.replace("{actual}", Micros.display(actual)).replace("{expected}", Micros.display(expected))
                    .replace("{difference}", Micros.display(difference(actual, expected)))
                    .replace("{detail}", detail).replace("{year}", String.valueOf(year));
        }

        /** The first few counted cells that hold no number (表三…·科研机构为空白), and how many in all. */
        private String unread(InstanceText instance) {
            List<String> named = new ArrayList<>();
            for (InstanceText.TermText term : instance.terms()) {
                char state = stateOf(term.previous(), term.position());
                if (state != CellColumns.code(CellState.NUMBER) && term.conditions().stream().allMatch(this::holds)) {
                    named.add(term.label() + "为" + stateText(state));
                }
            }
            String listed = String.join("、", named.subList(0, Math.min(LISTED, named.size())));
            return named.size() > LISTED ? listed + "等" + named.size() + "处" : listed;
        }

        private boolean holds(InstanceText.ConditionText condition) {
            char state = stateOf(condition.previous(), condition.position());
            boolean test = condition.test() == CellCondition.Test.PRINTED
                    ? state != CellColumns.ABSENT && state != CellColumns.code(CellState.MISSING)
                    : state == CellColumns.code(CellState.NUMBER);
            return test == condition.holds();
        }

        private char stateOf(boolean previous, int position) {
            String of = previous ? previousStates : states;
            return position < of.length() ? of.charAt(position) : CellColumns.ABSENT;
        }
    }

    private static String stateText(char state) {
        if (state == CellColumns.OUT_OF_RANGE) {
            return "超出核对范围";
        }
        for (CellState known : CellState.values()) {
            if (CellColumns.code(known) == state) {
                return switch (known) {
                    case BLANK -> "空白";
                    case PLACEHOLDER -> "占位符";
                    case MISSING -> "缺失";
                    case AMBIGUOUS -> "有歧义";
                    case NUMBER -> "数字";
                };
            }
        }
        return "未印出";
    }

    private static Long longOrNull(Row row, int field) {
        return row.isNullAt(field) ? null : row.getLong(field);
    }

    private static Long difference(Long actual, Long expected) {
        return actual == null || expected == null ? null : actual - expected;
    }

    private static StructType dropLast(StructType schema) {
        return new StructType(Arrays.copyOf(schema.fields(), schema.fields().length - 1));
    }
}
