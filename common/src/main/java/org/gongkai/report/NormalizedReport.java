package org.gongkai.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The normalized report (NORMALIZED_REPORT.md, schema gongkai.report.v1): one published annual report,
 * whatever its layout, with every cell of the format's tables in catalog order.
 *
 * @param publishedOn ISO date (yyyy-MM-dd) or null
 * @param format      2019, 2021 or unknown
 * @param sections    overview (一), problems (五), other_matters (六); absent keys were not found
 */
public record NormalizedReport(String reportId, Source source, String title, Agency agency, Integer year,
                               String publishedOn, String format, List<Cell> cells,
                               Map<String, String> sections, List<Notice> notices) {

    public static final String SCHEMA = "gongkai.report.v1";

    public Optional<Cell> cell(String table, String row, String column) {
        return cells.stream()
                .filter(c -> c.table().equals(table) && c.row().equals(row) && c.column().equals(column))
                .findFirst();
    }
}
