package org.gongkai.rules;

/** The tables equal the same agency's previous report; reports with fewer non-zero cells prove nothing. */
public record CopyRule(RuleInfo info, int minNonzeroCells) implements Rule {
}
