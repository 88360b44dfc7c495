package org.gongkai.rules;

import java.util.List;

/**
 * A linear identity {@code Σ left = Σ right} checked once per column ({@code per_col}: the terms are rows) or once
 * per row ({@code per_row}: the terms are columns) of one table. The left side is the printed total, the right
 * side what it should be. A term may come from the previous year's report (a cross-year rule).
 *
 * @param instances the rows or columns to check; empty means every one the table has
 * @param formats   the formats the rule applies to (for a cross-year rule, both years'); empty means all
 */
public record IdentityRule(RuleInfo info, String table, String scope, List<Term> left, List<Term> right,
                           List<String> instances, List<String> formats) implements Rule {

    public boolean perColumn() {
        return "per_col".equals(scope);
    }

    public boolean crossYear() {
        return terms().stream().anyMatch(Term::previousYear);
    }

    public List<Term> terms() {
        return java.util.stream.Stream.concat(left.stream(), right.stream()).toList();
    }

    public boolean appliesTo(String format) {
        return formats.isEmpty() || formats.contains(format);
    }
}
