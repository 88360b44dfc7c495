package org.gongkai.rules;

/** A subtotal row or column that a report printed beyond the official layout equals the sum of its items. */
public record SubtotalRule(RuleInfo info, String table) implements Rule {
}
