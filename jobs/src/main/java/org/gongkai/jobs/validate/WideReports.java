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

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
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
    private static final UserDefinedFunction AGENCY = udf(
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
        Dataset<Row> wide = withCells(currentReports, pivot(cells));
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

    /** Cells to one row per report: a value and a state-code column per cell (Spark's pivot, one aggregation). */
    private static Dataset<Row> pivot(Dataset<Row> cells) {
        List<CellRef> all = CellColumns.allCells();
        Column stateCode = lit(null).cast("tinyint");
        for (CellState state : CellState.values()) {
            stateCode = when(col("state").equalTo(state.code()), lit(CellColumns.code(state))).otherwise(stateCode);
        }
        Dataset<Row> pivoted = cells
                .select(col("report_id"), concat_ws("__", col("table"), col("row"), col("col")).as("cell"),
                        col("value"), stateCode.as("state_code"))
                .groupBy("report_id")
                .pivot("cell", all.stream().map(c -> (Object) CellColumns.key(c)).toList())
                .agg(first("value").as("v"), first("state_code").as("s"));
        List<Column> renamed = new ArrayList<>(List.of(col("report_id")));
        for (CellRef cell : all) {
            renamed.add(col(CellColumns.key(cell) + "_v").as(CellColumns.valueName(cell)));
            renamed.add(col(CellColumns.key(cell) + "_s").as(CellColumns.stateName(cell)));
        }
        return pivoted.select(renamed.toArray(Column[]::new));
    }

    /** The cells joined to their report, with a fingerprint of all of them and the count of non-zero ones. */
    private static Dataset<Row> withCells(Dataset<Row> reports, Dataset<Row> cells) {
        List<CellRef> all = CellColumns.allCells();
        List<Column> fingerprinted = new ArrayList<>(List.of(col("format")));
        List<Column> values = new ArrayList<>();
        for (CellRef cell : all) {
            fingerprinted.add(col(CellColumns.valueName(cell)));
            fingerprinted.add(col(CellColumns.stateName(cell)));
            values.add(col(CellColumns.valueName(cell)));
        }
        return reports.join(cells, new String[]{"report_id"}, "left")
                .withColumn(FINGERPRINT, xxhash64(fingerprinted.toArray(Column[]::new)))
                .withColumn(NONZERO_CELLS, size(filter(array(values.toArray(Column[]::new)),
                        v -> v.isNotNull().and(v.notEqual(0)))));
    }
}
