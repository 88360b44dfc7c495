package org.gongkai.parse;

import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A digit run printed after a row label in flattened text, covering one row (tables 二, 三) or several
 * (table 四), with the readings that remain after each piece of evidence.
 *
 * @param pieces  the run's digits, split where text separated them (no cell crosses a piece boundary)
 * @param printed the run as printed, for {@code raw}
 * @param unit    a unit printed after the digits (元, 万元), or null
 */
record PrintedRun(TableSpec table, List<RowSpec> rows, List<String> pieces, String printed, String unit,
                  List<String[]> readings, boolean exhausted) {

    List<ColumnSpec> columns() {
        List<ColumnSpec> columns = new ArrayList<>();
        rows.forEach(r -> columns.addAll(r.columns()));
        return columns;
    }

    List<ColumnKind> kinds() {
        return columns().stream().map(ColumnSpec::kind).toList();
    }

    PrintedRun withReadings(List<String[]> kept) {
        return new PrintedRun(table, rows, pieces, printed, unit, kept, exhausted);
    }

    /** The offset of a row's first cell within a reading. */
    int offsetOf(String rowCode) {
        int offset = 0;
        for (RowSpec row : rows) {
            if (row.code().equals(rowCode)) {
                return offset;
            }
            offset += row.columns().size();
        }
        return -1;
    }

    String label() {
        return rows.stream().map(TableCells::printedLabel).reduce((a, b) -> a + "/" + b).orElse("");
    }
}
