package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.report.CellState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The headline figures of each report, read from its cells once (one aggregation by report) for gold_rates and
 * gold_reconciliation.
 *
 * <p>Table 三: each row is its 总计 cell where that holds a number, else the sum of its applicant cells (a printed
 * total stays what it is, even when its parts disagree). A cell summed that holds no number (blank, placeholder,
 * missing, ambiguous, or a count that is not whole) is read as 0 and counted in {@code cells_unread}. The outcome
 * rows are those of the catalog's outcome groups; 2021's three （六） sub-rows give way to （六） where a report printed
 * it as one row, as in request_outcomes. {@code handled} is the sum of the outcome groups.
 *
 * <p>Table 四: each of 行政复议, 未经复议直接起诉, 复议后起诉 is its 总计 where printed as a number, else the sum of its
 * four result columns; concluded = 维持 + 纠正 + 其他结果.
 */
final class ReportFigures {

    static final String REQUESTS = "requests";
    static final String APPEALS = "appeals";
    static final String TOTAL = "total";
    static final List<String> VOLUMES = List.of("new_received", "carried_over", "carried_forward");
    static final List<String> APPEAL_PARTS = List.of("upheld", "corrected", "other_result", "pending");
    static final List<String> CONCLUDED = List.of("upheld", "corrected", "other_result");
    static final String REVIEW = "review";
    /** 行政诉讼: 未经复议直接起诉 and 复议后起诉. */
    static final List<String> LAWSUITS = List.of("litigation_direct", "litigation_after_review");
    static final List<String> APPEAL_ROWS = List.of(REVIEW, LAWSUITS.get(0), LAWSUITS.get(1));

    /** Every figure, in the order gold_rates lists them. */
    static final List<String> MEASURES = List.of("new_received", "carried_over", "handled", "granted",
            "partially_granted", "denied", "unable", "rejected", "other", "carried_forward", "reviews",
            "reviews_concluded", "reviews_corrected", "lawsuits", "lawsuits_concluded", "lawsuits_corrected",
            "cells_unread");

    private static final FormatCatalog CATALOG = FormatCatalog.standard();

    private ReportFigures() {
    }

    /** report_id and {@link #MEASURES} (longs, never null) for every report that has cells of table 三 or 四. */
    static Dataset<Row> of(Dataset<Row> cells) {
        List<String> applicants = CATALOG.applicantClasses().values().stream().flatMap(List::stream).toList();
        List<String> rows = new ArrayList<>(VOLUMES);
        CATALOG.outcomeGroups().values().forEach(rows::addAll);
        Column read = col("state").equalTo(CellState.NUMBER.code()).and(col("value").equalTo(floor(col("value"))));
        Column requests = col("table").equalTo(REQUESTS);
        Column appeals = col("table").equalTo(APPEALS);

        List<Column> aggregates = new ArrayList<>();
        for (String row : rows) {
            Column inRow = requests.and(col("row").equalTo(row));
            Column applicant = inRow.and(col("col").isin(applicants.toArray()));
            aggregates.add(max(when(inRow.and(col("col").equalTo(TOTAL)).and(read), col("value"))).as(total(row)));
            aggregates.add(sum(when(applicant.and(read), col("value"))).as(applicantSum(row)));
            aggregates.add(sum(when(applicant.and(not(read)), 1L)).as(unread(row)));
        }
        for (String replacing : new java.util.LinkedHashSet<>(replacedBy().values())) {
            Column inRow = requests.and(col("row").equalTo(replacing));
            aggregates.add(max(when(inRow.and(col("state").notEqual(CellState.MISSING.code())), true)).as(printed(replacing)));
        }
        for (String row : APPEAL_ROWS) {
            for (String column : concat(APPEAL_PARTS, TOTAL)) {
                Column cell = appeals.and(col("row").equalTo(row)).and(col("col").equalTo(column));
                aggregates.add(max(when(cell.and(read), col("value"))).as(total(row + "_" + column)));
                aggregates.add(max(when(cell.and(not(read)), 1L)).as(unread(row + "_" + column)));
            }
        }
        Dataset<Row> wide = cells.filter(requests.or(appeals))
                .groupBy("report_id").agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
        return wide.select(figures().toArray(Column[]::new));
    }

    private static List<Column> figures() {
        Map<String, Column> values = new LinkedHashMap<>();
        Column unreadCells = lit(0L);
        for (String volume : VOLUMES) {
            values.put(volume, rowValue(volume));
            unreadCells = unreadCells.plus(rowUnread(volume));
        }
        Map<String, String> replacedBy = replacedBy();
        Column handled = lit(0L);
        for (Map.Entry<String, List<String>> group : CATALOG.outcomeGroups().entrySet()) {
            Column value = lit(0L);
            for (String row : group.getValue()) {
                Column counted = replacedBy.containsKey(row) ? col(printed(replacedBy.get(row))).isNull() : lit(true);
                value = value.plus(when(counted, rowValue(row)).otherwise(0L));
                unreadCells = unreadCells.plus(when(counted, rowUnread(row)).otherwise(0L));
            }
            values.put(group.getKey(), value);
            handled = handled.plus(value);
        }
        values.put("handled", handled);
        for (String row : APPEAL_ROWS) {
            unreadCells = unreadCells.plus(unreadOf(row, CONCLUDED))
                    .plus(when(col(total(row + "_" + TOTAL)).isNull(), unreadOf(row, List.of("pending"))).otherwise(0L));
        }
        values.put("reviews", appealTotal(REVIEW));
        values.put("reviews_concluded", sumOf(REVIEW, CONCLUDED));
        values.put("reviews_corrected", sumOf(REVIEW, List.of("corrected")));
        values.put("lawsuits", appealTotal(LAWSUITS.get(0)).plus(appealTotal(LAWSUITS.get(1))));
        values.put("lawsuits_concluded", sumOf(LAWSUITS.get(0), CONCLUDED).plus(sumOf(LAWSUITS.get(1), CONCLUDED)));
        values.put("lawsuits_corrected", sumOf(LAWSUITS.get(0), List.of("corrected"))
                .plus(sumOf(LAWSUITS.get(1), List.of("corrected"))));
        values.put("cells_unread", unreadCells);
        List<Column> columns = new ArrayList<>();
        columns.add(col("report_id"));
        MEASURES.forEach(m -> columns.add(values.get(m).cast("bigint").as(m)));
        return columns;
    }

    /** The appeal row's 总计 where printed as a number, else the sum of its four result columns. */
    private static Column appealTotal(String row) {
        return coalesce(col(total(row + "_" + TOTAL)).cast("bigint"), sumOf(row, APPEAL_PARTS));
    }

    /** The row's 总计 where printed as a number, else the sum of its applicant cells. */
    private static Column rowValue(String row) {
        return coalesce(col(total(row)), col(applicantSum(row)), lit(0)).cast("bigint");
    }

    /** The applicant cells without a number, where they were summed (the 总计 held none). */
    private static Column rowUnread(String row) {
        return when(col(total(row)).isNull(), coalesce(col(unread(row)), lit(0L))).otherwise(0L);
    }

    private static Column sumOf(String row, List<String> columns) {
        Column sum = lit(0L);
        for (String column : columns) {
            sum = sum.plus(coalesce(col(total(row + "_" + column)), lit(0)).cast("bigint"));
        }
        return sum;
    }

    private static Column unreadOf(String row, List<String> columns) {
        Column count = lit(0L);
        for (String column : columns) {
            count = count.plus(coalesce(col(unread(row + "_" + column)), lit(0L)));
        }
        return count;
    }

    /** Rows that give way to a row printed in their place (2021's （六） sub-rows → other_handling). */
    private static Map<String, String> replacedBy() {
        Map<String, String> replaced = new LinkedHashMap<>();
        for (ReportFormat format : CATALOG.formats()) {
            for (RowSpec row : format.table(REQUESTS).rows()) {
                if (row.onlyWhenPrinted()) {
                    row.replaces().forEach(r -> replaced.put(r, row.code()));
                }
            }
        }
        return replaced;
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    private static String total(String key) {
        return "_total_" + key;
    }

    private static String applicantSum(String row) {
        return "_applicants_" + row;
    }

    private static String unread(String key) {
        return "_unread_" + key;
    }

    private static String printed(String row) {
        return "_printed_" + row;
    }
}
