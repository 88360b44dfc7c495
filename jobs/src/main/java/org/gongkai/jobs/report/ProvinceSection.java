package org.gongkai.jobs.report;

import org.gongkai.jobs.report.HtmlTable.Cell;
import org.gongkai.jobs.report.ReportData.RegionQuality;
import org.gongkai.jobs.report.ReportData.RegionRates;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 分省情况: requests and disclosure rate by province for the latest year, and a table with the quality beside. */
final class ProvinceSection {

    private ProvinceSection() {
    }

    static String render(ReportData data) {
        List<RegionRates> provinces = data.regions().stream()
                .filter(r -> ReportData.PROVINCE.equals(r.level()) && r.year() == data.latestYear())
                .sorted(Comparator.comparing(RegionRates::code, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        String heading = "<h2 id=\"provinces\">分省情况（" + data.latestYear() + "年）</h2>\n";
        if (provinces.isEmpty()) {
            return heading + "<p class=\"empty\">本年度没有分省数据。</p>\n";
        }
        List<HorizontalBarChart.Bar> requests = provinces.stream().map(p -> new HorizontalBarChart.Bar(p.name(),
                p.newReceived() == null ? null : p.newReceived().doubleValue(), Html.count(p.newReceived()))).toList();
        List<HorizontalBarChart.Bar> rates = provinces.stream().map(p -> new HorizontalBarChart.Bar(p.name(),
                p.disclosureRate(), Html.percent(p.disclosureRate()))).toList();
        double largest = provinces.stream().filter(p -> p.newReceived() != null).mapToLong(RegionRates::newReceived)
                .max().orElse(0);
        return heading + "<div class=\"charts\">\n"
                + HorizontalBarChart.svg("chart-province-requests", "本年新收申请（件）", requests, Axis.counts(largest),
                Palette.series(0))
                + HorizontalBarChart.svg("chart-province-disclosure", "公开率", rates, Axis.shares(1), Palette.series(6))
                + "</div>\n" + table(data, provinces);
    }

    /** Each province's figures with its reports' quality beside them; click a header to sort. */
    private static String table(ReportData data, List<RegionRates> provinces) {
        Map<String, RegionQuality> quality = data.quality().stream()
                .filter(q -> ReportData.PROVINCE.equals(q.level()) && q.year() == data.latestYear())
                .collect(Collectors.toMap(RegionQuality::code, Function.identity(), (a, b) -> a));
        HtmlTable table = new HtmlTable("province-table", true, NationalSection.headers("省份", "本机关报告",
                "本年新收申请", "办理结果总计", "公开率", "不予公开率", "行政复议", "复议纠错率", "行政诉讼",
                "报告平均得分", "有错误的报告", "逾期公布占比", "无数字的单元格"));
        for (RegionRates p : provinces) {
            RegionQuality q = quality.get(p.code());
            table.row(List.of(Cell.text(p.name()).withTitle(p.code()), Cell.count(p.reports()),
                    Cell.count(p.newReceived()), Cell.count(p.handled()), Cell.percent(p.disclosureRate()),
                    Cell.percent(p.denialRate()), Cell.count(p.reviews()), Cell.percent(p.reviewCorrectionRate()),
                    Cell.count(p.lawsuits()), Cell.decimal(q == null ? null : q.meanScore()),
                    Cell.count(q == null ? null : q.reportsWithErrors()), Cell.percent(q == null ? null : q.lateShare()),
                    Cell.count(p.cellsUnread())));
        }
        return "<p class=\"note\">点击表头排序。报告平均得分满分100（每条不通过的错误级规则扣10分，警告级扣3分，无法核对的规则扣1分）；"
                + "无数字的单元格：计入合计但印为空白、占位符或缺失，按0计。</p>\n" + table.close();
    }
}
