package org.gongkai.rules;

import java.util.List;

/** Every number cell of these tables fits its column's kind: counts whole and not negative, amounts not negative. */
public record CellDomainRule(RuleInfo info, List<String> tables) implements Rule {
}
