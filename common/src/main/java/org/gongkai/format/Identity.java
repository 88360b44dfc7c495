package org.gongkai.format;

import java.util.List;

/**
 * An arithmetic identity that a correct table satisfies (勾稽关系).
 * Either {@code total = sum(parts)} or {@code sum(lhs) = sum(rhs)}.
 * {@code scope} says what the terms name: per_row terms are columns (checked in every row),
 * per_col terms are rows (checked in every column).
 */
public record Identity(String id, String table, String scope, String total, List<String> parts,
                       List<String> lhs, List<String> rhs, String description) {

    public boolean perRow() {
        return "per_row".equals(scope);
    }

    /** Terms on the left side of {@code left = right}. */
    public List<String> leftTerms() {
        return total != null ? List.of(total) : lhs;
    }

    /** Terms on the right side of {@code left = right}. */
    public List<String> rightTerms() {
        return total != null ? parts : rhs;
    }
}
