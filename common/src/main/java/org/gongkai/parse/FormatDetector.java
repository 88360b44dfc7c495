package org.gongkai.parse;

import org.gongkai.format.FormatCatalog;
import org.gongkai.format.LabelText;
import org.gongkai.format.ReportFormat;

import java.util.Optional;

/**
 * Decides a report's format by the labels it prints (FORMAT_SPEC.md §2), never by its year alone: the
 * format whose signature labels appear most wins; with no signature label, the printed （六） sub-rows
 * mean 2021; only then does the year decide.
 */
final class FormatDetector {

    private static final String UNPAID_FEE_ROW = "申请人逾期未按收费通知要求缴纳费用";

    private FormatDetector() {
    }

    /** The format, and whether only the year decided it. */
    record Detected(ReportFormat format, boolean byYear) {
    }

    /** @param normalized the report's text after {@link LabelText#normalize} */
    static Optional<Detected> detect(String normalized, Integer year) {
        FormatCatalog catalog = FormatCatalog.standard();
        ReportFormat best = null;
        long bestHits = 0;
        for (ReportFormat format : catalog.formats()) {
            long hits = format.signature().stream().filter(normalized::contains).count();
            if (hits > bestHits) {
                best = format;
                bestHits = hits;
            }
        }
        if (best != null) {
            return Optional.of(new Detected(best, false));
        }
        if (normalized.contains(UNPAID_FEE_ROW)) {
            return catalog.format("2021").map(f -> new Detected(f, false));
        }
        return year == null ? Optional.empty() : catalog.formatForYear(year).map(f -> new Detected(f, true));
    }
}
