package org.gongkai.rules;

import java.time.MonthDay;
import java.util.Map;

/**
 * Publication by the legal deadline of the next year (条例 Art. 49), by kind of publisher: {@code government}
 * (a region-wide report, or an agency whose name matches {@code governmentNamePattern}), {@code township}
 * (level township) or {@code department} (everything else).
 */
public record TimelinessRule(RuleInfo info, int fromYear, String governmentNamePattern,
                             Map<String, MonthDay> deadlines) implements Rule {
}
