package org.gongkai.rules;

/** A section's text is a near duplicate (estimated Jaccard similarity at least {@code similarity}) of another's. */
public record NearDuplicateRule(RuleInfo info, String section, double similarity) implements Rule {
}
