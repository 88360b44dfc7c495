package org.gongkai.generate;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.parse.ParseFailure;
import org.gongkai.parse.ReportParser;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A few thousand generated reports (every layout, realistic print noise, GB18030, injected defects) parse
 * back to their ground truth cell for cell; flattened text may leave a cell ambiguous, but only with the
 * printed row among its readings; subtotals printed in table 三 come back as their own cells. Bad files get
 * the quarantine reason the generator recorded.
 */
class GeneratedCorpusRoundTripTest {

    @Test
    void everyGeneratedReportParsesBackToItsTruth() {
        GeneratorConfig config = TestCorpus.config(5, DefectRates.total(0.1));
        ReportParser parser = new ReportParser();
        Map<String, Integer> perLayoutAndEncoding = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int ambiguous = 0;
        int badFiles = 0;
        long subtotalCells = 0;
        for (UniverseAgency agency : config.universe().agencies()) {
            for (CorpusEntry entry : CorpusEntries.of(agency, config)) {
                if (entry.expectedJson() == null) {
                    badFiles++;
                    continue;
                }
                NormalizedReport truth = ReportJson.read(entry.expectedJson());
                subtotalCells += truth.cells().stream().filter(c -> isSubtotal(truth.format(), c)).count();
                perLayoutAndEncoding.merge(truth.source().layout() + "/" + truth.source().encoding(), 1, Integer::sum);
                NormalizedReport parsed;
                try {
                    parsed = parser.parse(entry.bytes(), entry.path());
                } catch (ParseFailure e) {
                    wrong.add(entry.path() + ": quarantined " + e.reason().code() + ": " + e.getMessage());
                    continue;
                }
                ambiguous += compare(truth, parsed, wrong);
            }
        }
        int reports = perLayoutAndEncoding.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("generated round trip: %d reports %s, %d bad files, %d ambiguous flattened cells, %d printed"
                + " subtotal cells%n", reports, perLayoutAndEncoding, badFiles, ambiguous, subtotalCells);
        assertTrue(reports >= 2000, "a few thousand reports: " + reports);
        assertTrue(subtotalCells > 0, "some reports print subtotals in table 三");
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " differences");
    }

    /** A cell of a subtotal row or column that the report printed. */
    private static boolean isSubtotal(String format, Cell cell) {
        TableSpec table = FormatCatalog.standard().format(format).orElseThrow().table(cell.table());
        return table.row(cell.row()).map(RowSpec::isSubtotal).orElse(false)
                || table.column(cell.column()).map(ColumnSpec::isSubtotal).orElse(false);
    }

    private static int compare(NormalizedReport truth, NormalizedReport parsed, List<String> wrong) {
        String file = truth.source().uri();
        check(wrong, file + " format", truth.format(), parsed.format());
        check(wrong, file + " year", truth.year(), parsed.year());
        check(wrong, file + " layout", truth.source().layout(), parsed.source().layout());
        check(wrong, file + " encoding", truth.source().encoding(), parsed.source().encoding());
        check(wrong, file + " cells", truth.cells().size(), parsed.cells().size());
        int ambiguous = 0;
        for (int i = 0; i < Math.min(truth.cells().size(), parsed.cells().size()); i++) {
            Cell expected = truth.cells().get(i);
            Cell read = parsed.cells().get(i);
            if (read.state() == CellState.AMBIGUOUS && truth.source().layout().equals("flattened")) {
                ambiguous++;
                if (!read.hasReading(rowValues(truth, read))) {
                    wrong.add(file + " " + read.key() + ": the printed row is not among " + read.candidates());
                }
            } else if (expected.state() != read.state() || !sameValue(expected.value(), read.value())
                    || !Objects.equals(expected.unit(), read.unit())) {
                wrong.add(file + " " + expected.key() + ": printed " + expected.state() + " " + expected.value()
                        + " " + expected.unit() + ", read " + read.state() + " " + read.value() + " " + read.unit());
            }
        }
        return ambiguous;
    }

    private static List<BigDecimal> rowValues(NormalizedReport truth, Cell cell) {
        return truth.cells().stream().filter(c -> c.table().equals(cell.table()) && c.row().equals(cell.row()))
                .map(Cell::value).toList();
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void check(List<String> wrong, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.add(what + ": expected " + expected + ", read " + actual);
        }
    }
}
