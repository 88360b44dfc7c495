package org.gongkai.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One cell of an official table as printed.
 *
 * @param value      the number for {@link CellState#NUMBER}, else null
 * @param unit       the printed unit of an amount (万元, 元), else null
 * @param raw        the printed text, for audit; null where nothing was printed
 * @param candidates for {@link CellState#AMBIGUOUS}: every reading of the whole run, one value per cell
 *                   of the row (null for a placeholder); else empty
 */
public record Cell(String table, String row, String column, CellState state, BigDecimal value, String unit,
                   String raw, List<List<BigDecimal>> candidates) {

    public Cell {
        candidates = candidates == null ? List.of() : candidates;
    }

    public static Cell missing(String table, String row, String column) {
        return new Cell(table, row, column, CellState.MISSING, null, null, null, List.of());
    }

    public String key() {
        return table + "." + row + "." + column;
    }
}
