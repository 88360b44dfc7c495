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

    /**
     * Whether one of an ambiguous cell's readings is exactly these values of its row's cells, in order
     * (null for a placeholder).
     */
    public boolean hasReading(List<BigDecimal> rowValues) {
        return candidates.stream().anyMatch(reading -> reading.size() == rowValues.size()
                && java.util.stream.IntStream.range(0, reading.size()).allMatch(k -> reading.get(k) == null
                ? rowValues.get(k) == null
                : rowValues.get(k) != null && reading.get(k).compareTo(rowValues.get(k)) == 0));
    }

    public String key() {
        return table + "." + row + "." + column;
    }
}
