package org.gongkai.rules;

import java.util.List;

/**
 * A region-wide report's {@code cells} against the sum of the own reports of its region: flagged when the difference
 * exceeds both {@code tolerance} (a share of the larger side) and {@code minimumDifference}.
 */
public record HierarchyRule(RuleInfo info, List<CellRef> cells, double tolerance, long minimumDifference)
        implements Rule {
}
