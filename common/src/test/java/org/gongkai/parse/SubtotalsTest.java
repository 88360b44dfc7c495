package org.gongkai.parse;

import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.gongkai.render.RandomReports;
import org.gongkai.render.ReportRenderer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.gongkai.parse.ParseHelper.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subtotals some reports add to table 三 (the "28-row" and "28×8" variants): group rows such as （三）不予公开
 * printed with numbers, and 法人或其他组织 printed as its own column. They are read as cells of their own, as
 * printed (never recomputed), and leave the official cells as they are; a report that does not print them
 * has no such cell.
 */
class SubtotalsTest {

    private static final String CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /** The seed (a 2021 report) with its table 三 replaced by these printed lines. */
    private static String seedWithRequestsTable(String table) {
        String seed = ParseHelper.seed();
        int from = seed.indexOf("(本列数据的勾稽关系为");
        String lastRow = "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n";
        int to = seed.indexOf(lastRow) + lastRow.length();
        return seed.substring(0, from) + table + seed.substring(to);
    }

    /** A pipe-text row: the label, then the values. */
    private static String row(String label, int... values) {
        return label + " | " + Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(" | ")) + " |\n";
    }

    private static String zeros(String label, int width) {
        return row(label, new int[width]);
    }

    /**
     * A 28×8 table as the govnianbao template prints it: 法人或其他组织小计 after 其他, a subtotal row above each
     * group's items, （六）其他处理 too.
     */
    private static String wideTableWithSubtotalRows() {
        return CORNER + " | 申请人情况 |\n"
                + "自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 法人或其他组织小计 | 总计 |\n"
                + row("一、本年新收政府信息公开申请数量", 10, 2, 1, 0, 0, 1, 4, 14)
                + row("二、上年结转政府信息公开申请数量", 1, 0, 0, 0, 0, 0, 0, 1)
                + row("三、本年度办理结果 | （一）予以公开", 4, 1, 0, 0, 0, 0, 1, 5)
                + zeros("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 8)
                + row("（三）不予公开", 2, 1, 0, 0, 0, 0, 1, 3)
                + zeros("1.属于国家秘密", 8) + zeros("2.其他法律行政法规禁止公开", 8) + zeros("3.危及“三安全一稳定”", 8)
                + row("4.保护第三方合法权益", 2, 1, 0, 0, 0, 0, 1, 3)
                + zeros("5.属于三类内部事务信息", 8) + zeros("6.属于四类过程性信息", 8) + zeros("7.属于行政执法案卷", 8)
                + zeros("8.属于行政查询事项", 8)
                + row("（四）无法提供", 3, 0, 1, 0, 0, 0, 1, 4)
                + row("1.本机关不掌握相关政府信息", 3, 0, 1, 0, 0, 0, 1, 4)
                + zeros("2.没有现成信息需要另行制作", 8) + zeros("3.补正后申请内容仍不明确", 8)
                + row("（五）不予处理", 1, 0, 0, 0, 0, 1, 1, 2)
                + row("1.信访举报投诉类申请", 1, 0, 0, 0, 0, 0, 0, 1)
                + row("2.重复申请", 0, 0, 0, 0, 0, 1, 1, 1)
                + zeros("3.要求提供公开出版物", 8) + zeros("4.无正当理由大量反复申请", 8)
                + zeros("5.要求行政机关确认或重新出具已获取信息", 8)
                + row("（六）其他处理", 1, 0, 0, 0, 0, 0, 0, 1)
                + row("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 1, 0, 0, 0, 0, 0, 0, 1)
                + zeros("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 8)
                + zeros("3.其他", 8)
                + row("（七）总计", 11, 2, 1, 0, 0, 1, 4, 15)
                + zeros("四、结转下年度继续办理", 8);
    }

    @Test
    void pipeTextWithSubtotalRowsAndTheLegalEntityColumnReadsThemAsTheirOwnCells() throws Exception {
        NormalizedReport r = ParseHelper.parse(seedWithRequestsTable(wideTableWithSubtotalRows()));

        assertValues(r, "new_received", 10, 2, 1, 0, 0, 1, 4, 14);
        assertValues(r, "denied_subtotal", 2, 1, 0, 0, 0, 0, 1, 3);
        assertValues(r, "denied_third_party", 2, 1, 0, 0, 0, 0, 1, 3);
        assertValues(r, "unable_subtotal", 3, 0, 1, 0, 0, 0, 1, 4);
        assertValues(r, "rejected_subtotal", 1, 0, 0, 0, 0, 1, 1, 2);
        assertValues(r, "other_subtotal", 1, 0, 0, 0, 0, 0, 0, 1);
        assertValues(r, "total_handled", 11, 2, 1, 0, 0, 1, 4, 15);
        assertTrue(r.cell("requests", "other_handling", "total").isEmpty(),
                "（六） printed above its sub-rows is their subtotal, not the single row");
        assertTrue(r.cells().stream().noneMatch(c -> c.state() == CellState.MISSING));
        assertTrue(r.notices().stream().noneMatch(n -> n.code().startsWith("ROW_")), r.notices().toString());
        assertEquals(200 + 25 + 4 * 8, r.cells().size(), "the official 200 cells, a column cell for each of the 25"
                + " rows and 4 subtotal rows of 8");
        assertEquals(List.of("natural_person", "commercial", "research", "social_welfare", "legal_services",
                "other_org", "legal_entity_subtotal", "total"), columnsOf(r, "carried_forward"));
        List<String> rows = r.cells().stream().filter(c -> c.table().equals("requests")).map(Cell::row).distinct().toList();
        assertEquals(rows.indexOf("denied_state_secret") - 1, rows.indexOf("denied_subtotal"), "a subtotal precedes its items");
    }

    @Test
    void htmlWithMergedHeadersReadsSubtotalsPrintedBeforeTheirItems() throws Exception {
        String html = ReportRenderer.render(ParseHelper.parse(ParseHelper.seed()), ReportRenderer.Style.HTML);
        int from = html.lastIndexOf("<table", html.indexOf(CORNER));
        int to = html.indexOf("</table>", from) + "</table>".length();
        String table = "<table border=\"1\">"
                + "<tr><td colspan=\"3\" rowspan=\"3\">" + CORNER + "</td><td colspan=\"8\">申请人情况</td></tr>"
                + "<tr><td rowspan=\"2\">自然人</td><td colspan=\"6\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
                + "<tr><td>小计</td><td>商业<br>企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td>"
                + "<td>其他</td></tr>"
                + tr("<td colspan=\"3\">一、本年新收政府信息公开申请数量</td>", "10", "4", "2", "1", "0", "0", "1", "14")
                + tr("<td colspan=\"3\">二、上年结转政府信息公开申请数量</td>", "0", "0", "0", "0", "0", "0", "0", "0")
                + tr("<td rowspan=\"24\">三、本年度办理结果</td><td colspan=\"2\">（一）予以公开</td>",
                        "6", "2", "1", "1", "0", "0", "0", "8")
                + tr("<td colspan=\"2\">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>",
                        "0", "0", "0", "0", "0", "0", "0", "0")
                + tr("<td rowspan=\"9\">（三）不予公开</td><td>小计</td>", "1", "&nbsp;", "—", "0", "0", "0", "0", "1")
                + tr("<td>1.属于国家秘密</td>", "1", "0", "0", "0", "0", "0", "0", "1")
                + items("2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
                        "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项")
                + tr("<td colspan=\"2\">（四）无法提供</td>", "3", "2", "1", "0", "0", "1", "0", "5")
                + tr("<td rowspan=\"3\"></td><td>1.本机关不掌握相关政府信息</td>", "3", "2", "1", "0", "0", "1", "0", "5")
                + items("2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")
                + tr("<td colspan=\"2\">（五）不予处理</td>", "", "", "", "", "", "", "", "")
                + tr("<td rowspan=\"5\"></td><td>1.信访举报投诉类申请</td>", "0", "0", "0", "0", "0", "0", "0", "0")
                + items("2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息")
                + tr("<td rowspan=\"3\">（六）其他处理</td><td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td>",
                        "0", "0", "0", "0", "0", "0", "0", "0")
                + items("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")
                + tr("<td colspan=\"2\">（七）总计</td>", "10", "4", "2", "1", "0", "0", "1", "14")
                + tr("<td colspan=\"3\">四、结转下年度继续办理</td>", "0", "0", "0", "0", "0", "0", "0", "0")
                + "</table>";
        NormalizedReport r = ParseHelper.parse(html.substring(0, from) + table + html.substring(to));

        assertEquals("html", r.source().layout());
        assertValues(r, "new_received", 10, 2, 1, 0, 0, 1, 4, 14);
        assertValues(r, "unable_subtotal", 3, 1, 0, 0, 1, 0, 2, 5);
        Cell denied = cell(r, "requests", "denied_subtotal", "natural_person");
        assertEquals(0, BigDecimal.ONE.compareTo(denied.value()));
        assertEquals(CellState.BLANK, cell(r, "requests", "denied_subtotal", "legal_entity_subtotal").state());
        assertEquals(CellState.PLACEHOLDER, cell(r, "requests", "denied_subtotal", "commercial").state());
        assertTrue(r.cell("requests", "rejected_subtotal", "total").isEmpty(),
                "（五）不予处理 printed over empty cells is a group label, not a subtotal");
        assertTrue(r.cell("requests", "other_subtotal", "total").isEmpty());
        assertTrue(r.cells().stream().noneMatch(c -> c.state() == CellState.MISSING));
        assertEquals(200 + 25 + 2 * 8, r.cells().size());
    }

    @Test
    void aWrongPrintedSubtotalStaysAsPrinted() throws Exception {
        String table = wideTableWithSubtotalRows()
                .replace(row("（三）不予公开", 2, 1, 0, 0, 0, 0, 1, 3), row("（三）不予公开", 9, 1, 0, 0, 0, 0, 1, 10))
                .replace(row("一、本年新收政府信息公开申请数量", 10, 2, 1, 0, 0, 1, 4, 14),
                        row("一、本年新收政府信息公开申请数量", 10, 2, 1, 0, 0, 1, 7, 14));
        NormalizedReport r = ParseHelper.parse(seedWithRequestsTable(table));

        assertValues(r, "denied_subtotal", 9, 1, 0, 0, 0, 0, 1, 10);
        assertValues(r, "denied_third_party", 2, 1, 0, 0, 0, 0, 1, 3);
        assertValues(r, "new_received", 10, 2, 1, 0, 0, 1, 7, 14);
    }

    @Test
    void aReportThatPrintsNoSubtotalHasNoSubtotalCells() throws Exception {
        String seed = ParseHelper.seed();
        String withGroupRows = seed
                .replace("(三)不予公开 | 1.属于国家秘密 |", "(三)不予公开 | | | | | | | | |\n1.属于国家秘密 |")
                .replace("(四)无法提供 | 1.本机关", "(四)无法提供 | |\n1.本机关");
        for (String text : List.of(seed, withGroupRows)) {
            NormalizedReport r = ParseHelper.parse(text);
            assertEquals(200, r.cells().size());
            assertTrue(r.cells().stream().noneMatch(c -> c.row().endsWith("_subtotal") || c.column().endsWith("_subtotal")));
            assertTrue(r.notices().stream().noneMatch(n -> n.code().startsWith("ROW_")), r.notices().toString());
        }
    }

    @Test
    void aHeaderNamingTheColumnIsNotEnoughWhenNoRowPrintsIt() throws Exception {
        String table = wideTableWithSubtotalRows().lines()
                .map(line -> line.startsWith(CORNER) || line.startsWith("自然人") ? line
                        : line.replaceAll("^(.*?\\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\|) \\d+ \\|", "$1"))
                .collect(Collectors.joining("\n", "", "\n"));
        NormalizedReport r = ParseHelper.parse(seedWithRequestsTable(table));

        assertValues(r, "new_received", 10, 2, 1, 0, 0, 1, 14);
        assertTrue(r.cells().stream().noneMatch(c -> c.column().equals("legal_entity_subtotal")));
        assertTrue(r.cells().stream().noneMatch(c -> c.state() == CellState.MISSING));
    }

    /**
     * Flattened text does not read the subtotal column, but a group label followed by numbers is read as its
     * subtotal row and leaves every official cell as it was read without it.
     */
    @Test
    void flattenedGroupLabelWithNumbersLeavesTheItemsAlone() throws Exception {
        for (int seed = 0; seed < 30; seed++) {
            NormalizedReport truth = RandomReports.report(new Random(seed), "2021", 2023);
            String flat = ReportRenderer.render(truth, ReportRenderer.Style.FLATTENED);
            List<String> sums = columnSums(truth, "denied_");
            String withSubtotal = flat.replace("1.属于国家秘密", "（三）不予公开" + String.join("", sums) + "1.属于国家秘密");
            assertFalse(flat.equals(withSubtotal));
            NormalizedReport plain = ParseHelper.parse(flat);
            NormalizedReport read = ParseHelper.parse(withSubtotal);

            assertEquals(plain.cells(), read.cells().stream().filter(c -> !c.row().equals("denied_subtotal")).toList(),
                    "seed " + seed);
            List<BigDecimal> printed = sums.stream().map(BigDecimal::new).toList();
            for (Cell subtotal : read.cells().stream().filter(c -> c.row().equals("denied_subtotal")).toList()) {
                assertTrue(subtotal.state() == CellState.AMBIGUOUS ? subtotal.hasReading(printed)
                        : subtotal.value().compareTo(printed.get(columnsOf(read, "denied_subtotal")
                        .indexOf(subtotal.column()))) == 0, "seed " + seed + ": " + subtotal);
            }
        }
    }

    private static List<String> columnSums(NormalizedReport truth, String rowPrefix) {
        List<String> columns = columnsOf(truth, "new_received");
        List<String> sums = new ArrayList<>();
        for (String column : columns) {
            sums.add(truth.cells().stream().filter(c -> c.table().equals("requests") && c.row().startsWith(rowPrefix)
                    && c.column().equals(column)).map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString());
        }
        return sums;
    }

    private static String tr(String labels, String... values) {
        return "<tr>" + labels + Arrays.stream(values).map(v -> "<td>" + v + "</td>").collect(Collectors.joining()) + "</tr>";
    }

    private static String items(String... labels) {
        return Arrays.stream(labels).map(l -> tr("<td>" + l + "</td>", "0", "0", "0", "0", "0", "0", "0", "0"))
                .collect(Collectors.joining());
    }

    private static List<String> columnsOf(NormalizedReport r, String row) {
        return r.cells().stream().filter(c -> c.table().equals("requests") && c.row().equals(row)).map(Cell::column).toList();
    }

    /** The row's values in the contract's column order (the subtotal column, where printed, before 总计). */
    private static void assertValues(NormalizedReport r, String row, int... expected) {
        List<String> read = r.cells().stream().filter(c -> c.table().equals("requests") && c.row().equals(row))
                .map(c -> c.value() == null ? c.state().code() : c.value().toPlainString()).toList();
        assertEquals(Arrays.stream(expected).mapToObj(String::valueOf).toList(), read, row);
    }
}
