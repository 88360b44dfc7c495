package org.gongkai.report;

/** Something the parser noticed about a report that a reader should know, e.g. TOTAL_COLUMN_BLANK. */
public record Notice(String code, String message) {
}
