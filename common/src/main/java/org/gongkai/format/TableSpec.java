package org.gongkai.format;

import java.util.List;
import java.util.Optional;

/** One official table (二 proactive, 三 requests, 四 appeals) of one format version. */
public record TableSpec(String code, String title, List<RowSpec> rows, List<ColumnSpec> columns) {

    public Optional<RowSpec> row(String rowCode) {
        return rows.stream().filter(r -> r.code().equals(rowCode)).findFirst();
    }

    public Optional<ColumnSpec> column(String columnCode) {
        return columns.stream().filter(c -> c.code().equals(columnCode)).findFirst();
    }

    /** Value cells of the table when every row is printed once (rows shown only when printed excluded). */
    public int standardCellCount() {
        return rows.stream().filter(r -> !r.onlyWhenPrinted()).mapToInt(r -> r.columns().size()).sum();
    }
}
