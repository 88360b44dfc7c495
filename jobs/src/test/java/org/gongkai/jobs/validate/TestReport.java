package org.gongkai.jobs.validate;

import org.gongkai.render.RandomReports;
import org.gongkai.report.Agency;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A report written for a rule test: a correct random report (every identity holds) of one agency and year, then
 * changed cell by cell. The overview is short and unique unless a test sets it, so texts are not near duplicates.
 */
final class TestReport {

    String agency;
    String regionCode = "110101";
    String level = "county";
    String scope = "own";
    int year;
    String format;
    String publishedOn;
    final List<Cell> cells;
    final Map<String, String> sections = new LinkedHashMap<>();

    private TestReport(String agency, String format, int year) {
        this.agency = agency;
        this.format = format;
        this.year = year;
        this.publishedOn = (year + 1) + "-01-20";
        this.cells = new ArrayList<>(RandomReports.report(new Random((agency + year).hashCode()), format, year).cells());
        sections.put("overview", agency + year + "年总体情况。");
        sections.put("other_matters", "无其他需要报告的事项。");
    }

    static TestReport of(String agency, String format, int year) {
        return new TestReport(agency, format, year);
    }

    String reportKey() {
        return year + "-" + regionCode + "-" + agency;
    }

    String reportId() {
        return reportKey() + "-test";
    }

    BigDecimal value(String table, String row, String column) {
        return cell(table, row, column).value();
    }

    TestReport set(String table, String row, String column, long value) {
        return replace(table, row, column, CellState.NUMBER, BigDecimal.valueOf(value), List.of());
    }

    TestReport add(String table, String row, String column, long delta) {
        return set(table, row, column, value(table, row, column).longValueExact() + delta);
    }

    /** The cell becomes blank, a placeholder or missing (no value). */
    TestReport state(String table, String row, String column, CellState state) {
        return replace(table, row, column, state, null, List.of());
    }

    TestReport ambiguous(String table, String row, String column) {
        return replace(table, row, column, CellState.AMBIGUOUS, null,
                List.of(List.of(BigDecimal.ONE), List.of(BigDecimal.TEN)));
    }

    /** Adds a cell the format prints only sometimes (2021's （六） as one row). */
    TestReport print(String table, String row, String column, long value) {
        cells.add(new Cell(table, row, column, CellState.NUMBER, BigDecimal.valueOf(value), null, String.valueOf(value),
                List.of()));
        return this;
    }

    TestReport section(String name, String text) {
        sections.put(name, text);
        return this;
    }

    TestReport publishedOn(String date) {
        publishedOn = date;
        return this;
    }

    TestReport format(String code) {
        format = code;
        return this;
    }

    TestReport agency(String name, String region, String atLevel, String ofScope) {
        agency = name;
        regionCode = region;
        level = atLevel;
        scope = ofScope;
        return this;
    }

    /** The cells of another report (a copy). */
    TestReport cellsOf(TestReport other) {
        cells.clear();
        cells.addAll(other.cells);
        return this;
    }

    NormalizedReport normalized() {
        return new NormalizedReport(reportId(), null, null, new Agency(agency, regionCode, level, scope), year, publishedOn,
                format, List.copyOf(cells), Map.copyOf(sections), List.of());
    }

    private Cell cell(String table, String row, String column) {
        return cells.stream().filter(c -> c.table().equals(table) && c.row().equals(row) && c.column().equals(column))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no cell " + table + "." + row + "." + column));
    }

    private TestReport replace(String table, String row, String column, CellState state, BigDecimal value,
                               List<List<BigDecimal>> candidates) {
        Cell old = cell(table, row, column);
        cells.set(cells.indexOf(old), new Cell(table, row, column, state, value, null,
                value == null ? "" : value.toPlainString(), candidates));
        return this;
    }
}
