package org.gongkai.generate;

import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays a year's numbers out as the cells of one format, in catalog order: what a correct report prints.
 * The 2019 format prints the three （六） rows as one other_handling row and its own proactive table.
 */
final class TableLayout {

    /** Where each proactive cell of each format comes from. */
    private static final Map<String, Quantity> PROACTIVE = Map.ofEntries(
            Map.entry("2021.regulations.issued", Quantity.REG_ISSUED),
            Map.entry("2021.regulations.repealed", Quantity.REG_REPEALED),
            Map.entry("2021.regulations.in_force", Quantity.REG_IN_FORCE),
            Map.entry("2021.normative_documents.issued", Quantity.NORM_ISSUED),
            Map.entry("2021.normative_documents.repealed", Quantity.NORM_REPEALED),
            Map.entry("2021.normative_documents.in_force", Quantity.NORM_IN_FORCE),
            Map.entry("2021.licensing.decisions", Quantity.LICENSING_DECISIONS),
            Map.entry("2021.penalty.decisions", Quantity.PENALTY_DECISIONS),
            Map.entry("2021.coercion.decisions", Quantity.COERCION_DECISIONS),
            Map.entry("2021.fees.amount", Quantity.FEES_AMOUNT),
            Map.entry("2019.regulations.newly_made", Quantity.REG_ISSUED),
            Map.entry("2019.regulations.newly_published", Quantity.REG_ISSUED),
            Map.entry("2019.regulations.total_published", Quantity.REG_PUBLISHED_TOTAL),
            Map.entry("2019.normative_documents.newly_made", Quantity.NORM_ISSUED),
            Map.entry("2019.normative_documents.newly_published", Quantity.NORM_ISSUED),
            Map.entry("2019.normative_documents.total_published", Quantity.NORM_PUBLISHED_TOTAL),
            Map.entry("2019.licensing.previous_items", Quantity.LICENSING_ITEMS),
            Map.entry("2019.licensing.change", Quantity.LICENSING_CHANGE),
            Map.entry("2019.licensing.decisions", Quantity.LICENSING_DECISIONS),
            Map.entry("2019.other_services.previous_items", Quantity.SERVICES_ITEMS),
            Map.entry("2019.other_services.change", Quantity.SERVICES_CHANGE),
            Map.entry("2019.other_services.decisions", Quantity.SERVICES_DECISIONS),
            Map.entry("2019.penalty.previous_items", Quantity.PENALTY_ITEMS),
            Map.entry("2019.penalty.change", Quantity.PENALTY_CHANGE),
            Map.entry("2019.penalty.decisions", Quantity.PENALTY_DECISIONS),
            Map.entry("2019.coercion.previous_items", Quantity.COERCION_ITEMS),
            Map.entry("2019.coercion.change", Quantity.COERCION_CHANGE),
            Map.entry("2019.coercion.decisions", Quantity.COERCION_DECISIONS),
            Map.entry("2019.fees.previous_items", Quantity.FEES_ITEMS),
            Map.entry("2019.fees.change", Quantity.FEES_CHANGE),
            Map.entry("2019.procurement.items", Quantity.PROCUREMENT_ITEMS),
            Map.entry("2019.procurement.amount", Quantity.PROCUREMENT_AMOUNT));
    private static final List<Quantity> AMOUNTS = List.of(Quantity.FEES_AMOUNT, Quantity.PROCUREMENT_AMOUNT);

    private TableLayout() {
    }

    static List<Cell> cells(YearValues values, String formatCode) {
        ReportFormat format = FormatCatalog.standard().format(formatCode).orElseThrow();
        List<Cell> cells = new ArrayList<>(260);
        for (TableSpec table : format.tables()) {
            for (RowSpec row : table.rows()) {
                if (row.onlyWhenPrinted()) {
                    continue;
                }
                for (ColumnSpec column : row.columns()) {
                    BigDecimal value = value(values, formatCode, table.code(), row.code(), column.code());
                    cells.add(number(table.code(), row.code(), column, value));
                }
            }
        }
        return cells;
    }

    static Cell number(String table, String row, ColumnSpec column, BigDecimal value) {
        return new Cell(table, row, column.code(), CellState.NUMBER, value,
                column.kind() == ColumnKind.AMOUNT ? column.unit() : null, value.toPlainString(), List.of());
    }

    private static BigDecimal value(YearValues v, String format, String table, String row, String column) {
        return switch (table) {
            case "requests" -> BigDecimal.valueOf(requestCell(v, row, column));
            case "appeals" -> {
                int r = YearValues.APPEAL_ROWS.indexOf(row);
                yield BigDecimal.valueOf(column.equals("total") ? v.appealTotal(r)
                        : v.appeals[r][YearValues.APPEAL_PARTS.indexOf(column)]);
            }
            default -> {
                Quantity q = PROACTIVE.get(format + "." + row + "." + column);
                if (q == null) {
                    throw new IllegalStateException("no quantity for " + format + " " + row + "." + column);
                }
                yield AMOUNTS.contains(q) ? BigDecimal.valueOf(v.get(q), 2) : BigDecimal.valueOf(v.get(q));
            }
        };
    }

    private static long requestCell(YearValues v, String row, String column) {
        long[] counts = switch (row) {
            case "new_received" -> v.newReceived;
            case "carried_over" -> v.carriedOver;
            case "carried_forward" -> v.carriedForward;
            case "total_handled" -> columnSums(v, YearValues.OUTCOMES);
            case "other_handling" -> columnSums(v, YearValues.OTHER_ROWS);
            default -> v.outcomes[YearValues.OUTCOMES.indexOf(row)];
        };
        return column.equals("total") ? YearValues.sum(counts) : counts[YearValues.APPLICANTS.indexOf(column)];
    }

    private static long[] columnSums(YearValues v, List<String> rows) {
        long[] sums = new long[YearValues.APPLICANTS.size()];
        for (String row : rows) {
            long[] counts = v.outcomes[YearValues.OUTCOMES.indexOf(row)];
            for (int c = 0; c < sums.length; c++) {
                sums[c] += counts[c];
            }
        }
        return sums;
    }
}
