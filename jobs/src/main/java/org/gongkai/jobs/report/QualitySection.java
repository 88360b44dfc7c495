package org.gongkai.jobs.report;

import org.gongkai.jobs.report.HtmlTable.Cell;
import org.gongkai.jobs.report.ReportData.Discrepancy;
import org.gongkai.jobs.report.ReportData.Reconciliation;
import org.gongkai.jobs.report.ReportData.RuleRate;
import org.gongkai.jobs.report.ReportData.RuleText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** 数据质量: each rule's fail rate by province (a heat table), the rules, and the reconciliation of aggregate reports. */
final class QualitySection {

    /** H1's threshold: a difference beyond 20 % and more than 10 requests is flagged. */
    private static final double FLAGGED_SHARE = 0.2;
    private static final long FLAGGED_COUNT = 10;

    private QualitySection() {
    }

    /** Rows: the nation, then the provinces by code; columns: the rules evaluated, in catalog order. */
    static String ruleHeat(ReportData data) {
        List<RuleRate> rates = data.ruleRates().stream().filter(r -> r.year() == data.latestYear()).toList();
        String heading = "<h2 id=\"quality\">数据质量：各规则不通过率（" + data.latestYear() + "年）</h2>\n";
        if (rates.isEmpty()) {
            return heading + "<p class=\"empty\">本年度没有规则核对结果。</p>\n";
        }
        List<RuleText> rules = data.rules().stream()
                .filter(rule -> rates.stream().anyMatch(r -> r.ruleId().equals(rule.id()))).toList();
        Map<String, String> regions = new LinkedHashMap<>();
        rates.stream().sorted(Comparator.comparing((RuleRate r) -> !ReportData.NATION.equals(r.level()))
                .thenComparing(RuleRate::code, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(r -> regions.putIfAbsent(r.code(), r.name()));
        List<Cell> header = new ArrayList<>(List.of(Cell.text("省份")));
        rules.forEach(rule -> header.add(Cell.text(rule.id()).withTitle(rule.zh()).withClass(rule.severity())));
        HtmlTable table = new HtmlTable("rule-heat-table", true, header);
        regions.forEach((code, name) -> {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(name).withTitle(code)));
            for (RuleText rule : rules) {
                row.add(rates.stream().filter(r -> Objects.equals(r.code(), code) && rule.id().equals(r.ruleId())).findFirst()
                        .map(QualitySection::heatCell).orElse(Cell.text(Html.DASH).withClass("num")));
            }
            table.row(row);
        });
        return heading + "<p class=\"note\">不通过率 ＝ 不通过的报告 ÷（核对的报告 − 无法核对的报告），含本机关与汇总报告；"
                + "颜色越深越高，悬停可见报告数。</p>\n" + table.close() + ruleList(rules);
    }

    private static Cell heatCell(RuleRate rate) {
        Cell cell = Cell.percent(rate.failRate()).withTitle(rate.ruleId() + " " + rate.name() + "：" + Html.count(
                rate.reportsFailed()) + " / " + Html.count(rate.reportsEvaluated()) + " 份报告不通过");
        return rate.failRate() == null ? cell : cell.withStyle("background:" + Palette.heat(rate.failRate()));
    }

    private static String ruleList(List<RuleText> rules) {
        HtmlTable table = new HtmlTable("rules-table", false, NationalSection.headers("规则", "级别", "说明"));
        rules.forEach(rule -> table.row(List.of(Cell.text(rule.id()), Cell.text(Labels.severity(rule.severity())),
                Cell.text(rule.zh()).withClass("wrap"))));
        return "<details><summary>规则说明</summary>\n" + table.close() + "</details>\n";
    }

    /** 汇总报告核对: how many aggregate reports agree with the sum of their region's own reports, the largest gaps. */
    static String reconciliation(ReportData data) {
        Reconciliation r = data.reconciliation();
        String heading = "<h2 id=\"reconciliation\">汇总报告核对（" + r.year() + "年）</h2>\n";
        if (r.comparisons() == 0) {
            return heading + "<p class=\"empty\">本年度没有可核对的汇总报告。</p>\n";
        }
        String summary = "<p>" + Html.count(r.aggregateReports()) + " 份汇总报告，核对 " + Html.count(r.comparisons())
                + " 项数字，其中 " + Html.count(r.differing()) + " 项与本区域各机关本机关报告之和不一致。"
                + "下表列出相对差额最大的 " + r.largest().size() + " 项；差额超过20%且大于10件的标红（规则 H1）。</p>\n";
        HtmlTable table = new HtmlTable("reconciliation-table", true, NationalSection.headers("地区", "层级",
                "汇总报告发布机关", "指标", "汇总报告数字", "本机关报告之和", "本机关报告数", "差额", "相对差额"));
        for (Discrepancy d : r.largest()) {
            List<Cell> row = List.of(Cell.text(d.name()).withTitle(d.code()), Cell.text(Labels.level(d.level())),
                    Cell.text(d.agency()).withTitle(d.reportId()), Cell.text(Labels.measure(d.measure())),
                    Cell.count(d.aggregateValue()), Cell.count(d.ownSum()), Cell.count(d.ownReports()),
                    Cell.count(d.difference()), Cell.percent(d.relativeDifference()));
            table.row(flagged(d) ? row.stream().map(c -> c.withClass("flag")).toList() : row);
        }
        return heading + summary + table.close();
    }

    private static boolean flagged(Discrepancy d) {
        return d.relativeDifference() != null && Math.abs(d.relativeDifference()) > FLAGGED_SHARE
                && d.difference() != null && Math.abs(d.difference()) > FLAGGED_COUNT;
    }
}
