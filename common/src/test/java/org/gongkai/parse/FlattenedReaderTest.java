package org.gongkai.parse;

import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.gongkai.render.ReportRenderer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.gongkai.parse.ParseHelper.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Digit runs with no cell separators, solved by the tables' own identities. */
class FlattenedReaderTest {

    /** The seed printed without any separator, with one row replaced by its flattened form. */
    private static NormalizedReport flattenedSeed(String rowLabel, String run, String narrative) throws Exception {
        String flat = ReportRenderer.render(ParseHelper.parse(ParseHelper.seed()), ReportRenderer.Style.FLATTENED);
        String printedRow = rowLabel + "0000000";
        assertTrue(flat.contains(printedRow), "the row is in the flattened seed: " + printedRow);
        return ParseHelper.parse(flat.replace(printedRow, rowLabel + run).replace("一、总体情况", "一、总体情况" + narrative));
    }

    /** 一 = （七）总计 = （一）予以公开 print the same run: the table can hold, and the row total decides. */
    @Test
    void rowTotalDecidesASplit() throws Exception {
        String flat = ReportRenderer.render(ParseHelper.parse(ParseHelper.seed()), ReportRenderer.Style.FLATTENED);
        for (String label : List.of("一、本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计")) {
            assertTrue(flat.contains(label + "0000000"), label);
            flat = flat.replace(label + "0000000", label + "640020470");
        }
        NormalizedReport r = ParseHelper.parse(flat);
        assertEquals("flattened", r.source().layout());
        List<String> values = r.cells().stream().filter(c -> c.row().equals("new_received"))
                .map(c -> c.value().toPlainString()).toList();
        assertEquals(List.of("64", "0", "0", "2", "0", "4", "70"), values);
    }

    @Test
    void gluedOrdinalOfTheNextRowIsNotACell() throws Exception {
        NormalizedReport r = flattenedSeed("1.属于国家秘密", "0000000", "");
        String flat = ReportRenderer.render(r, ReportRenderer.Style.FLATTENED);
        assertTrue(flat.contains("1.属于国家秘密00000002.其他法律行政法规禁止公开"), "the renderer glues the ordinal");
        assertEquals(CellState.NUMBER, cell(r, "requests", "denied_state_secret", "total").state());
        assertEquals(0, cell(r, "requests", "denied_prohibited_by_law", "total").value().signum());
    }

    @Test
    void tableTwoWithoutIdentityIsAmbiguousWithEveryReading() throws Exception {
        String flat = ReportRenderer.render(ParseHelper.parse(ParseHelper.seed()), ReportRenderer.Style.FLATTENED)
                .replace("行政规范性文件000", "行政规范性文件621870");
        NormalizedReport r = ParseHelper.parse(flat);
        Cell issued = cell(r, "proactive", "normative_documents", "issued");
        assertEquals(CellState.AMBIGUOUS, issued.state());
        assertEquals("621870", issued.raw());
        assertTrue(issued.candidates().contains(List.of(BigDecimal.valueOf(62), BigDecimal.valueOf(18),
                BigDecimal.valueOf(70))));
        issued.candidates().forEach(c -> assertEquals(3, c.size()));
    }

    @Test
    void narrativeNumberChoosesAmongReadings() throws Exception {
        String flat = ReportRenderer.render(ParseHelper.parse(ParseHelper.seed()), ReportRenderer.Style.FLATTENED)
                .replace("行政规范性文件000", "行政规范性文件621870")
                .replace("一、总体情况", "一、总体情况全年制发行政规范性文件62件。");
        NormalizedReport r = ParseHelper.parse(flat);
        Cell issued = cell(r, "proactive", "normative_documents", "issued");
        assertEquals(CellState.NUMBER, issued.state());
        assertEquals(0, BigDecimal.valueOf(62).compareTo(issued.value()));
        Cell repealed = cell(r, "proactive", "normative_documents", "repealed");
        assertEquals(CellState.AMBIGUOUS, repealed.state());
        repealed.candidates().forEach(c -> assertEquals(0, BigDecimal.valueOf(62).compareTo(c.get(0))));
    }

    @Test
    void aRowWrongAsPrintedKeepsItsOnlyReading() throws Exception {
        NormalizedReport r = flattenedSeed("（七）总计", "1000009", "");
        assertEquals(0, BigDecimal.valueOf(9).compareTo(cell(r, "requests", "total_handled", "total").value()));
        assertEquals(0, BigDecimal.ONE.compareTo(cell(r, "requests", "total_handled", "natural_person").value()));
    }

    /**
     * 予以公开 prints 5,12,12,0,0,3 and a wrong 总计 41 (the parts add up to 32). The split 5,12,1,20,0,3,41
     * satisfies the row's own total, but the column totals contradict it as much as the printed truth breaks
     * its row: the table cannot hold in any reading, so the row total may not discard the printed reading.
     */
    @Test
    void aWrongRowTotalDoesNotChooseAFalseSplit() throws Exception {
        String flat = ReportRenderer.render(ParseHelper.parse(ParseHelper.seed()), ReportRenderer.Style.FLATTENED);
        for (String label : List.of("一、本年新收政府信息公开申请数量", "（七）总计")) {
            assertTrue(flat.contains(label + "0000000"), label);
            flat = flat.replace(label + "0000000", label + "5121200332");
        }
        assertTrue(flat.contains("（一）予以公开0000000"));
        NormalizedReport r = ParseHelper.parse(flat.replace("（一）予以公开0000000", "（一）予以公开5121200341"));
        assertAmbiguousWith(cell(r, "requests", "granted", "research"), 5, 12, 12, 0, 0, 3, 41);
        assertAmbiguousWith(cell(r, "requests", "total_handled", "total"), 5, 12, 12, 0, 0, 3, 32);
    }

    private static void assertAmbiguousWith(Cell cell, long... printed) {
        assertEquals(CellState.AMBIGUOUS, cell.state(), cell.key());
        List<BigDecimal> row = java.util.Arrays.stream(printed).mapToObj(BigDecimal::valueOf).toList();
        assertTrue(cell.candidates().contains(row), cell.key() + " " + cell.candidates());
    }

    @Test
    void anEnDashIsAPlaceholderInsideARun() throws Exception {
        NormalizedReport r = flattenedSeed("一、本年新收政府信息公开申请数量", "0–00000", "");
        Cell commercial = cell(r, "requests", "new_received", "commercial");
        assertEquals(CellState.PLACEHOLDER, commercial.state());
        assertEquals("–", commercial.raw());
        assertEquals(CellState.NUMBER, cell(r, "requests", "new_received", "total").state());
    }

    @Test
    void tableFourMayStartWithAPlaceholder() throws Exception {
        String flat = ReportRenderer.render(ParseHelper.parse(ParseHelper.seed()), ReportRenderer.Style.FLATTENED);
        String values = "尚未审结总计" + "0".repeat(15);
        assertTrue(flat.contains(values), "table 四 ends its header with 总计 and its 15 values");
        NormalizedReport r = ParseHelper.parse(flat.replace(values, "尚未审结总计—" + "0".repeat(14)));
        assertEquals(CellState.PLACEHOLDER, cell(r, "appeals", "review", "upheld").state());
        assertEquals(CellState.NUMBER, cell(r, "appeals", "litigation_after_review", "total").state());
    }

    @Test
    void aPlaceholderAmountHasNoUnit() throws Exception {
        String flat = ReportRenderer.render(ParseHelper.parse(ParseHelper.seed()), ReportRenderer.Style.FLATTENED);
        NormalizedReport r = ParseHelper.parse(flat.replace("行政事业性收费0", "行政事业性收费—"));
        Cell fees = cell(r, "proactive", "fees", "amount");
        assertEquals(CellState.PLACEHOLDER, fees.state());
        assertEquals(null, fees.unit());
    }
}
