package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.gongkai.region.AgencyKey;
import org.gongkai.region.RegionRegistry;
import org.gongkai.report.CellState;
import org.gongkai.rules.CellRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * One wide row per current report: its metadata, the sections the rules read, every cell as a value and a state
 * column, and the cells of the same agency's previous report (one self-join on agency and year − 1). Within-report
 * rules are then projections of this row, with no further shuffle.
 */
final class WideReports {

    static final String AGENCY_KEY = "agency_key";
    /** The same agency across years, whatever region prefix its name was printed with (AgencyKey). */
    static final UserDefinedFunction AGENCY = udf(
            (UDF2<String, String, String>) (region, name) -> new AgencyKey(RegionRegistry.standard()).of(region, name),
            DataTypes.StringType);
    static final String PREVIOUS_REPORT_ID = "p_report_id";
    static final String PREVIOUS_FORMAT = "p_format";
    static final String FINGERPRINT = "fingerprint";
    static final String PREVIOUS_FINGERPRINT = "p_fingerprint";
    static final String NONZERO_CELLS = "nonzero_cells";

    static final List<String> REPORT_COLUMNS = List.of("report_id", "report_key", "year", "format", "agency_name",
            "level", "scope", "region_code", "province_code", "prefecture_code", "county_code", "township_code",
            "published_on");

    private WideReports() {
    }

    static String section(String name) {
        return "section_" + name;
    }

    /**
     * @param currentReports {@link #currentReports}, with any per-report columns the rules need joined on
     * @param previousCells  the cells the cross-year rules read from the previous report
     */
    static Dataset<Row> build(Dataset<Row> currentReports, Dataset<Row> cells, Collection<CellRef> previousCells) {
        Dataset<Row> wide = withCells(currentReports, CellPivot.pivot(cells));
        List<Column> previous = new ArrayList<>(List.of(col(AGENCY_KEY), col("year").plus(1).as("year"),
                col("report_id").as(PREVIOUS_REPORT_ID), col("format").as(PREVIOUS_FORMAT),
                col(FINGERPRINT).as(PREVIOUS_FINGERPRINT)));
        for (CellRef cell : previousCells) {
            previous.add(col(CellColumns.valueName(cell)).as(CellColumns.PREVIOUS + CellColumns.valueName(cell)));
            previous.add(col(CellColumns.stateName(cell)).as(CellColumns.PREVIOUS + CellColumns.stateName(cell)));
        }
        return wide.join(wide.select(previous.toArray(Column[]::new)), new String[]{AGENCY_KEY, "year"}, "left");
    }

    /** The current version of each report, with its agency key and the sections the rules read. */
    static Dataset<Row> currentReports(Dataset<Row> reports, Collection<String> sections) {
        List<Column> columns = new ArrayList<>(REPORT_COLUMNS.stream().map(c -> col(c)).toList());
        columns.add(AGENCY.apply(col("region_code"), col("agency_name")).as(AGENCY_KEY));
        sections.forEach(s -> columns.add(col("sections").getItem(s).as(section(s))));
        return reports.filter(col("is_current")).select(columns.toArray(Column[]::new));
    }

    /**
     * A cell's value as the copy check compares it: blank, placeholder and missing as 0, so that a copy printed with
     * zeros left blank one year and written the next still matches; an ambiguous cell stays apart (null).
     */
    private static Column leniently(CellRef cell) {
        Column state = CellColumns.state(cell, false);
        return when(state.equalTo(CellColumns.code(CellState.NUMBER)), CellColumns.value(cell, false))
                .when(state.equalTo(CellColumns.code(CellState.AMBIGUOUS)), lit(null))
                .otherwise(lit(0));
    }

    /** The cells joined to their report, with a fingerprint of all of them (leniently) and the count of non-zero ones. */
    private static Dataset<Row> withCells(Dataset<Row> reports, Dataset<Row> cells) {
        List<CellRef> all = CellColumns.allCells();
        List<Column> fingerprinted = new ArrayList<>(List.of(col("format")));
        Column nonzero = lit(0);
        for (CellRef cell : all) {
            fingerprinted.add(leniently(cell));
            nonzero = nonzero.plus(when(col(CellColumns.valueName(cell)).notEqual(0), 1).otherwise(0));
        }
        return reports.join(cells, new String[]{"report_id"}, "left")
                .withColumn(FINGERPRINT, xxhash64(fingerprinted.toArray(Column[]::new)))
                .withColumn(NONZERO_CELLS, nonzero);
    }
}
