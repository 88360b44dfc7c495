package org.gongkai.jobs.report;

import org.gongkai.jobs.report.ReportData.Finding;
import org.gongkai.jobs.report.ReportData.WorstReport;

import java.util.List;

import static org.gongkai.jobs.report.Html.escape;

/** 得分最低的报告: each report with its score, flags and the failed rule instances naming the printed cells. */
final class WorstReportsSection {

    /** Findings listed per report; the rest are counted. */
    static final int LISTED = 12;

    private WorstReportsSection() {
    }

    static String render(ReportData data) {
        StringBuilder out = new StringBuilder("<h2 id=\"worst\">得分最低的报告</h2>\n");
        if (data.worstReports().isEmpty()) {
            return out.append("<p class=\"empty\">没有报告质量记录。</p>\n").toString();
        }
        out.append("<p class=\"note\">按报告质量得分从低到高列出前 ").append(data.worstReports().size())
                .append(" 份（现行版本），以及其不通过的规则与涉及的单元格。</p>\n<ol class=\"worst\">\n");
        data.worstReports().forEach(report -> out.append(report(report)));
        return out.append("</ol>\n").toString();
    }

    private static String report(WorstReport report) {
        StringBuilder out = new StringBuilder("<li><div class=\"report-head\"><strong>").append(escape(report.agency()))
                .append("</strong> ").append(report.year()).append("年 · ").append(escape(Labels.level(report.level())))
                .append(" · ").append(escape(Labels.scope(report.scope())));
        if (report.regionCode() != null) {
            out.append(" · 区划 ").append(escape(report.regionCode()));
        }
        out.append(" <span class=\"score\">得分 ").append(report.score()).append("</span> 错误级规则 ")
                .append(report.errorsFailed()).append(" 条，警告级 ").append(report.warningsFailed()).append(" 条");
        report.flags().forEach(flag -> out.append(" <span class=\"tag\">").append(escape(Labels.flag(flag)))
                .append("</span>"));
        out.append("</div>\n<div class=\"source\">").append(escape(report.source())).append(" · ")
                .append(escape(report.reportId())).append("</div>\n<ul>\n");
        List<Finding> listed = report.findings().stream().limit(LISTED).toList();
        for (Finding finding : listed) {
            out.append("<li><span class=\"rule ").append(escape(finding.severity())).append("\">")
                    .append(escape(finding.ruleId())).append(' ').append(escape(Labels.severity(finding.severity())))
                    .append("</span> ").append(escape(finding.message()));
            if (!finding.cells().isEmpty()) {
                out.append("<div class=\"cells\">涉及单元格：").append(escape(String.join("、", finding.cells())))
                        .append("</div>");
            }
            out.append("</li>\n");
        }
        if (report.findings().size() > listed.size()) {
            out.append("<li class=\"more\">另有 ").append(report.findings().size() - listed.size())
                    .append(" 处不通过未列出。</li>\n");
        }
        return out.append("</ul></li>\n").toString();
    }
}
