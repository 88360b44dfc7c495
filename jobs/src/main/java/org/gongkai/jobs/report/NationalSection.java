package org.gongkai.jobs.report;

import org.gongkai.jobs.report.HtmlTable.Cell;
import org.gongkai.jobs.report.ReportData.Change;
import org.gongkai.jobs.report.ReportData.NationalYear;
import org.gongkai.jobs.report.ReportData.RegionRates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** 全国概况 (the national figures per year and the latest year's changes) and 办理结果分布 (outcomes by year). */
final class NationalSection {

    private NationalSection() {
    }

    static String figures(ReportData data) {
        HtmlTable table = new HtmlTable("national-table", false, headers("年度", "报告数", "本机关报告", "汇总报告",
                "发布机关", "本年新收申请", "办理结果总计", "公开率", "行政复议", "复议纠错率", "行政诉讼", "诉讼纠错率",
                "有错误的报告", "错误报告占比", "逾期公布占比", "雷同报告占比"));
        for (NationalYear year : data.national()) {
            table.row(List.of(Cell.text(String.valueOf(year.year())), Cell.count(year.reports()),
                    Cell.count(year.ownReports()), Cell.count(year.aggregateReports()), Cell.count(year.agencies()),
                    Cell.count(year.newReceived()), Cell.count(year.handled()), Cell.percent(year.disclosureRate()),
                    Cell.count(year.reviews()), Cell.percent(year.reviewCorrectionRate()), Cell.count(year.lawsuits()),
                    Cell.percent(year.lawsuitCorrectionRate()), Cell.count(year.reportsWithErrors()),
                    Cell.percent(year.errorShare()), Cell.percent(year.lateShare()), Cell.percent(year.copiedShare())));
        }
        return "<h2 id=\"national\">全国概况</h2>\n"
                + "<p class=\"note\">申请数与办理结果只计本机关报告（汇总报告另行核对，见下文）；公开率 ＝（予以公开 ＋ 部分公开）÷ 办理结果总计；"
                + "纠错率 ＝ 结果纠正 ÷ 已审结。</p>\n"
                + table.close() + changes(data);
    }

    /** The latest year against the one before, measure by measure (gold_year_over_year). */
    private static String changes(ReportData data) {
        List<Change> latest = data.changes().stream().filter(c -> c.year() == data.latestYear()).toList();
        if (latest.isEmpty()) {
            return "";
        }
        HtmlTable table = new HtmlTable("changes-table", false, headers("指标", "本年", "上年", "变化", "变化率"));
        for (Change change : latest) {
            boolean rate = Labels.isRate(change.measure());
            table.row(List.of(Cell.text(Labels.measure(change.measure())),
                    rate ? Cell.percent(change.value()) : Cell.count(rounded(change.value())),
                    rate ? Cell.percent(change.previousValue()) : Cell.count(rounded(change.previousValue())),
                    new Cell(rate ? Html.points(change.change()) : Html.signed(change.change()), change.change(),
                            "num", null, null),
                    // The relative change of a rate says little: its change in points is shown instead.
                    rate ? Cell.text(Html.DASH).withClass("num") : Cell.percent(change.changeRate())));
        }
        return "<h3>" + data.latestYear() + "年同比变化</h3>\n" + table.close();
    }

    /** The outcome groups' shares of the requests handled, year by year (the nation's gold_rates rows). */
    static String outcomes(ReportData data) {
        List<StackedBarChart.Column> columns = new ArrayList<>();
        for (RegionRates year : nation(data)) {
            ReportData.Outcomes o = year.outcomes();
            columns.add(new StackedBarChart.Column(String.valueOf(year.year()), Arrays.asList(o.granted(),
                    o.partiallyGranted(), o.denied(), o.unable(), o.rejected(), o.other())));
        }
        return "<h2 id=\"outcomes\">办理结果分布</h2>\n"
                + "<p class=\"note\">各年度办理结果总计中各类结果所占比例（悬停可见件数）。</p>\n"
                + StackedBarChart.svg("chart-outcomes", "办理结果构成（全国，各年度）",
                List.copyOf(Labels.OUTCOME_GROUPS.values()), columns);
    }

    /** Volumes and rates over the years (gold_national_summary; the denial rate from the nation's gold_rates). */
    static String trends(ReportData data) {
        List<String> years = data.national().stream().map(y -> String.valueOf(y.year())).toList();
        List<NationalYear> national = data.national();
        List<LineChart.Series> volumes = List.of(
                series("本年新收申请", national.stream().map(y -> toDouble(y.newReceived())).toList()),
                series("办理结果总计", national.stream().map(y -> toDouble(y.handled())).toList()));
        double largest = volumes.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        List<Double> denial = national.stream().map(y -> nation(data).stream().filter(r -> r.year() == y.year())
                .map(RegionRates::denialRate).findFirst().orElse(null)).toList();
        List<LineChart.Series> rates = List.of(
                series("公开率", national.stream().map(NationalYear::disclosureRate).toList()),
                series("不予公开率", denial),
                series("复议纠错率", national.stream().map(NationalYear::reviewCorrectionRate).toList()),
                series("诉讼纠错率", national.stream().map(NationalYear::lawsuitCorrectionRate).toList()),
                series("错误报告占比", national.stream().map(NationalYear::errorShare).toList()),
                series("逾期公布占比", national.stream().map(NationalYear::lateShare).toList()));
        double largestRate = rates.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        return "<h2 id=\"trends\">历年趋势</h2>\n<div class=\"charts\">\n"
                + LineChart.svg("chart-volume-trend", "申请量（全国，件）", years, volumes, Axis.counts(largest))
                + LineChart.svg("chart-rate-trend", "比率（全国）", years, rates, Axis.shares(largestRate))
                + "</div>\n";
    }

    private static List<RegionRates> nation(ReportData data) {
        return data.regions().stream().filter(r -> ReportData.NATION.equals(r.level())).toList();
    }

    private static LineChart.Series series(String name, List<Double> values) {
        return new LineChart.Series(name, values);
    }

    private static Long rounded(Double value) {
        return value == null || value.isNaN() ? null : Math.round(value);
    }

    private static Double toDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }

    static List<Cell> headers(String... labels) {
        return Arrays.stream(labels).map(Cell::text).toList();
    }
}
