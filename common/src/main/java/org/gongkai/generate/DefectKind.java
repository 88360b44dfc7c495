package org.gongkai.generate;

import java.util.Locale;

/**
 * The defects the generator injects, with their share of the total defect rate when only that total is given,
 * and for bad files the quarantine reason the parser must give.
 */
public enum DefectKind {
    WRONG_ROW_TOTAL(1, null),
    WRONG_COLUMN_TOTAL(1, null),
    BROKEN_BALANCE(1, null),
    BLANK_TOTAL_COLUMN(1, null),
    BROKEN_CARRY_OVER(1, null),
    COPIED_PREVIOUS_YEAR(1, null),
    LATE_PUBLICATION(1, null),
    WRONG_FORMAT(1, null),
    NARRATIVE_MISMATCH(1, null),
    BAD_FILE_TRUNCATED(0.2, "truncated"),
    BAD_FILE_EMPTY(0.2, "empty"),
    BAD_FILE_BINARY(0.2, "binary"),
    BAD_FILE_NOT_A_REPORT(0.2, "not_a_report"),
    BAD_FILE_UNDECODABLE(0.2, "undecodable");

    private final double defaultWeight;
    private final String expectedReason;

    DefectKind(double defaultWeight, String expectedReason) {
        this.defaultWeight = defaultWeight;
        this.expectedReason = expectedReason;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DefectKind fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    double defaultWeight() {
        return defaultWeight;
    }

    public boolean isBadFile() {
        return expectedReason != null;
    }

    /** The parser's quarantine reason code for a bad file, null for the other kinds. */
    public String expectedReason() {
        return expectedReason;
    }
}
