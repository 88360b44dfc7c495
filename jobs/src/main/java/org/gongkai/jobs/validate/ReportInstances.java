package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.CellState;
import org.gongkai.rules.CellDomainRule;
import org.gongkai.rules.CellLabels;
import org.gongkai.rules.CellRef;
import org.gongkai.rules.CopyRule;
import org.gongkai.rules.FeeDisclosureRule;
import org.gongkai.rules.FormatYearRule;
import org.gongkai.rules.TimelinessRule;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

/** Compiles the rules about a report as a whole: its cells' domain, format, timeliness, copying and fee reporting. */
final class ReportInstances {

    private final ReportFormat format;

    ReportInstances(ReportFormat format) {
        this.format = format;
    }

    /** D4: one instance per table, failing with the list of cells outside their column's domain. */
    List<Instance> compile(CellDomainRule rule) {
        List<Instance> instances = new ArrayList<>();
        for (TableSpec table : format.tables()) {
            if (!rule.tables().contains(table.code())) {
                continue;
            }
            List<Column> offenders = new ArrayList<>();
            Column count = lit(0);
            for (RowSpec row : table.rows()) {
                for (ColumnSpec column : row.columns()) {
                    CellRef cell = new CellRef(table.code(), row.code(), column.code());
                    Column value = CellColumns.value(cell, false);
                    Column outside = CellColumns.state(cell, false).equalTo(CellColumns.code(CellState.NUMBER))
                            .and(outsideDomain(value, column.kind()));
                    offenders.add(when(outside, concat(lit(CellLabels.of(format, cell) + " = "), RuleResults.display(value))));
                    count = count.plus(when(outside, 1).otherwise(0));
                }
            }
            // No lambda over the cells (it would be interpreted): array_join skips the nulls of cells within range.
            Column found = array(offenders.toArray(Column[]::new));
            Column status = when(count.equalTo(0), lit(RuleResults.PASS)).otherwise(lit(RuleResults.FAIL));
            Column zero = lit(BigDecimal.ZERO);
            Column message = when(count.gt(0), concat(lit("超出取值范围："), array_join(found, "、")));
            instances.add(Instance.of(rule.id(), table.code(), RuleResults.of(rule.info(), lit(table.code()), status,
                    zero, count.cast(RuleResults.AMOUNT), status, zero, count.cast(RuleResults.AMOUNT),
                    array_compact(found), message)));
        }
        return instances;
    }

    private static Column outsideDomain(Column value, ColumnKind kind) {
        Column fractional = value.notEqual(floor(value));
        return switch (kind) {
            case COUNT -> value.lt(0).or(fractional);
            case SIGNED_COUNT -> fractional;
            case AMOUNT -> value.lt(0);
        };
    }

    /** F1: the format the year requires (a format code is its year of issue, so it compares as a number). */
    Instance compile(FormatYearRule rule) {
        Column required = lit(null).cast("string");
        for (ReportFormat candidate : FormatCatalog.standard().formats()) {
            required = when(col("year").between(candidate.firstYear(), candidate.lastYear()), lit(candidate.code()))
                    .otherwise(required);
        }
        Column known = col("format").isin(FormatCatalog.standard().formats().stream().map(ReportFormat::code).toArray());
        Column status = when(not(known), lit(RuleResults.NOT_EVALUABLE))
                .when(col("format").equalTo(required), lit(RuleResults.PASS)).otherwise(lit(RuleResults.FAIL));
        Column message = when(status.equalTo(RuleResults.FAIL), concat(lit("报告年度"), col("year").cast("string"),
                lit("应使用"), required, lit("年格式，实际为"), col("format"), lit("年格式")))
                .when(status.equalTo(RuleResults.NOT_EVALUABLE), lit("格式未能识别"));
        Column expected = required.cast(RuleResults.AMOUNT);
        Column actual = when(known, col("format")).cast(RuleResults.AMOUNT);
        Column result = RuleResults.of(rule.info(), lit("format"), status, expected, actual, status, expected, actual,
                array(lit("reports.format")), message);
        return Instance.of(rule.id(), "format", when(required.isNotNull(), result));
    }

    /** T1: days after the deadline of the publisher's kind; not evaluable without a publication date. */
    Instance compile(TimelinessRule rule) {
        Column government = col("scope").equalTo("aggregate")
                .or(coalesce(col("agency_name"), lit("")).rlike(rule.governmentNamePattern()));
        Column township = col("level").equalTo("township");
        // A township's government (镇人民政府) publishes by the townships' deadline, although its name is a government's.
        Column deadline = when(township, date(rule, "township"))
                .when(government, date(rule, "government")).otherwise(date(rule, "department"));
        Column daysLate = datediff(col("published_on"), deadline).cast(RuleResults.AMOUNT);
        Column status = when(col("published_on").isNull(), lit(RuleResults.NOT_EVALUABLE))
                .when(daysLate.gt(0), lit(RuleResults.FAIL)).otherwise(lit(RuleResults.PASS));
        Column zero = lit(BigDecimal.ZERO);
        Column message = when(status.equalTo(RuleResults.FAIL), concat(lit("公布日期 "),
                date_format(col("published_on"), "yyyy-MM-dd"), lit(" 晚于期限 "), date_format(deadline, "yyyy-MM-dd"),
                lit(" "), RuleResults.display(daysLate), lit(" 天")))
                .when(status.equalTo(RuleResults.NOT_EVALUABLE), lit("未能识别公布日期"));
        Column result = RuleResults.of(rule.info(), lit("published_on"), status, zero, daysLate, status, zero, daysLate,
                array(lit("reports.published_on")), message);
        return Instance.of(rule.id(), "published_on", when(col("year").geq(rule.fromYear()), result));
    }

    private static Column date(TimelinessRule rule, String publisher) {
        MonthDay day = rule.deadlines().get(publisher);
        return make_date(col("year").plus(1), lit(day.getMonthValue()), lit(day.getDayOfMonth()));
    }

    /** C1: every cell equal to the same agency's previous report, with enough non-zero cells to mean something. */
    Instance compile(CopyRule rule) {
        Column same = col(WideReports.PREVIOUS_FORMAT).equalTo(col("format"))
                .and(col(WideReports.PREVIOUS_FINGERPRINT).equalTo(col(WideReports.FINGERPRINT)))
                .and(col(WideReports.NONZERO_CELLS).geq(rule.minNonzeroCells()));
        Column status = when(same, lit(RuleResults.FAIL)).otherwise(lit(RuleResults.PASS));
        Column nonzero = col(WideReports.NONZERO_CELLS).cast(RuleResults.AMOUNT);
        Column message = when(same, concat(lit("表格与上年报告 "), col(WideReports.PREVIOUS_REPORT_ID),
                lit(" 逐格相同（"), col(WideReports.NONZERO_CELLS).cast("string"), lit(" 个非零单元格）")));
        Column result = RuleResults.of(rule.info(), lit("tables"), status, lit(null), nonzero, status, lit(null),
                nonzero, array(col(WideReports.PREVIOUS_REPORT_ID)), message);
        return Instance.of(rule.id(), "tables", when(col(WideReports.PREVIOUS_REPORT_ID).isNotNull(), result));
    }

    /**
     * X5: a positive cell (unpaid fees) requires the section to speak of fees; not evaluable where the cell is printed
     * but holds no number; only where the format has the cell.
     */
    List<Instance> compile(FeeDisclosureRule rule) {
        boolean hasCell = format.tables().stream().anyMatch(t -> t.code().equals(rule.cell().table()))
                && format.table(rule.cell().table()).row(rule.cell().row()).isPresent();
        if (!hasCell) {
            return List.of();
        }
        Operand cell = Operand.cell(format, rule.cell(), false);
        Column mentioned = coalesce(col(WideReports.section(rule.section())), lit("")).rlike(rule.pattern());
        Column status = when(cell.lenient().isNull(), lit(RuleResults.NOT_EVALUABLE))
                .when(mentioned, lit(RuleResults.PASS)).otherwise(lit(RuleResults.FAIL));
        Column one = lit(BigDecimal.ONE);
        Column actual = when(mentioned, one).otherwise(lit(BigDecimal.ZERO));
        Column message = when(status.equalTo(RuleResults.FAIL), concat(lit(CellLabels.of(format, rule.cell()) + " 为 "),
                RuleResults.display(cell.lenient()), lit("，但六、其他需要报告的事项未报告信息处理费")))
                .when(status.equalTo(RuleResults.NOT_EVALUABLE), RuleResults.notEvaluable(CellLabels.of(format,
                        rule.cell()), cell.problems(), lit(RuleResults.NOT_EVALUABLE), lit("")));
        Column result = RuleResults.of(rule.info(), lit(rule.section()), status, one, actual, status, one, actual,
                cell.cells(), message);
        Column applies = cell.lenient().gt(0).or(cell.lenient().isNull().and(CellColumns.printed(rule.cell(), false)));
        return List.of(Instance.of(rule.id(), rule.section(), when(applies, result)));
    }

    private static Column not(Column condition) {
        return org.apache.spark.sql.functions.not(condition);
    }
}
