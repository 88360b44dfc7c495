package org.gongkai.parse;

import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.gongkai.render.ReportRenderer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.gongkai.parse.ParseHelper.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown, HTML and cell-line specifics, on small inputs made from the seed. */
class GridLayoutsTest {

    private static String seedAs(ReportRenderer.Style style) throws Exception {
        return ReportRenderer.render(ParseHelper.parse(ParseHelper.seed()), style);
    }

    @Test
    void markdownTableShatteredWithFakeHeadersAndAPageFooter() throws Exception {
        String md = "# 测试县人民政府2023年政府信息公开工作年度报告\n\n## 三、收到和处理政府信息公开申请情况\n"
                + "### 申请人情况 (自然人)\n| (数据项目) | 数量 |\n|---|---|\n| - | - |\n"
                + "### 一、本年新收政府信息公开申请数量\n| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |\n"
                + "|---|---|---|---|---|---|---|---|\n| 本年新收政府信息公开申请数量 | 7 | 1 | 0 | 0 | 0 | 0 | 8 |\n"
                + "— 3 —\n"
                + "| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |\n|---|---|---|---|---|---|---|---|\n"
                + "| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n";
        String seedMd = seedAs(ReportRenderer.Style.MARKDOWN);
        String rest = seedMd.substring(seedMd.indexOf("| 三、本年度办理结果") >= 0 ? seedMd.indexOf("| （一）予以公开")
                : seedMd.indexOf("（一）予以公开"));
        NormalizedReport r = ParseHelper.parse(seedMd.substring(0, seedMd.indexOf("三、收到和处理")) + md + rest);
        assertEquals("markdown", r.source().layout());
        assertEquals(0, BigDecimal.valueOf(8).compareTo(cell(r, "requests", "new_received", "total").value()));
        assertEquals(0, BigDecimal.ONE.compareTo(cell(r, "requests", "new_received", "commercial").value()));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(cell(r, "requests", "carried_over", "natural_person").value()));
        assertEquals(CellState.NUMBER, cell(r, "appeals", "review", "total").state());
    }

    @Test
    void htmlWithRowspanColspanNbspLineBreaksAndSiteChrome() throws Exception {
        String html = seedAs(ReportRenderer.Style.HTML)
                .replace("<body>", "<body><div class=\"nav\"><a href=\"/\">首页</a> | <a>政务公开</a> 1 2 3</div>")
                .replace("<td>（一）予以公开</td>", "<td rowspan=\"2\">三、本年度<br>办理结果</td><td>（一）予以&nbsp;公开</td>")
                .replace("<td>一、本年新收政府信息公开申请数量</td><td>0</td><td>0</td>",
                        "<td colspan=\"2\">一、本年新收政府信息<br/>公开申请数量</td><td>5</td><td>&nbsp;</td>")
                .replace("</body>", "<div class=\"footer\">版权所有 © 2024 联系我们 12345</div></body>");
        NormalizedReport r = ParseHelper.parse(html);
        assertEquals("html", r.source().layout());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(cell(r, "requests", "new_received", "natural_person").value()));
        assertEquals(CellState.BLANK, cell(r, "requests", "new_received", "commercial").state());
        assertEquals(CellState.NUMBER, cell(r, "requests", "granted", "total").state());
        assertTrue(r.cells().stream().noneMatch(c -> c.state() == CellState.MISSING));
    }

    @Test
    void cellLinesRowThatLostACellIsMissingNotShifted() throws Exception {
        String lines = seedAs(ReportRenderer.Style.CELL_LINES);
        assertEquals("cell-lines", ParseHelper.parse(lines).source().layout());
        String label = "二、上年结转政府信息公开申请数量\n";
        int at = lines.indexOf(label) + label.length();
        String dropped = lines.substring(0, at) + lines.substring(at + 2);
        NormalizedReport r = ParseHelper.parse(dropped);
        assertEquals(CellState.MISSING, cell(r, "requests", "carried_over", "natural_person").state());
        assertEquals(CellState.MISSING, cell(r, "requests", "carried_over", "total").state());
        assertTrue(r.notices().stream().anyMatch(n -> n.code().equals("ROW_CELL_COUNT")
                && n.message().contains("上年结转政府信息公开申请数量")));
        assertEquals(CellState.NUMBER, cell(r, "requests", "new_received", "total").state());
    }
}
