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
 * @param splits  every split of the run, before any identity chose among them: what stays when the identities
 *                turn out not to hold in any reading
 * @param rowIdentityBroken true if no split satisfies the row's own identity (the row is wrong as printed)
 */
record PrintedRun(TableSpec table, List<RowSpec> rows, List<String> pieces, String printed, String unit,
                  List<String[]> readings, boolean exhausted, RunSplitter.Result splits, boolean rowIdentityBroken) {

    List<ColumnSpec> columns() {
        List<ColumnSpec> columns = new ArrayList<>();
        rows.forEach(r -> columns.addAll(r.columns()));
        return columns;
    }

    List<ColumnKind> kinds() {
        return columns().stream().map(ColumnSpec::kind).toList();
    }

    PrintedRun withReadings(List<String[]> kept) {
        return new PrintedRun(table, rows, pieces, printed, unit, kept, exhausted, splits, rowIdentityBroken);
    }

    /** The run with every split again: no identity is used to choose. */
    PrintedRun withoutIdentities() {
        return new PrintedRun(table, rows, pieces, printed, unit, splits.splits(), splits.exhausted(), splits,
                rowIdentityBroken);
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
