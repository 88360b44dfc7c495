package org.gongkai.generate;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus statistics the generator prints: reports per level and year, the share of own reports with no
 * request, total requests, the national Σ of 行政复议 over own reports (and, apart, over aggregates, which must
 * not be added to it), defects per kind and bytes written. Mergeable, so that each Spark task counts its part.
 */
public final class CorpusStats implements Serializable {

    private final TreeMap<String, TreeMap<Integer, Long>> reports = new TreeMap<>();
    private final TreeMap<Integer, Long> reviewOwn = new TreeMap<>();
    private final TreeMap<Integer, Long> reviewAggregate = new TreeMap<>();
    private final TreeMap<String, Long> defects = new TreeMap<>();
    private long total;
    private long own;
    private long ownZero;
    private long requestsOwn;
    private long bytes;

    public void add(ReportFacts f) {
        reports.computeIfAbsent(f.level(), k -> new TreeMap<>()).merge(f.year(), 1L, Long::sum);
        total++;
        bytes += f.bytes();
        if ("aggregate".equals(f.scope())) {
            reviewAggregate.merge(f.year(), f.review(), Long::sum);
        } else {
            own++;
            ownZero += f.newReceived() == 0 ? 1 : 0;
            requestsOwn += f.newReceived();
            reviewOwn.merge(f.year(), f.review(), Long::sum);
        }
        if (f.defect() != null) {
            defects.merge(f.defect(), 1L, Long::sum);
        }
    }

    public CorpusStats merge(CorpusStats other) {
        other.reports.forEach((level, years) -> years.forEach((year, n) ->
                reports.computeIfAbsent(level, k -> new TreeMap<>()).merge(year, n, Long::sum)));
        other.reviewOwn.forEach((y, n) -> reviewOwn.merge(y, n, Long::sum));
        other.reviewAggregate.forEach((y, n) -> reviewAggregate.merge(y, n, Long::sum));
        other.defects.forEach((k, n) -> defects.merge(k, n, Long::sum));
        total += other.total;
        own += other.own;
        ownZero += other.ownZero;
        requestsOwn += other.requestsOwn;
        bytes += other.bytes;
        return this;
    }

    public long reports() {
        return total;
    }

    public Map<Integer, Long> reviewOwn() {
        return Map.copyOf(reviewOwn);
    }

    public Map<Integer, Long> reviewAggregate() {
        return Map.copyOf(reviewAggregate);
    }

    /** The printed statistics; {@code seconds} is the generation time, for reports/s. */
    public String format(double seconds) {
        return describeCorpus()
                + String.format(Locale.ROOT, "bytes written: %,d%n", bytes)
                + String.format(Locale.ROOT, "time: %.1f s, %.0f reports/s%n", seconds, seconds > 0 ? total / seconds : 0.0);
    }

    /** The statistics of the corpus itself, without what writing it cost (bytes and time). */
    public String describeCorpus() {
        StringBuilder out = new StringBuilder();
        out.append("reports per level and year:\n");
        reports.forEach((level, years) -> {
            out.append(String.format(Locale.ROOT, "  %-10s", level));
            years.forEach((y, n) -> out.append(String.format(Locale.ROOT, "  %d: %,d", y, n)));
            out.append('\n');
        });
        out.append(String.format(Locale.ROOT, "reports: %,d (own %,d, aggregate %,d)%n", total, own, total - own));
        out.append(String.format(Locale.ROOT, "own reports with zero requests: %.1f%%%n", own == 0 ? 0.0 : 100.0 * ownZero / own));
        out.append(String.format(Locale.ROOT, "new requests (own reports): %,d%n", requestsOwn));
        out.append("行政复议 total, national Σ over own reports:  ").append(years(reviewOwn)).append('\n');
        out.append("行政复议 total, Σ over aggregates (not added): ").append(years(reviewAggregate)).append('\n');
        out.append("defects: ").append(defects.isEmpty() ? "none" : defects.toString()).append('\n');
        return out.toString();
    }

    private static String years(Map<Integer, Long> byYear) {
        StringBuilder out = new StringBuilder();
        byYear.forEach((y, n) -> out.append(String.format(Locale.ROOT, "%d: %,d  ", y, n)));
        return out.toString().strip();
    }
}
