package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Row;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an aggregate run wrote: rows per gold table, the nation's headline figures per year, and the current reports
 * it could not use as it should (they are left out of the sums; the user is told how to fix that).
 */
public record AggregateSummary(String runId, Map<String, Long> rowsWritten, List<Row> nationalSummary,
                               Unplaced unplaced, Duration elapsed) {

    /**
     * @param withoutYear  current reports without a year: in no gold table
     * @param notValidated current reports without a report_quality row (ingested after the last validate run): not
     *                     in request outcomes, in no quality flag
     */
    public record Unplaced(long withoutYear, long notValidated) {
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "aggregate run %s: %d gold tables written in %.1f s%n", runId, rowsWritten.size(),
                elapsed.toMillis() / 1000.0);
        rowsWritten.forEach((table, rows) -> out.printf(Locale.ROOT, "  %-24s %,12d rows%n", table, rows));
        out.println("the nation per year (own reports summed; aggregate reports reconciled, not added):");
        out.printf(Locale.ROOT, "  %4s %9s %9s %9s %13s %11s %10s %9s %11s %9s %11s %11s%n", "year", "reports", "own",
                "aggregate", "new_received", "handled", "disclosed", "reviews", "corrected", "lawsuits", "corrected",
                "with_errors");
        for (Row year : nationalSummary) {
            out.printf(Locale.ROOT, "  %4d %,9d %,9d %,9d %,13d %,11d %10s %,9d %11s %,9d %11s %11s%n",
                    year.<Integer>getAs("year"), number(year, "reports"), number(year, "own_reports"),
                    number(year, "aggregate_reports"), number(year, "new_received"), number(year, "handled"),
                    percent(year, "disclosure_rate"), number(year, "reviews"), percent(year, "review_correction_rate"),
                    number(year, "lawsuits"), percent(year, "lawsuit_correction_rate"), percent(year, "error_share"));
        }
        if (unplaced.withoutYear() > 0) {
            out.printf(Locale.ROOT, "warning: %,d current reports have no year and are in no gold table%n",
                    unplaced.withoutYear());
        }
        if (unplaced.notValidated() > 0) {
            out.printf(Locale.ROOT, "warning: %,d current reports were not validated (no report_quality row): their "
                    + "requests and quality flags are missing; run bin/gongkai validate, then aggregate again%n",
                    unplaced.notValidated());
        }
    }

    private static long number(Row row, String column) {
        return row.isNullAt(row.fieldIndex(column)) ? 0 : row.<Long>getAs(column);
    }

    private static String percent(Row row, String column) {
        return row.isNullAt(row.fieldIndex(column)) ? "-"
                : String.format(Locale.ROOT, "%.1f%%", 100 * row.<Double>getAs(column));
    }
}
