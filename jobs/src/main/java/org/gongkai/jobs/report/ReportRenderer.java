package org.gongkai.jobs.report;

import org.gongkai.jobs.report.ReportData.NationalYear;

import static org.gongkai.jobs.report.Html.escape;

/**
 * The HTML report as one self-contained page: a pure function of {@link ReportData}. Charts are inline SVG, the style
 * and the one small script (sorting tables by a column) are inline; nothing is fetched, so the file works offline.
 */
public final class ReportRenderer {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","PingFang SC","Microsoft YaHei",sans-serif;
            margin:0 auto;max-width:1200px;padding:0 16px 48px;color:#222;line-height:1.5}
            h1{font-size:1.5em;margin:24px 0 4px}h2{margin-top:36px;border-bottom:2px solid #4477aa;padding-bottom:2px}
            nav a{margin-right:12px}.meta,.note,.source{color:#555;font-size:.9em}
            .scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.88em;margin:8px 0}
            th,td{border:1px solid #ddd;padding:3px 6px;white-space:nowrap}th{background:#f3f5f8;white-space:normal}
            td.num{text-align:right;font-variant-numeric:tabular-nums}td.wrap{white-space:normal}
            table.sortable th{cursor:pointer}th[aria-sort=ascending]::after{content:" ▲"}
            th[aria-sort=descending]::after{content:" ▼"}td.flag{background:#fde2e2}
            .charts{display:flex;flex-wrap:wrap;gap:24px}svg.chart{width:100%;height:auto;font-size:12px}
            .caption{font-weight:bold;font-size:13px}.tick,.value{fill:#555;font-size:11px}
            .grid{stroke:#e3e3e3}.empty{color:#999}
            ol.worst>li{margin-bottom:14px}.report-head{font-size:.95em}.score{font-weight:bold;color:#cc3311}
            .tag{background:#eee;border-radius:3px;padding:0 4px;font-size:.85em}
            .rule{font-weight:bold}.rule.error{color:#cc3311}.rule.warning{color:#b58900}
            .cells{color:#555;font-size:.85em}.more{color:#777;list-style:none}
            """;

    /** Sorts a table by the clicked column: numbers by their data-sort key (blank cells last), text in pinyin order. */
    private static final String SCRIPT = """
            document.querySelectorAll("table.sortable").forEach(function (table) {
              var headers = table.querySelectorAll("th");
              function key(cell) {
                if (!cell) { return null; }
                if (cell.classList.contains("num")) {
                  var v = cell.getAttribute("data-sort");
                  return v === null ? null : parseFloat(v);
                }
                return cell.textContent;
              }
              headers.forEach(function (th, column) {
                th.addEventListener("click", function () {
                  var ascending = th.getAttribute("aria-sort") !== "ascending";
                  headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
                  th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = key(a.cells[column]), y = key(b.cells[column]);
                    if (x === null || y === null) { return (x === null) - (y === null); }
                    var order = typeof x === "number" ? x - y : x.localeCompare(y, "zh-CN");
                    return ascending ? order : -order;
                  });
                  rows.forEach(function (row) { body.appendChild(row); });
                });
              });
            });
            """;

    private ReportRenderer() {
    }

    public static String render(ReportData data) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>政府信息公开工作年度报告统计 · " + escape(data.title()) + "</title>\n"
                + "<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + header(data)
                + NationalSection.figures(data)
                + NationalSection.outcomes(data)
                + ProvinceSection.render(data)
                + NationalSection.trends(data)
                + QualitySection.ruleHeat(data)
                + QualitySection.reconciliation(data)
                + WorstReportsSection.render(data)
                + "<footer class=\"note\"><p>数据来源：gold_national_summary、gold_rates、gold_report_quality、"
                + "gold_rule_quality、gold_year_over_year、gold_reconciliation，以及 report_quality、rule_results、"
                + "reports（gongkai validate、aggregate 的输出）。</p></footer>\n"
                + "<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n";
    }

    private static String header(ReportData data) {
        int first = data.national().stream().mapToInt(NationalYear::year).min().orElse(data.latestYear());
        String years = first == data.latestYear() ? first + "年" : first + "—" + data.latestYear() + "年";
        return "<h1>政府信息公开工作年度报告：全国统计与数据质量</h1>\n"
                + "<p class=\"meta\">数据库 " + escape(data.title()) + " · " + years + " · 生成于 "
                + escape(data.createdAt()) + "</p>\n"
                + "<nav><a href=\"#national\">全国概况</a><a href=\"#outcomes\">办理结果</a>"
                + "<a href=\"#provinces\">分省情况</a><a href=\"#trends\">历年趋势</a><a href=\"#quality\">数据质量</a>"
                + "<a href=\"#reconciliation\">汇总报告核对</a><a href=\"#worst\">得分最低的报告</a></nav>\n";
    }
}
