package org.gongkai.jobs.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page rendered from hand-made data, read back as an analyst would read it (no Spark, no browser). */
class ReportRendererTest {

    private final Document page = Jsoup.parse(ReportRenderer.render(SampleReportData.build()));

    @Test
    void isOneSelfContainedUtf8PageInChinese() {
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertTrue(page.select("[src], link, iframe, object, embed").isEmpty(), "nothing is loaded from elsewhere");
        assertFalse(page.selectFirst("style").data().contains("url("), "the style loads nothing");
        assertEquals(List.of("全国概况", "办理结果分布", "分省情况（2023年）", "历年趋势", "数据质量：各规则不通过率（2023年）",
                "汇总报告核对（2023年）", "得分最低的报告"), page.select("h2").eachText());
    }

    @Test
    void nationalFiguresPerYear() {
        Elements rows = page.select("#national-table tbody tr");
        assertEquals(List.of("2022", "2023"), rows.stream().map(r -> r.child(0).text()).toList());
        Element y2023 = rows.get(1);
        assertEquals("1,250", cell(page, "#national-table", y2023, "本年新收申请"));
        assertEquals("66.7%", cell(page, "#national-table", y2023, "公开率"));
        assertEquals("12.5%", cell(page, "#national-table", y2023, "复议纠错率"));
        assertEquals("—", cell(page, "#national-table", rows.get(0), "诉讼纠错率"), "no concluded lawsuit: no rate");
        assertEquals("15.0%", cell(page, "#national-table", y2023, "逾期公布占比"));
    }

    @Test
    void latestYearChangesInCountsAndPoints() {
        Elements rows = page.select("#changes-table tbody tr");
        assertEquals(List.of("本年新收申请", "1,250", "1,000", "+250", "25.0%"), rows.get(0).children().eachText());
        assertEquals(List.of("公开率", "66.7%", "60.0%", "+6.7 个百分点", "—"), rows.get(1).children().eachText());
        assertEquals(2, rows.size(), "only the latest year");
    }

    @Test
    void outcomesStackByYearWithCountsAndShares() {
        Elements segments = page.select("#chart-outcomes rect title");
        assertTrue(segments.eachText().contains("2023 予以公开：600（50.0%）"), segments.eachText().toString());
        assertTrue(segments.eachText().contains("2022 予以公开：500（52.6%）"), segments.eachText().toString());
        assertEquals(List.of("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"),
                page.select("#chart-outcomes text.label").eachText().subList(2, 8), "years, then the legend");
    }

    @Test
    void provincesByCodeWithRequestsAndDisclosureRate() {
        assertEquals(List.of("北京市", "河北省"), page.select("#chart-province-requests text.label").eachText());
        assertEquals(List.of("北京市：750", "河北省：550"), page.select("#chart-province-requests rect title").eachText());
        assertEquals(List.of("河北省：50.0%"), page.select("#chart-province-disclosure rect title").eachText(),
                "北京市 has no rate: no bar");
        Elements rows = page.select("#province-table tbody tr");
        assertEquals("92.5", cell(page, "#province-table", rows.get(0), "报告平均得分"));
        assertEquals("25.0%", cell(page, "#province-table", rows.get(1), "逾期公布占比"));
        assertEquals("—", cell(page, "#province-table", rows.get(0), "公开率"));
        assertEquals("750", rows.get(0).child(2).attr("data-sort"), "numbers sort by their value");
    }

    @Test
    void trendsDrawEveryYearOfEverySeries() {
        assertEquals(List.of("2022 本年新收申请：1,000", "2023 本年新收申请：1,250", "2022 办理结果总计：950",
                "2023 办理结果总计：1,200"), page.select("#chart-volume-trend circle title").eachText());
        assertTrue(page.select("#chart-rate-trend circle title").eachText().contains("2023 公开率：66.7%"));
        assertFalse(page.select("#chart-rate-trend circle title").eachText().stream()
                .anyMatch(t -> t.startsWith("2022 诉讼纠错率")), "a missing rate draws no dot");
    }

    @Test
    void ruleHeatTableOfTheLatestYear() {
        assertEquals(List.of("省份", "D1", "T1"), page.select("#rule-heat-table th").eachText(),
                "rules with results, in catalog order");
        assertEquals("表三每一列：（七）总计 ＝ 各办理结果之和", page.select("#rule-heat-table th").get(1).attr("title"));
        Elements rows = page.select("#rule-heat-table tbody tr");
        assertEquals(List.of("全国", "北京市", "河北省"), rows.stream().map(r -> r.child(0).text()).toList());
        assertEquals(List.of("北京市", "25.0%", "—"), rows.get(1).children().eachText());
        assertTrue(rows.get(1).child(1).attr("style").startsWith("background:"));
        assertEquals("D1 北京市：10 / 40 份报告不通过", rows.get(1).child(1).attr("title"));
    }

    @Test
    void reconciliationFlagsLargeDifferences() {
        Elements rows = page.select("#reconciliation-table tbody tr");
        assertEquals(2, rows.size());
        assertEquals("河北省<b>&", rows.get(0).child(0).text(), "a name from data is text, not markup");
        assertTrue(rows.get(0).child(0).hasClass("flag"), "33 % and 200 requests apart");
        assertFalse(rows.get(1).child(0).hasClass("flag"), "2.4 % apart");
        assertTrue(page.text().contains("1 份汇总报告，核对 2 项数字，其中 2 项与本区域各机关本机关报告之和不一致"));
    }

    @Test
    void worstReportsNameTheirCellsAndEscapeTheirText() {
        Elements reports = page.select("ol.worst > li");
        assertEquals(2, reports.size());
        assertEquals(SampleReportData.HOSTILE_AGENCY, reports.get(0).selectFirst("strong").text());
        assertEquals(1, page.select("script").size(), "the agency's markup is not a script");
        assertTrue(reports.get(0).text().contains("表三·自然人列：（七）总计 9，各办理结果之和 7，相差 2"));
        assertEquals("涉及单元格：表三（七）总计·自然人、表三（一）予以公开·自然人",
                reports.get(0).selectFirst(".cells").text());
        assertTrue(reports.get(0).text().contains("逾期公布"), "its flags");
        assertEquals(WorstReportsSection.LISTED + 1, reports.get(1).select("ul > li").size());
        assertEquals("另有 3 处不通过未列出。", reports.get(1).selectFirst("li.more").text());
    }

    /** The text of a row's cell under the column headed {@code header}. */
    private static String cell(Document page, String table, Element row, String header) {
        int column = page.select(table + " th").eachText().indexOf(header);
        assertTrue(column >= 0, header + " is a column of " + table);
        return row.child(column).text();
    }
}
