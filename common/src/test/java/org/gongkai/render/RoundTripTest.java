package org.gongkai.render;

import org.gongkai.parse.ReportParser;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Correct reports with random numbers, printed in every layout and parsed back: every cell must come back
 * as printed; in flattened text a cell may instead be ambiguous, but then the truth is among its readings.
 */
class RoundTripTest {

    private static final int REPORTS = 150;

    @Test
    void everyLayoutParsesBackToWhatWasPrinted() throws Exception {
        Random random = new Random(20261125);
        ReportParser parser = new ReportParser();
        int ambiguous = 0;
        int cells = 0;
        for (int i = 0; i < REPORTS; i++) {
            String format = i % 3 == 0 ? "2019" : "2021";
            NormalizedReport truth = RandomReports.report(random, format, format.equals("2019") ? 2020 : 2023);
            for (ReportRenderer.Style style : ReportRenderer.Style.values()) {
                String text = ReportRenderer.render(truth, style);
                NormalizedReport parsed = parser.parse(text.getBytes(StandardCharsets.UTF_8), "random-" + i);
                assertEquals(format, parsed.format(), style + " format of report " + i);
                assertEquals(truth.year(), parsed.year(), style + " year");
                assertEquals(truth.publishedOn(), parsed.publishedOn(), style + " published_on");
                assertEquals(truth.agency().name(), parsed.agency().name(), style + " agency");
                List<String> wrong = compare(truth, parsed, style == ReportRenderer.Style.FLATTENED);
                assertTrue(wrong.isEmpty(), style + " report " + i + ":\n" + String.join("\n", wrong) + "\n" + text);
                cells += parsed.cells().size();
                ambiguous += parsed.cells().stream().filter(c -> c.state() == CellState.AMBIGUOUS).count();
            }
        }
        assertTrue(ambiguous < cells / 20, "too many ambiguous cells: " + ambiguous + " of " + cells);
    }

    private static List<String> compare(NormalizedReport truth, NormalizedReport parsed, boolean mayBeAmbiguous) {
        List<String> wrong = new ArrayList<>();
        assertEquals(truth.cells().size(), parsed.cells().size());
        for (int i = 0; i < truth.cells().size(); i++) {
            Cell t = truth.cells().get(i);
            Cell p = parsed.cells().get(i);
            if (!t.key().equals(p.key())) {
                wrong.add("order: " + t.key() + " vs " + p.key());
            } else if (p.state() == CellState.AMBIGUOUS && mayBeAmbiguous) {
                if (!containsTruth(truth, p)) {
                    wrong.add(t.key() + ": ambiguous without the truth " + t.value() + " among " + p.candidates());
                }
            } else if (p.state() != CellState.NUMBER || p.value().compareTo(t.value()) != 0
                    || !java.util.Objects.equals(t.unit(), p.unit())) {
                wrong.add(t.key() + ": printed " + t.value() + " " + t.unit() + ", read " + p.state() + " "
                        + p.value() + " " + p.unit());
            }
        }
        return wrong;
    }

    private static boolean containsTruth(NormalizedReport truth, Cell ambiguous) {
        List<BigDecimal> row = truth.cells().stream()
                .filter(c -> c.table().equals(ambiguous.table()) && c.row().equals(ambiguous.row()))
                .map(Cell::value).toList();
        return ambiguous.candidates().stream().anyMatch(c -> c.size() == row.size()
                && java.util.stream.IntStream.range(0, row.size()).allMatch(k -> c.get(k) != null && c.get(k).compareTo(row.get(k)) == 0));
    }
}
