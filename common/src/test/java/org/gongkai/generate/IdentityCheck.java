package org.gongkai.generate;

import org.gongkai.format.FormatCatalog;
import org.gongkai.format.Identity;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Cell;
import org.gongkai.report.NormalizedReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evaluates the catalog's identities on a report, independently of the generator: every violated instance as
 * "identity:where" (where = the row for per-row identities, the column for per-column ones). A term whose cell
 * the report does not have counts 0; a blank cell makes its instance a violation.
 */
final class IdentityCheck {

    private IdentityCheck() {
    }

    static List<String> violations(NormalizedReport report) {
        var format = FormatCatalog.standard().format(report.format()).orElseThrow();
        Map<String, Cell> cells = report.cells().stream().collect(Collectors.toMap(Cell::key, Function.identity()));
        List<String> out = new ArrayList<>();
        for (Identity identity : format.identities()) {
            TableSpec table = format.table(identity.table());
            List<String> instances = identity.perRow()
                    ? table.rows().stream().filter(r -> !r.onlyWhenPrinted()
                    && r.columns().stream().anyMatch(c -> c.code().equals(identity.total() == null ? "" : identity.total())))
                    .map(RowSpec::code).toList()
                    : table.columns().stream().map(c -> c.code()).toList();
            for (String where : instances) {
                BigDecimal left = sum(cells, table.code(), identity.leftTerms(), where, identity.perRow());
                BigDecimal right = sum(cells, table.code(), identity.rightTerms(), where, identity.perRow());
                if (left == null || right == null || left.compareTo(right) != 0) {
                    out.add(identity.id() + ":" + where);
                }
            }
        }
        return out;
    }

    private static BigDecimal sum(Map<String, Cell> cells, String table, List<String> terms, String where, boolean perRow) {
        BigDecimal total = BigDecimal.ZERO;
        for (String term : terms) {
            Cell cell = cells.get(table + "." + (perRow ? where + "." + term : term + "." + where));
            if (cell == null) {
                continue;
            }
            if (cell.value() == null) {
                return null;
            }
            total = total.add(cell.value());
        }
        return total;
    }
}
