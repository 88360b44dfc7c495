package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.ReportFormat;
import org.gongkai.rules.CellLabels;
import org.gongkai.rules.CellRef;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.when;

/**
 * One side of a comparison: its strict reading (millionths, null unless every cell it counts holds a number), its
 * lenient reading (blank and placeholder as 0; null for missing, ambiguous or absent cells) and the cells it reads,
 * each with the conditions under which it counts (a replaced row counts only where its replacement was not printed).
 */
record Figure(Column strict, Column lenient, List<Term> terms) {

    /** One cell read by the figure; it takes part in the sum where all its conditions hold. */
    record Term(CellRef cell, boolean previous, String label, List<CellCondition> conditions) {

        String key() {
            return (previous ? "previous:" : "") + cell.key();
        }

        Term and(CellCondition condition) {
            List<CellCondition> all = new ArrayList<>(conditions);
            all.add(condition);
            return new Term(cell, previous, label, List.copyOf(all));
        }
    }

    static Figure zero() {
        return new Figure(lit(0L), lit(0L), List.of());
    }

    /** A constant, read the same strictly and leniently (millionths). */
    static Figure constant(Column micros) {
        return new Figure(micros, micros, List.of());
    }

    static Figure cell(ReportFormat format, CellRef cell, boolean previous) {
        String label = (previous ? "上年" : "") + CellLabels.of(format, cell);
        return new Figure(CellColumns.strict(cell, previous), CellColumns.lenient(cell, previous),
                List.of(new Term(cell, previous, label, List.of())));
    }

    Figure plus(Figure other) {
        List<Term> both = new ArrayList<>(terms);
        both.addAll(other.terms);
        return new Figure(strict.plus(other.strict), lenient.plus(other.lenient), both);
    }

    Figure negated() {
        return new Figure(negate(strict), negate(lenient), terms);
    }

    /** {@code this} where {@code condition} holds, else {@code other}. */
    Figure where(CellCondition condition, Figure other) {
        List<Term> both = new ArrayList<>();
        terms.forEach(t -> both.add(t.and(condition)));
        other.terms.forEach(t -> both.add(t.and(condition.negated())));
        Column holds = condition.column();
        return new Figure(when(holds, strict).otherwise(other.strict), when(holds, lenient).otherwise(other.lenient), both);
    }

    static Figure sum(List<Figure> figures) {
        return figures.stream().reduce(Figure::plus).orElseGet(Figure::zero);
    }
}
