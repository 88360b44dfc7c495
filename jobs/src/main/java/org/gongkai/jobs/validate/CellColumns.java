package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.CellState;
import org.gongkai.rules.CellRef;
import org.gongkai.rules.IdentityRule;
import org.gongkai.rules.RuleCatalog;
import org.gongkai.rules.Term;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.substring;

/**
 * The cells of the wide report row. Every cell any format has gets an index (catalog order); the row holds three
 * columns for all of them: {@code states}, one character per cell ({@link #code}), and the arrays {@code strict}
 * (the value in millionths where the cell holds a number, else null) and {@code lenient} (the same, with blank and
 * placeholder read as 0). The previous year's report has the same under the prefix {@code p_}, for the cells the
 * cross-year rules read only ({@link #previousCells}).
 */
final class CellColumns {

    static final String PREVIOUS = "p_";
    static final String STATES = "states";
    static final String STRICT = "strict";
    static final String LENIENT = "lenient";

    /** The state of a cell the report's format does not have at all. */
    static final char ABSENT = '.';
    /** A number beyond {@link Micros#LIMIT}: printed, but not checked. */
    static final char OUT_OF_RANGE = 'x';

    private static final List<CellRef> ALL = collectAll();
    private static final Map<CellRef, Integer> INDEX = indexOf(ALL);
    private static final List<CellRef> PREVIOUS_CELLS = previousCellsOf(RuleCatalog.standard());

    private CellColumns() {
    }

    /** Every cell any format has, in catalog order. */
    static List<CellRef> allCells() {
        return ALL;
    }

    static List<CellRef> cellsOf(ReportFormat format) {
        Set<CellRef> cells = new LinkedHashSet<>();
        for (TableSpec table : format.tables()) {
            for (RowSpec row : table.rows()) {
                row.allColumns().forEach(c -> cells.add(new CellRef(table.code(), row.code(), c.code())));
            }
        }
        return List.copyOf(cells);
    }

    static int index(CellRef cell) {
        Integer index = INDEX.get(cell);
        if (index == null) {
            throw new IllegalArgumentException("no such cell in any format: " + cell.key());
        }
        return index;
    }

    /** A state's character in {@code states}: n, b, p, m, a (its name's first letter). */
    static char code(CellState state) {
        return state.code().charAt(0);
    }

    static Column strict(CellRef cell, boolean previous) {
        return col(prefix(previous) + STRICT).getItem(position(cell, previous));
    }

    static Column lenient(CellRef cell, boolean previous) {
        return col(prefix(previous) + LENIENT).getItem(position(cell, previous));
    }

    /** The cell's state character (a one-character string). */
    static Column state(CellRef cell, boolean previous) {
        return substring(col(prefix(previous) + STATES), position(cell, previous) + 1, 1);
    }

    static Column stateIs(CellRef cell, boolean previous, CellState state) {
        return state(cell, previous).equalTo(lit(String.valueOf(code(state))));
    }

    /** Whether the report printed the cell: its format has it and it is not {@code missing}. */
    static Column printed(CellRef cell, boolean previous) {
        return not(state(cell, previous).isin(String.valueOf(ABSENT), String.valueOf(code(CellState.MISSING))));
    }

    /** The cell's position in the row's arrays and states: its index, or for the previous report its place in {@link #previousCells}. */
    static int position(CellRef cell, boolean previous) {
        if (!previous) {
            return index(cell);
        }
        int position = PREVIOUS_CELLS.indexOf(cell);
        if (position < 0) {
            throw new IllegalArgumentException("no rule reads the previous report's " + cell.key());
        }
        return position;
    }

    /** The cells of the previous year's report kept beside the current one: those the cross-year rules read. */
    static List<CellRef> previousCells() {
        return PREVIOUS_CELLS;
    }

    private static String prefix(boolean previous) {
        return previous ? PREVIOUS : "";
    }

    private static List<CellRef> collectAll() {
        Set<CellRef> cells = new LinkedHashSet<>();
        for (ReportFormat format : FormatCatalog.standard().formats()) {
            cells.addAll(cellsOf(format));
        }
        return List.copyOf(cells);
    }

    private static List<CellRef> previousCellsOf(RuleCatalog catalog) {
        Set<CellRef> cells = new LinkedHashSet<>();
        for (IdentityRule rule : catalog.rulesOf(IdentityRule.class)) {
            for (Term term : rule.terms()) {
                if (term.previousYear()) {
                    ALL.stream().filter(c -> c.table().equals(rule.table())
                            && (rule.perColumn() ? c.row().equals(term.code()) : c.column().equals(term.code())))
                            .forEach(cells::add);
                }
            }
        }
        return List.copyOf(cells);
    }

    private static Map<CellRef, Integer> indexOf(List<CellRef> cells) {
        Map<CellRef, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            index.put(cells.get(i), i);
        }
        return Map.copyOf(index);
    }
}
