package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.rules.CopyRule;
import org.gongkai.rules.FormatYearRule;
import org.gongkai.rules.RuleInfo;
import org.gongkai.rules.TimelinessRule;

import java.time.MonthDay;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.when;

/** Compiles the rules about a report as a whole, whatever its format: format, timeliness and copying. */
final class ReportInstances {

    private static final Column NO_DETAIL = lit(null).cast("string");

    private ReportInstances() {
    }

    /** F1: the format the year requires (a format code is its year of issue, so it compares as a number). */
    static CompiledInstance formatYear(FormatYearRule rule) {
        Column required = lit(null).cast("string");
        for (ReportFormat candidate : FormatCatalog.standard().formats()) {
            required = when(col("year").between(candidate.firstYear(), candidate.lastYear()), lit(candidate.code()))
                    .otherwise(required);
        }
        Column known = col("format").isin(FormatCatalog.standard().formats().stream().map(ReportFormat::code).toArray());
        Column actual = when(known, col("format").cast("bigint").multiply(Micros.SCALE));
        return special(rule.info(), "format", CompiledInstance.Comparison.EQUAL,
                "报告年度{year}应使用{expected}年格式，实际为{actual}年格式", "格式未能识别", List.of("reports.format"),
                actual, required.cast("bigint").multiply(Micros.SCALE), required.isNotNull(), NO_DETAIL);
    }

    /** T1: days after the deadline of the publisher's kind; not evaluable without a publication date. */
    static CompiledInstance timeliness(TimelinessRule rule) {
        Column government = col("scope").equalTo("aggregate")
                .or(coalesce(col("agency_name"), lit("")).rlike(rule.governmentNamePattern()));
        Column township = col("level").equalTo("township");
        // A township's government (镇人民政府) publishes by the townships' deadline, although its name is a government's.
        Column deadline = when(township, date(rule, "township"))
                .when(government, date(rule, "government")).otherwise(date(rule, "department"));
        Column daysLate = datediff(col("published_on"), deadline).cast("bigint").multiply(Micros.SCALE);
        Column detail = concat(date_format(col("published_on"), "yyyy-MM-dd"), lit(" 晚于期限 "),
                date_format(deadline, "yyyy-MM-dd"));
        return special(rule.info(), "published_on", CompiledInstance.Comparison.AT_MOST, "公布日期 {detail} {difference} 天",
                "未能识别公布日期", List.of("reports.published_on"), daysLate, Micros.lit(0),
                col("year").geq(rule.fromYear()), when(daysLate.gt(0), detail));
    }

    private static Column date(TimelinessRule rule, String publisher) {
        MonthDay day = rule.deadlines().get(publisher);
        return make_date(col("year").plus(1), lit(day.getMonthValue()), lit(day.getDayOfMonth()));
    }

    /** C1: every cell equal to the same agency's previous report, with enough non-zero cells to mean something. */
    static CompiledInstance copy(CopyRule rule) {
        Column same = col(WideReports.PREVIOUS_FORMAT).equalTo(col("format"))
                .and(col(WideReports.PREVIOUS_FINGERPRINT).equalTo(col(CellPivot.FINGERPRINT)))
                .and(col(CellPivot.NONZERO_CELLS).geq(rule.minNonzeroCells()));
        Column detail = when(same, concat(col(WideReports.PREVIOUS_REPORT_ID), lit(" 逐格相同（"),
                col(CellPivot.NONZERO_CELLS).cast("string"), lit(" 个非零单元格）")));
        return special(rule.info(), "tables", CompiledInstance.Comparison.EQUAL, "表格与上年报告 {detail}", "",
                List.of("tables", "previous:tables"), when(same, Micros.lit(1)).otherwise(Micros.lit(0)), Micros.lit(0),
                col(WideReports.PREVIOUS_REPORT_ID).isNotNull(), detail);
    }

    /** An instance about the report as a whole: the same figures strictly and leniently, no cells to list. */
    static CompiledInstance special(RuleInfo rule, String instance, CompiledInstance.Comparison comparison, String failText,
                                    String unreadText, List<String> cells, Column actual, Column expected,
                                    Column applies, Column detail) {
        return new CompiledInstance(rule, instance, comparison, instance, failText, unreadText, cells,
                Figure.constant(actual), Figure.constant(expected), applies, detail);
    }
}
