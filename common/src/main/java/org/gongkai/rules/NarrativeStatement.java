package org.gongkai.rules;

import java.util.List;

/**
 * A figure the overview states, found by {@code pattern} (group 1 is the number), and the table figure it must
 * equal: the sum of the {@code rows}' 总计 in {@code table}, or the sum of the given {@code cells}
 * ({@code table.row.col}).
 */
public record NarrativeStatement(String code, String pattern, String table, List<String> rows, List<CellRef> cells,
                                 String zh) {
}
