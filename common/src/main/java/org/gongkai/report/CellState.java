package org.gongkai.report;

import java.util.Locale;

/** What a table cell holds, as printed. */
public enum CellState {
    /** A value was read. */
    NUMBER,
    /** The cell is present and empty ({@code &nbsp;} included). */
    BLANK,
    /** The cell holds a sign for "nothing": -, —, /, 无. */
    PLACEHOLDER,
    /** The source has no such cell: a cut table or a dropped row. */
    MISSING,
    /** A digit run that more than one split explains; the readings are in the cell's candidates. */
    AMBIGUOUS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CellState fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
