package org.gongkai.rules;

/** One cell by its canonical codes, written {@code table.row.col} in the catalog. */
public record CellRef(String table, String row, String column) {

    public static CellRef parse(String text) {
        String[] parts = text.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a cell is table.row.col, not " + text);
        }
        return new CellRef(parts[0], parts[1], parts[2]);
    }

    public String key() {
        return table + "." + row + "." + column;
    }
}
