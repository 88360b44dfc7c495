package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.CellState;
import org.gongkai.rules.CellRef;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * The columns of the wide report row: for every cell of every format, its value ({@code v_table__row__col}) and its
 * state as a small number ({@code s_…}, null where the report has no such cell), and the same for the previous
 * year's report under the prefix {@code p_}.
 */
final class CellColumns {

    static final String PREVIOUS = "p_";

    /** Every cell any format has, in catalog order. */
    static List<CellRef> allCells() {
        Set<CellRef> cells = new LinkedHashSet<>();
        for (ReportFormat format : FormatCatalog.standard().formats()) {
            cells.addAll(cellsOf(format));
        }
        return List.copyOf(cells);
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

    /** The pivot key of a cell: its codes joined by {@code __} (dots would need quoting in column names). */
    static String key(CellRef cell) {
        return cell.table() + "__" + cell.row() + "__" + cell.column();
    }

    static String valueName(CellRef cell) {
        return "v_" + key(cell);
    }

    static String stateName(CellRef cell) {
        return "s_" + key(cell);
    }

    static Column value(CellRef cell, boolean previous) {
        return col((previous ? PREVIOUS : "") + valueName(cell));
    }

    static Column state(CellRef cell, boolean previous) {
        return col((previous ? PREVIOUS : "") + stateName(cell));
    }

    /** The state's code in the wide row: its ordinal (a byte pivots without a second aggregation pass). */
    static byte code(CellState state) {
        return (byte) state.ordinal();
    }

    /** Whether the report printed the cell: present, and not {@code missing}. */
    static Column printed(CellRef cell, boolean previous) {
        Column state = state(cell, previous);
        return state.isNotNull().and(state.notEqual(code(CellState.MISSING)));
    }

    private CellColumns() {
    }
}
