package org.gongkai.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups one-cell-per-line text into rows: a run of label lines followed by its value lines is one row.
 * Empty cells were dropped by whoever produced the text, so a row may come short; the table reader then
 * says so instead of guessing which cells are gone.
 */
final class CellLinesReader {

    private CellLinesReader() {
    }

    static List<GridRow> rows(String text) {
        List<GridRow> rows = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean inValues = false;
        for (String line : text.split("\\R")) {
            String cell = line.strip();
            if (cell.isEmpty()) {
                continue;
            }
            boolean value = PrintedCell.isValueLike(cell);
            if (!value && inValues) {
                rows.add(new GridRow(List.copyOf(current)));
                current.clear();
            }
            current.add(cell);
            inValues = value;
        }
        if (!current.isEmpty()) {
            rows.add(new GridRow(List.copyOf(current)));
        }
        return rows;
    }
}
