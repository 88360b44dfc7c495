package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.rules.CellLabels;
import org.gongkai.rules.CellRef;
import org.gongkai.rules.IdentityRule;
import org.gongkai.rules.Term;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

/**
 * Compiles an identity rule for one format into one instance per column (per_col) or per row (per_row). Rows the
 * format does not have drop out of the sums; a row printed only by some reports (2021's （六） as one row) stands in
 * for the rows it replaces where it was printed.
 */
final class IdentityInstances {

    private final ReportFormat format;
    private final StagedColumns staged;

    IdentityInstances(ReportFormat format, StagedColumns staged) {
        this.format = format;
        this.staged = staged;
    }

    List<Instance> compile(IdentityRule rule) {
        if (!rule.appliesTo(format.code()) || format.tables().stream().noneMatch(t -> t.code().equals(rule.table()))) {
            return List.of();
        }
        TableSpec table = format.table(rule.table());
        return rule.perColumn() ? perColumn(rule, table) : perRow(rule, table);
    }

    private List<Instance> perColumn(IdentityRule rule, TableSpec table) {
        List<Instance> instances = new ArrayList<>();
        List<String> columns = rule.instances().isEmpty()
                ? table.columns().stream().map(c -> c.code()).toList() : rule.instances();
        for (String column : columns) {
            String name = format.code() + "_" + rule.id() + "_" + column;
            Operand actual = staged.stage(name + "_actual", rowSum(table, rule.left(), column));
            Operand expected = staged.stage(name + "_expected", rowSum(table, rule.right(), column));
            String label = CellLabels.column(format, table.code(), column) + "列";
            Column result = RuleResults.compare(rule.info(), column, label, actual, sideLabel(table, rule.left(), true),
                    expected, sideLabel(table, rule.right(), true));
            instances.add(Instance.of(rule.id(), column, when(applies(rule, List.of()), result)));
        }
        return instances;
    }

    private List<Instance> perRow(IdentityRule rule, TableSpec table) {
        List<Instance> instances = new ArrayList<>();
        for (RowSpec row : table.rows()) {
            List<String> columns = row.columns().stream().map(c -> c.code()).toList();
            boolean hasTerms = rule.terms().stream().allMatch(t -> columns.contains(t.code()));
            if (!hasTerms || !(rule.instances().isEmpty() || rule.instances().contains(row.code()))) {
                continue;
            }
            String name = format.code() + "_" + rule.id() + "_" + row.code();
            Operand actual = staged.stage(name + "_actual", columnSum(table, row, rule.left()));
            Operand expected = staged.stage(name + "_expected", columnSum(table, row, rule.right()));
            String label = CellLabels.row(format, table.code(), row.code()) + "行";
            Column result = RuleResults.compare(rule.info(), row.code(), label, actual, sideLabel(table, rule.left(), false),
                    expected, sideLabel(table, rule.right(), false));
            instances.add(Instance.of(rule.id(), row.code(), when(applies(rule, rowPrinted(table, row)), result)));
        }
        return instances;
    }

    /** The terms (rows) of one column, with printed-only rows standing in for the rows they replace. */
    Operand rowSum(TableSpec table, List<Term> terms, String column) {
        List<Operand> operands = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Term term : terms) {
            Optional<RowSpec> row = table.row(term.code());
            if (row.isEmpty() || covered.contains(term.code())) {
                continue;
            }
            CellRef cell = new CellRef(table.code(), term.code(), column);
            Operand operand = Operand.cell(format, cell, term.previousYear());
            List<String> replaced = row.get().replaces();
            if (row.get().onlyWhenPrinted() && !replaced.isEmpty() && terms.stream().map(Term::code).toList().containsAll(replaced)) {
                List<Operand> parts = replaced.stream()
                        .map(r -> Operand.cell(format, new CellRef(table.code(), r, column), term.previousYear())).toList();
                operand = operand.where(CellColumns.printed(cell, term.previousYear()), Operand.sum(parts));
                covered.addAll(replaced);
            }
            operands.add(term.sign() < 0 ? operand.negated() : operand);
        }
        return Operand.sum(operands);
    }

    private Operand columnSum(TableSpec table, RowSpec row, List<Term> terms) {
        return Operand.sum(terms.stream().map(term -> {
            Operand operand = Operand.cell(format, new CellRef(table.code(), row.code(), term.code()), term.previousYear());
            return term.sign() < 0 ? operand.negated() : operand;
        }).toList());
    }

    /**
     * Conditions for a row to be checked: a printed-only row where printed, a row it replaces where it was not; and
     * for a cross-year rule, a previous report in one of the rule's formats.
     */
    private List<Column> rowPrinted(TableSpec table, RowSpec row) {
        List<Column> conditions = new ArrayList<>();
        CellRef first = new CellRef(table.code(), row.code(), row.columns().get(0).code());
        if (row.onlyWhenPrinted()) {
            conditions.add(CellColumns.printed(first, false));
        }
        for (RowSpec other : table.rows()) {
            if (other.onlyWhenPrinted() && other.replaces().contains(row.code())) {
                conditions.add(not(CellColumns.printed(new CellRef(table.code(), other.code(),
                        other.columns().get(0).code()), false)));
            }
        }
        return conditions;
    }

    private Column applies(IdentityRule rule, List<Column> conditions) {
        Column applies = lit(true);
        if (rule.crossYear()) {
            Column previous = col(WideReports.PREVIOUS_REPORT_ID).isNotNull();
            if (!rule.formats().isEmpty()) {
                previous = previous.and(col(WideReports.PREVIOUS_FORMAT).isin(rule.formats().toArray()));
            }
            applies = applies.and(previous);
        }
        for (Column condition : conditions) {
            applies = applies.and(condition);
        }
        return applies;
    }

    /** What one side adds up, in the words of the printed table: （七）总计＋四、结转下年度继续办理. */
    private String sideLabel(TableSpec table, List<Term> terms, boolean termsAreRows) {
        List<String> names = new ArrayList<>();
        for (Term term : terms) {
            Optional<String> name = termsAreRows
                    ? table.row(term.code()).map(r -> r.ordinal() + r.label())
                    : table.column(term.code()).map(c -> c.label());
            name.ifPresent(n -> names.add((names.isEmpty() ? (term.sign() < 0 ? "－" : "") : (term.sign() < 0 ? "－" : "＋"))
                    + (term.previousYear() ? "上年" : "") + shorten(n)));
        }
        if (names.size() > 4) {
            return names.get(0) + "…" + names.get(names.size() - 1) + "之和";
        }
        return String.join("", names);
    }

    /** A label up to its first bracket: （二）部分公开（区分处理的…） reads as （二）部分公开. */
    private static String shorten(String label) {
        int bracket = label.indexOf('（', 1);
        return bracket > 3 ? label.substring(0, bracket) : label;
    }
}
