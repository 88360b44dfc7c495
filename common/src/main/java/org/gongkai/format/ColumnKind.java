package org.gongkai.format;

/** What a cell of a column may hold, as the official format defines it. */
public enum ColumnKind {
    /** A non-negative whole number of items or applications. */
    COUNT,
    /** A whole number that may be negative (2019 本年增/减). */
    SIGNED_COUNT,
    /** A money amount: decimals allowed, unit printed in the header or the cell. */
    AMOUNT;

    static ColumnKind fromCatalog(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
