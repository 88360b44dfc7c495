package org.gongkai.rules;

/** Where {@code cell} is above zero, the text of {@code section} mentions fees ({@code pattern}). */
public record FeeDisclosureRule(RuleInfo info, CellRef cell, String section, String pattern) implements Rule {
}
