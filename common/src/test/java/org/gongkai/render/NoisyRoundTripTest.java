package org.gongkai.render;

import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.parse.ParseFailure;
import org.gongkai.parse.ReportParser;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random correct reports of 2019–2025 (each year in its format), printed in every layout with realistic
 * noise, parse back to what was printed: metadata and sections, and every cell's state, value, unit and
 * (but in flattened text) raw. In flattened text a cell may come back ambiguous only where an independent
 * brute-force oracle ({@link FlattenedOracle}) finds more than one reading, and then the truth must be among
 * the candidates. Subtotals that some reports print in table 三 (rows such as （三）不予公开 with numbers, the
 * 法人或其他组织 column) come back as their own cells, as printed.
 */
class NoisyRoundTripTest {

    private static final int REPORTS = 2_000;
    private static final long SEED = 20_260_311L;
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2025;
    private static final int SUBTOTAL_REPORTS = 400;
    private static final long SUBTOTAL_SEED = 20_260_701L;

    /** Counters, shared by the parallel checks. */
    private static final class Figures {
        final Map<String, AtomicLong> reportsByLayout = Collections.synchronizedMap(new TreeMap<>());
        final AtomicLong cells = new AtomicLong();
        final AtomicLong gb18030 = new AtomicLong();
        final AtomicLong flattenedCells = new AtomicLong();
        final AtomicLong ambiguous = new AtomicLong();
        final AtomicLong oracleAmbiguous = new AtomicLong();
        final AtomicLong ambiguousAgreeing = new AtomicLong();
        final AtomicLong decidedBeyondIdentities = new AtomicLong();
        final AtomicLong oracleGaveUp = new AtomicLong();
        final AtomicLong subtotalCells = new AtomicLong();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    }

    @Test
    void noisyReportsParseBackToWhatWasPrinted() {
        Figures figures = new Figures();
        ReportParser parser = new ReportParser();
        IntStream.range(0, REPORTS).parallel().forEach(i -> check(i, SEED + i,
                ReportRenderer.Style.values()[i % ReportRenderer.Style.values().length], PrintNoise.realistic(),
                parser, figures));
        String summary = String.format("%d reports %s, %d cells compared (%d of them printed subtotals), %d GB18030"
                        + " files; flattened: %d cells, %d ambiguous (all %d within the oracle's %d ambiguous cells), %d"
                        + " decided by the narrative, oracle gave up on %d reports", REPORTS, figures.reportsByLayout,
                figures.cells.get(), figures.subtotalCells.get(),
                figures.gb18030.get(), figures.flattenedCells.get(), figures.ambiguous.get(),
                figures.ambiguousAgreeing.get(), figures.oracleAmbiguous.get(),
                figures.decidedBeyondIdentities.get(), figures.oracleGaveUp.get());
        System.out.println("NoisyRoundTripTest: " + summary);
        assertTrue(figures.failures.isEmpty(), figures.failures.size() + " reports differ; " + summary + "\n"
                + String.join("\n\n", figures.failures.subList(0, Math.min(5, figures.failures.size()))));
        assertTrue(figures.ambiguous.get() == figures.ambiguousAgreeing.get(), summary);
        assertTrue(figures.oracleGaveUp.get() * 100 < REPORTS, "the oracle must judge nearly every report: " + summary);
        assertTrue(figures.subtotalCells.get() > 0, "realistic noise prints some subtotals: " + summary);
    }

    /** Subtotal rows and the subtotal column, printed often, in every layout that prints them. */
    @Test
    void printedSubtotalsParseBackToWhatWasPrinted() {
        Figures figures = new Figures();
        ReportParser parser = new ReportParser();
        List<ReportRenderer.Style> grids = List.of(ReportRenderer.Style.PIPE_TEXT, ReportRenderer.Style.MARKDOWN,
                ReportRenderer.Style.CELL_LINES, ReportRenderer.Style.HTML);
        PrintNoise noise = PrintNoise.realistic().withSubtotals(0.6, 0.6);
        IntStream.range(0, SUBTOTAL_REPORTS).parallel().forEach(i -> check(i, SUBTOTAL_SEED + i,
                grids.get(i % grids.size()), noise, parser, figures));
        String summary = String.format("%d reports %s, %d cells compared, %d of them printed subtotals",
                SUBTOTAL_REPORTS, figures.reportsByLayout, figures.cells.get(), figures.subtotalCells.get());
        System.out.println("NoisyRoundTripTest (subtotals): " + summary);
        assertTrue(figures.failures.isEmpty(), figures.failures.size() + " reports differ; " + summary + "\n"
                + String.join("\n\n", figures.failures.subList(0, Math.min(5, figures.failures.size()))));
        assertTrue(figures.subtotalCells.get() > SUBTOTAL_REPORTS * 10L, summary);
    }

    private static void check(int i, long seed, ReportRenderer.Style style, PrintNoise noise, ReportParser parser,
                              Figures figures) {
        Random random = new Random(seed);
        int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        ReportFormat format = FormatCatalog.standard().formatForYear(year).orElseThrow();
        NormalizedReport truth = RandomReports.report(random, format.code(), year);
        RenderedReport printed = ReportPrinter.print(truth, style, noise, random);
        figures.subtotalCells.addAndGet(printed.expected().cells().stream().filter(c -> isSubtotal(format, c)).count());
        figures.reportsByLayout.computeIfAbsent(printed.layout(), k -> new AtomicLong()).incrementAndGet();
        figures.gb18030.addAndGet(printed.encoding().equals("GB18030") ? 1 : 0);
        List<String> wrong = new ArrayList<>();
        try {
            NormalizedReport parsed = parser.parse(printed.bytes(), "noisy-" + i);
            compareMetadata(printed.expected(), parsed, wrong);
            compareCells(format, printed.expected(), parsed, style == ReportRenderer.Style.FLATTENED, wrong, figures);
        } catch (ParseFailure e) {
            wrong.add("parse failure " + e.reason() + ": " + e.getMessage());
        }
        if (!wrong.isEmpty()) {
            figures.failures.add("report " + i + " (" + printed.layout() + ", " + printed.encoding() + ", " + year
                    + "):\n  " + String.join("\n  ", wrong.subList(0, Math.min(12, wrong.size()))));
        }
    }

    /** A cell of a printed subtotal row or column. */
    private static boolean isSubtotal(ReportFormat format, Cell cell) {
        var table = format.table(cell.table());
        return table.row(cell.row()).map(r -> r.isSubtotal()).orElse(false)
                || table.column(cell.column()).map(c -> c.isSubtotal()).orElse(false);
    }

    private static void compareMetadata(NormalizedReport expected, NormalizedReport parsed, List<String> wrong) {
        same(wrong, "title", expected.title(), parsed.title());
        same(wrong, "agency", expected.agency(), parsed.agency());
        same(wrong, "year", expected.year(), parsed.year());
        same(wrong, "published_on", expected.publishedOn(), parsed.publishedOn());
        same(wrong, "format", expected.format(), parsed.format());
        same(wrong, "source.layout", expected.source().layout(), parsed.source().layout());
        same(wrong, "source.encoding", expected.source().encoding(), parsed.source().encoding());
        same(wrong, "source.sha256", expected.source().sha256(), parsed.source().sha256());
        expected.sections().forEach((name, text) -> same(wrong, "sections." + name, abbreviated(text),
                abbreviated(parsed.sections().get(name))));
    }

    /** Long texts differ in their first or last characters, or in their length. */
    private static String abbreviated(String text) {
        return text == null || text.length() <= 80 ? text
                : text.substring(0, 40) + "…(" + text.length() + ")…" + text.substring(text.length() - 40);
    }

    private static void same(List<String> wrong, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.add(field + ": expected " + expected + ", read " + actual);
        }
    }

    private static void compareCells(ReportFormat format, NormalizedReport expected, NormalizedReport parsed,
                                     boolean flattened, List<String> wrong, Figures figures) {
        if (expected.cells().size() != parsed.cells().size()) {
            wrong.add("cell count: expected " + expected.cells().size() + ", read " + parsed.cells().size());
            return;
        }
        FlattenedOracle.Verdict oracle = flattened ? FlattenedOracle.judge(format, expected) : null;
        if (oracle != null && oracle.gaveUp()) {
            figures.oracleGaveUp.incrementAndGet();
        }
        for (int k = 0; k < expected.cells().size(); k++) {
            Cell e = expected.cells().get(k);
            Cell p = parsed.cells().get(k);
            figures.cells.incrementAndGet();
            if (!e.key().equals(p.key())) {
                wrong.add("order: " + e.key() + " read as " + p.key());
                return;
            }
            if (oracle == null) {
                sameCell(e, p, true, wrong);
                continue;
            }
            figures.flattenedCells.incrementAndGet();
            boolean oracleAmbiguous = oracle.ambiguous(e.key());
            figures.oracleAmbiguous.addAndGet(oracleAmbiguous ? 1 : 0);
            if (p.state() != CellState.AMBIGUOUS) {
                sameCell(e, p, false, wrong);
                figures.decidedBeyondIdentities.addAndGet(oracleAmbiguous ? 1 : 0);
                continue;
            }
            figures.ambiguous.incrementAndGet();
            if (oracleAmbiguous || oracle.gaveUp()) {
                figures.ambiguousAgreeing.incrementAndGet();
            } else {
                wrong.add(e.key() + ": ambiguous, but only one reading " + oracle.values().get(e.key())
                        + " fits the printed identities; candidates " + p.candidates());
            }
            if (!p.candidates().contains(rowValues(expected, e))) {
                wrong.add(e.key() + ": the truth " + rowValues(expected, e) + " is not among " + p.candidates());
            }
        }
    }

    private static void sameCell(Cell e, Cell p, boolean compareRaw, List<String> wrong) {
        boolean same = e.state() == p.state() && sameValue(e.value(), p.value()) && Objects.equals(e.unit(), p.unit())
                && p.candidates().isEmpty() && (!compareRaw || Objects.equals(e.raw(), p.raw()));
        if (!same) {
            wrong.add(e.key() + ": printed " + e.state().code() + " " + e.value() + " " + e.unit() + " raw '" + e.raw()
                    + "', read " + p.state().code() + " " + p.value() + " " + p.unit() + " raw '" + p.raw() + "'");
        }
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The truth's values of the cell's row (a candidate lists the whole row; null for a placeholder). */
    private static List<BigDecimal> rowValues(NormalizedReport expected, Cell cell) {
        List<BigDecimal> values = new ArrayList<>();
        expected.cells().stream().filter(c -> c.table().equals(cell.table()) && c.row().equals(cell.row()))
                .forEach(c -> values.add(c.value()));
        return values;
    }
}
