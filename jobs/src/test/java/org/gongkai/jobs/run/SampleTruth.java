package org.gongkai.jobs.run;

import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The figures a run must print for the bundled sample, computed here from the generator's ground truth (the
 * reports as printed, expected.jsonl, and the seed report's expected values) with none of the pipeline's code, read
 * as the data dictionary says: request outcomes are the whole numbers among the applicant cells; in gold_rates a row
 * is its 总计 where that is a whole number, else the sum of its applicant cells; anything else counts 0. A printed
 * cell the parser cannot decide (a flattened digit run that two splits explain) holds no number for the pipeline
 * either: those are given as {@code undecided}.
 */
final class SampleTruth {

    private static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research",
            "social_welfare", "legal_services", "other_org");

    /**
     * One report's figures: per outcome group its requests (applicant cells) and its rows read as gold_rates reads
     * them.
     */
    record Figures(int year, String scope, String province, long newReceived, Map<String, Long> outcomeRequests,
                   Map<String, Long> outcomeRows, long reviews, long reviewsConcluded, long reviewsCorrected,
                   long lawsuits) {

        long handled() {
            return outcomeRows.values().stream().mapToLong(Long::longValue).sum();
        }

        long disclosed() {
            return outcomeRows.get("granted") + outcomeRows.get("partially_granted");
        }
    }

    private final List<Figures> reports;

    private SampleTruth(List<Figures> reports) {
        this.reports = reports;
    }

    /** @param undecided the cells ({@code uri table.row.col}) the pipeline holds as ambiguous */
    static SampleTruth of(Path expectedJsonl, Path seedExpected, Set<String> undecided) throws IOException {
        List<Figures> reports = new ArrayList<>();
        for (String line : Files.readAllLines(expectedJsonl, StandardCharsets.UTF_8)) {
            reports.add(new Reading(ReportJson.read(line), undecided).figures());
        }
        reports.add(new Reading(ReportJson.read(Files.readString(seedExpected)), undecided).figures());
        return new SampleTruth(reports);
    }

    int reports(int year) {
        return (int) reports.stream().filter(r -> r.year() == year).count();
    }

    long reports(int year, String scope) {
        return reports.stream().filter(r -> r.year() == year && r.scope().equals(scope)).count();
    }

    /** Σ over the own reports of the year (and province, when not null). */
    long sum(int year, String province, ToLongFunction<Figures> figure) {
        Predicate<Figures> own = r -> r.year() == year && r.scope().equals("own")
                && (province == null || province.equals(r.province()));
        return reports.stream().filter(own).mapToLong(figure).sum();
    }

    List<String> provinces() {
        return reports.stream().map(Figures::province).filter(p -> p != null).distinct().sorted().toList();
    }

    /** One report read: its cells as printed, less those the pipeline could not decide. */
    private record Reading(NormalizedReport report, Set<String> undecided) {

        Figures figures() {
            String region = report.agency().regionCode();
            Map<String, List<String>> groups = new TreeMap<>();
            groups.put("granted", List.of("granted"));
            groups.put("partially_granted", List.of("partially_granted"));
            groups.put("denied", rowsStartingWith("denied_"));
            groups.put("unable", rowsStartingWith("unable_"));
            groups.put("rejected", rowsStartingWith("rejected_"));
            boolean sixthAsOneRow = report.cell("requests", "other_handling", "total")
                    .filter(c -> c.state() != CellState.MISSING).isPresent();
            groups.put("other", sixthAsOneRow ? List.of("other_handling")
                    : List.of("other_no_correction", "other_unpaid_fee", "other_misc"));
            Map<String, Long> requests = new TreeMap<>();
            Map<String, Long> rows = new TreeMap<>();
            groups.forEach((group, members) -> {
                requests.put(group, members.stream().mapToLong(this::applicants).sum());
                rows.put(group, members.stream().mapToLong(this::row).sum());
            });
            return new Figures(report.year(), report.agency().scope(), region == null ? null : region.substring(0, 2),
                    row("new_received"), requests, rows, appeal("review"),
                    whole("appeals", "review", "upheld") + whole("appeals", "review", "corrected")
                            + whole("appeals", "review", "other_result"),
                    whole("appeals", "review", "corrected"), appeal("litigation_direct") + appeal("litigation_after_review"));
        }

        /** Table 三 row as gold_rates reads it: its 总计 where a whole number, else the sum of its applicant cells. */
        private long row(String row) {
            return number("requests", row, "total").orElseGet(() -> applicants(row));
        }

        /** Σ of the row's applicant cells that hold whole numbers (what request_outcomes counts). */
        private long applicants(String row) {
            return APPLICANTS.stream().mapToLong(column -> whole("requests", row, column)).sum();
        }

        private List<String> rowsStartingWith(String prefix) {
            return report.cells().stream().map(Cell::row).filter(r -> r.startsWith(prefix) && !r.endsWith("_subtotal"))
                    .distinct().toList();
        }

        private long appeal(String row) {
            return number("appeals", row, "total").orElseGet(() -> whole("appeals", row, "upheld")
                    + whole("appeals", row, "corrected") + whole("appeals", row, "other_result")
                    + whole("appeals", row, "pending"));
        }

        private long whole(String table, String row, String column) {
            return number(table, row, column).orElse(0L);
        }

        private Optional<Long> number(String table, String row, String column) {
            if (undecided.contains(report.source().uri() + " " + table + "." + row + "." + column)) {
                return Optional.empty();
            }
            return report.cell(table, row, column).filter(c -> c.state() == CellState.NUMBER)
                    .map(Cell::value).filter(v -> v.stripTrailingZeros().scale() <= 0).map(BigDecimal::longValueExact);
        }
    }
}
