package org.gongkai.parse;

import org.gongkai.report.Cell;
import org.gongkai.report.NormalizedReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports drawn as PDFs from fixed seeds (bordered tables, wrapped labels, neighbouring multi-digit numbers,
 * zeros, blanks, a page break with a page number inside table 三) parse back to exactly what was drawn.
 */
class PdfRoundTripTest {

    private static final int REPORTS = 300;
    private static final long FIRST_SEED = 20_240_001L;
    private static final int SUBTOTAL_REPORTS = 60;

    @Test
    void drawnReportsParseBackToTheirNumbers() throws Exception {
        List<String> failures = new ArrayList<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + REPORTS; seed++) {
            TestReportPdf.Drawn drawn = TestReportPdf.draw(seed);
            List<String> differences = differences(drawn, new ReportParser().parse(drawn.pdf(), "seed-" + seed + ".pdf"));
            if (!differences.isEmpty()) {
                failures.add("seed " + seed + " (" + drawn.description() + "): "
                        + String.join("; ", differences.subList(0, Math.min(5, differences.size()))));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + REPORTS + " drawn PDFs differ:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    /** Subtotal rows drawn like （一）予以公开, above their items and the items' merged group label. */
    @Test
    void drawnReportsWithSubtotalRowsParseBackToTheirNumbers() throws Exception {
        List<String> failures = new ArrayList<>();
        int subtotalCells = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SUBTOTAL_REPORTS; seed++) {
            TestReportPdf.Drawn drawn = TestReportPdf.drawWithSubtotalRows(seed);
            subtotalCells += (int) drawn.cells().keySet().stream().filter(k -> k.contains("_subtotal.")).count();
            List<String> differences = differences(drawn, new ReportParser().parse(drawn.pdf(), "seed-" + seed + ".pdf"));
            if (!differences.isEmpty()) {
                failures.add("seed " + seed + " (" + drawn.description() + "): "
                        + String.join("; ", differences.subList(0, Math.min(5, differences.size()))));
            }
        }
        assertTrue(subtotalCells >= SUBTOTAL_REPORTS * 3 * 7, "subtotal rows drawn: " + subtotalCells);
        assertTrue(failures.isEmpty(), failures.size() + " of " + SUBTOTAL_REPORTS + " drawn PDFs differ:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    private static List<String> differences(TestReportPdf.Drawn drawn, NormalizedReport report) {
        List<String> out = new ArrayList<>();
        check(out, "format", drawn.format(), report.format());
        check(out, "year", drawn.year(), report.year());
        check(out, "layout", "pdf", report.source().layout());
        check(out, "encoding", null, report.source().encoding());
        check(out, "cell count", drawn.cells().size(), report.cells().size());
        for (Cell cell : report.cells()) {
            TestReportPdf.Expected e = drawn.cells().get(cell.key());
            if (e == null) {
                out.add(cell.key() + " was not drawn");
                continue;
            }
            check(out, cell.key() + ".state", e.state(), cell.state());
            check(out, cell.key() + ".value", plain(e.value()), plain(cell.value()));
            check(out, cell.key() + ".unit", e.unit(), cell.unit());
        }
        return out;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static void check(List<String> out, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(what + ": drawn " + expected + ", parsed " + actual);
        }
    }

    @Test
    void aDrawnReportHasItsTableCutByAPageBreak() throws Exception {
        TestReportPdf.Drawn drawn = TestReportPdf.draw(FIRST_SEED);
        try (var document = org.apache.pdfbox.Loader.loadPDF(drawn.pdf())) {
            assertTrue(document.getNumberOfPages() >= 2, "the drawn report has one page");
        }
        assertEquals("pdf", new ReportParser().parse(drawn.pdf(), "drawn.pdf").source().layout());
    }
}
