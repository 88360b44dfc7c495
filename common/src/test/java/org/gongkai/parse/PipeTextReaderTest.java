package org.gongkai.parse;

import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.gongkai.parse.ParseHelper.cell;
import static org.gongkai.parse.ParseHelper.parse;
import static org.gongkai.parse.ParseHelper.seedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipeTextReaderTest {

    @Test
    void annotatedCellKeepsItsNumberAndTheWholeText() throws Exception {
        NormalizedReport r = parse(seedWith("行政规范性文件 | 0 | 0 | 0 |", "行政规范性文件 | 22（其中修订16件） | 3 | 150 |"));
        Cell issued = cell(r, "proactive", "normative_documents", "issued");
        assertEquals(CellState.NUMBER, issued.state());
        assertEquals(0, new BigDecimal("22").compareTo(issued.value()));
        assertEquals("22（其中修订16件）", issued.raw());
        assertEquals(0, new BigDecimal("150").compareTo(cell(r, "proactive", "normative_documents", "in_force").value()));
    }

    @Test
    void placeholdersBlanksAndFullWidthDigitsAreToldApart() throws Exception {
        NormalizedReport r = parse(seedWith("行政规范性文件 | 0 | 0 | 0 |", "行政规范性文件 | １２ | — | / |")
                .replace("行政许可 | 0 | |", "行政许可 | 无 | |")
                .replace("行政处罚 | 0 | |", "行政处罚 | 1,234 | |"));
        assertEquals(0, BigDecimal.valueOf(12).compareTo(cell(r, "proactive", "normative_documents", "issued").value()));
        assertEquals(CellState.PLACEHOLDER, cell(r, "proactive", "normative_documents", "repealed").state());
        assertEquals(CellState.PLACEHOLDER, cell(r, "proactive", "normative_documents", "in_force").state());
        assertEquals(CellState.PLACEHOLDER, cell(r, "proactive", "licensing", "decisions").state());
        assertEquals(0, BigDecimal.valueOf(1234).compareTo(cell(r, "proactive", "penalty", "decisions").value()));
    }

    @Test
    void amountKeepsDecimalsAndTheHeaderUnitOrThePrintedOne() throws Exception {
        NormalizedReport r = parse(seedWith("行政事业性收费 | 0 | |", "行政事业性收费 | 7730.28 | |"));
        Cell fees = cell(r, "proactive", "fees", "amount");
        assertEquals(0, new BigDecimal("7730.28").compareTo(fees.value()));
        assertEquals("万元", fees.unit());
        NormalizedReport yuan = parse(seedWith("行政事业性收费 | 0 | |", "行政事业性收费 | 251000元 | |"));
        assertEquals("元", cell(yuan, "proactive", "fees", "amount").unit());
    }

    @Test
    void blankCellInsideARowIsBlankNotZero() throws Exception {
        NormalizedReport r = parse(seedWith("一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "一、本年新收政府信息公开申请数量 | 5 |  | 0 | 0 | 0 | 0 | 5 |"));
        assertEquals(CellState.BLANK, cell(r, "requests", "new_received", "commercial").state());
        assertNull(cell(r, "requests", "new_received", "commercial").value());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(cell(r, "requests", "new_received", "total").value()));
    }

    @Test
    void wrongPrintedTotalStaysAsPrinted() throws Exception {
        NormalizedReport r = parse(seedWith("(七)总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "(七)总计 | 3 | 0 | 0 | 0 | 0 | 0 | 9 |"));
        assertEquals(0, BigDecimal.valueOf(9).compareTo(cell(r, "requests", "total_handled", "total").value()));
    }

    @Test
    void otherHandlingPrintedAsOneRowIn2021KeepsTheRowAndMarksTheSubRowsMissing() throws Exception {
        String seed = ParseHelper.seed();
        int from = seed.indexOf("(六)其他处理");
        int to = seed.indexOf("(七)总计");
        NormalizedReport r = parse(seed.substring(0, from) + "(六)其他处理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n"
                + seed.substring(to));
        assertEquals("2021", r.format());
        assertEquals(0, BigDecimal.valueOf(4).compareTo(cell(r, "requests", "other_handling", "total").value()));
        assertEquals(CellState.MISSING, cell(r, "requests", "other_no_correction", "total").state());
        assertEquals(CellState.MISSING, cell(r, "requests", "other_misc", "natural_person").state());
        assertEquals(207, r.cells().size());
        assertTrue(r.notices().stream().anyMatch(n -> n.code().equals("SINGLE_ROW_PRINTED")));
    }

    @Test
    void seedMetadataIsReadFromTheText() throws Exception {
        NormalizedReport r = parse(ParseHelper.seed());
        assertEquals("pipe-text", r.source().layout());
        assertEquals("任留街道办事处", r.agency().name());
        assertEquals("township", r.agency().level());
        assertEquals("own", r.agency().scope());
        assertEquals(2023, r.year());
        assertNull(r.title());
        assertNull(r.publishedOn());
        assertEquals(200, r.cells().size());
        assertTrue(r.sections().get("other_matters").contains("信息处理费"));
    }
}
