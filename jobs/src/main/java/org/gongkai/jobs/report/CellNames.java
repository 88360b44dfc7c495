package org.gongkai.jobs.report;

import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.rules.CellLabels;
import org.gongkai.rules.CellRef;

import java.util.Optional;

/**
 * The Chinese name of a cell that rule_results lists ({@code table.row.col}, {@code previous:} for last year's report):
 * 表三（一）予以公开·自然人, as a reader finds it in the printed report. A key the catalog does not know stays as it is.
 */
final class CellNames {

    private static final String PREVIOUS = "previous:";

    private CellNames() {
    }

    static String of(String formatCode, String key) {
        boolean previous = key.startsWith(PREVIOUS);
        String cell = previous ? key.substring(PREVIOUS.length()) : key;
        Optional<ReportFormat> format = formatCode == null ? Optional.empty()
                : FormatCatalog.standard().format(formatCode);
        if (format.isEmpty()) {
            return key;
        }
        try {
            return (previous ? "上年" : "") + CellLabels.of(format.get(), CellRef.parse(cell));
        } catch (RuntimeException unknownCell) {
            return key;
        }
    }
}
