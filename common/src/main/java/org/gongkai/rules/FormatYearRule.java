package org.gongkai.rules;

/** The format a report was printed in is the one its year must use (FORMAT_SPEC.md §2). */
public record FormatYearRule(RuleInfo info) implements Rule {
}
