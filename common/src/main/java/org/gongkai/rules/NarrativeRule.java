package org.gongkai.rules;

import java.util.List;

/** Figures stated in a section's text equal the tables (FORMAT_SPEC.md §7.3 X4). */
public record NarrativeRule(RuleInfo info, String section, List<NarrativeStatement> statements) implements Rule {
}
