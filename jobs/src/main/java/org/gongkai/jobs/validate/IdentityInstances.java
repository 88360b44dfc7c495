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
import java.util.function.BiFunction;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

/**
 * Compiles an identity rule for one format into one instance per column (per_col) or per row (per_row). Rows the
 * format does not have drop out of the sums; a row printed only by some reports (2021's （六） as one row) stands in
 * for the rows it replaces where it was printed.
 */
final class IdentityInstances {

    private final ReportFormat format;

    IdentityInstances(ReportFormat format) {
        this.format = format;
    }

    List<CompiledInstance> compile(IdentityRule rule) {
        if (!rule.appliesTo(format.code()) || format.tables().stream().noneMatch(t -> t.code().equals(rule.table()))) {
            return List.of();
        }
        TableSpec table = format.table(rule.table());
        return rule.perColumn() ? perColumn(rule, table) : perRow(rule, table);
    }

    private List<CompiledInstance> perColumn(IdentityRule rule, TableSpec table) {
        List<CompiledInstance> instances = new ArrayList<>();
        List<String> columns = rule.instances().isEmpty()
                ? table.columns().stream().map(c -> c.code()).toList() : rule.instances();
        for (String column : columns) {
            String label = CellLabels.column(format, table.code(), column) + "列";
            instances.add(CompiledInstance.identity(rule.info(), column, label, rowSum(table, rule.left(), column),
                    sideLabel(table, rule.left(), true), rowSum(table, rule.right(), column),
                    sideLabel(table, rule.right(), true), applies(rule, List.of())));
        }
        return instances;
    }

    private List<CompiledInstance> perRow(IdentityRule rule, TableSpec table) {
        List<CompiledInstance> instances = new ArrayList<>();
        for (RowSpec row : table.rows()) {
            List<String> columns = row.columns().stream().map(c -> c.code()).toList();
            boolean hasTerms = rule.terms().stream().allMatch(t -> columns.contains(t.code()));
            if (!hasTerms || !(rule.instances().isEmpty() || rule.instances().contains(row.code()))) {
                continue;
            }
            String label = CellLabels.row(format, table.code(), row.code()) + "行";
            instances.add(CompiledInstance.identity(rule.info(), row.code(), label, columnSum(table, row, rule.left()),
                    sideLabel(table, rule.left(), false), columnSum(table, row, rule.right()),
                    sideLabel(table, rule.right(), false), applies(rule, rowPrinted(table, row))));
        }
        return instances;
    }

    /** The terms (rows) of one column, with printed-only rows standing in for the rows they replace. */
    Figure rowSum(TableSpec table, List<Term> terms, String column) {
        return rowSum(table, terms, column, (row, previous) -> Figure.cell(format, new CellRef(table.code(), row, column), previous));
    }

    /**
     * The figures of the rows {@code terms}, summed with their signs; a printed-only row stands in for the rows it
     * replaces where the report printed it ({@code printedColumn}'s cell tells), they count where it did not.
     */
    Figure rowSum(TableSpec table, List<Term> terms, String printedColumn, BiFunction<String, Boolean, Figure> rowFigure) {
        List<Figure> figures = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Term term : terms) {
            Optional<RowSpec> row = table.row(term.code());
            if (row.isEmpty() || covered.contains(term.code())) {
                continue;
            }
            Figure figure = rowFigure.apply(term.code(), term.previousYear());
            List<String> replaced = row.get().replaces();
            if (row.get().onlyWhenPrinted() && !replaced.isEmpty() && terms.stream().map(Term::code).toList().containsAll(replaced)) {
                List<Figure> parts = replaced.stream().map(r -> rowFigure.apply(r, term.previousYear())).toList();
                CellRef printed = new CellRef(table.code(), term.code(), printedColumn);
                figure = figure.where(CellCondition.printed(printed, term.previousYear()), Figure.sum(parts));
                covered.addAll(replaced);
            }
            figures.add(term.sign() < 0 ? figure.negated() : figure);
        }
        return Figure.sum(figures);
    }

    private Figure columnSum(TableSpec table, RowSpec row, List<Term> terms) {
        return Figure.sum(terms.stream().map(term -> {
            Figure figure = Figure.cell(format, new CellRef(table.code(), row.code(), term.code()), term.previousYear());
            return term.sign() < 0 ? figure.negated() : figure;
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
