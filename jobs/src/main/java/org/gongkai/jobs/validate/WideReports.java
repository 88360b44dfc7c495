package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.gongkai.region.AgencyKey;
import org.gongkai.region.RegionRegistry;
import org.gongkai.rules.CellRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_repeat;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

/**
 * One wide row per current report: its metadata, the sections the rules read, its cells (CellColumns) and the cells
 * the cross-year rules read from the same agency's previous report (one self-join on agency and year − 1).
 * Within-report rules are then projections of this row, with no further shuffle.
 */
final class WideReports {

    static final String AGENCY_KEY = "agency_key";
    /** The same agency across years, whatever region prefix its name was printed with (AgencyKey). */
    static final UserDefinedFunction AGENCY = udf(
            (UDF2<String, String, String>) (region, name) -> new AgencyKey(RegionRegistry.standard()).of(region, name),
            DataTypes.StringType);
    static final String PREVIOUS_REPORT_ID = "p_report_id";
    static final String PREVIOUS_FORMAT = "p_format";
    static final String PREVIOUS_FINGERPRINT = "p_" + CellPivot.FINGERPRINT;

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
     * @param pivotedCells   the cells pivoted by report ({@link CellPivot#pivot})
     */
    static Dataset<Row> build(Dataset<Row> currentReports, Dataset<Row> pivotedCells) {
        Dataset<Row> wide = withoutGaps(currentReports.join(pivotedCells, new String[]{"report_id"}, "left"))
                .withColumn(RuleCompiler.FORMAT_KEY, RuleCompiler.formatKey());
        return wide.join(previousYear(wide), new String[]{AGENCY_KEY, "year"}, "left");
    }

    /** The current version of each report, with its agency key and the sections the rules read. */
    static Dataset<Row> currentReports(Dataset<Row> reports, Collection<String> sections) {
        List<Column> columns = new ArrayList<>(REPORT_COLUMNS.stream().map(c -> col(c)).toList());
        columns.add(AGENCY.apply(col("region_code"), col("agency_name")).as(AGENCY_KEY));
        sections.forEach(s -> columns.add(col("sections").getItem(s).as(section(s))));
        return reports.filter(col("is_current")).select(columns.toArray(Column[]::new));
    }

    /** A report without cells (an unknown format) gets every cell absent, so that the rules read a full row. */
    private static Dataset<Row> withoutGaps(Dataset<Row> wide) {
        int cells = CellColumns.allCells().size();
        Column none = array_repeat(lit(null).cast("bigint"), cells);
        return wide.withColumn(CellColumns.STATES, coalesce(col(CellColumns.STATES),
                        lit(String.valueOf(CellColumns.ABSENT).repeat(cells))))
                .withColumn(CellColumns.STRICT, coalesce(col(CellColumns.STRICT), none))
                .withColumn(CellColumns.LENIENT, coalesce(col(CellColumns.LENIENT), none))
                .withColumn(CellPivot.NONZERO_CELLS, coalesce(col(CellPivot.NONZERO_CELLS), lit(0)))
                .withColumn(CellPivot.FINGERPRINT, coalesce(col(CellPivot.FINGERPRINT), lit(0L)));
    }

    /**
     * Each report as the next year's report sees it: keyed by agency and year + 1, with the cells it needs. Where an
     * agency has two current reports in a year (its name printed two ways), the one with the greatest id stands.
     */
    private static Dataset<Row> previousYear(Dataset<Row> wide) {
        List<CellRef> kept = CellColumns.previousCells();
        List<Column> states = new ArrayList<>();
        List<Column> strict = new ArrayList<>();
        List<Column> lenient = new ArrayList<>();
        for (CellRef cell : kept) {
            states.add(CellColumns.state(cell, false));
            strict.add(CellColumns.strict(cell, false));
            lenient.add(CellColumns.lenient(cell, false));
        }
        Column previous = struct(col("report_id").as(PREVIOUS_REPORT_ID), col("format").as(PREVIOUS_FORMAT),
                col(CellPivot.FINGERPRINT).as(PREVIOUS_FINGERPRINT),
                (kept.isEmpty() ? lit("") : concat(states.toArray(Column[]::new))).as(CellColumns.PREVIOUS + CellColumns.STATES),
                array(strict.toArray(Column[]::new)).cast("array<bigint>").as(CellColumns.PREVIOUS + CellColumns.STRICT),
                array(lenient.toArray(Column[]::new)).cast("array<bigint>").as(CellColumns.PREVIOUS + CellColumns.LENIENT));
        return wide.filter(col(AGENCY_KEY).isNotNull())
                .groupBy(col(AGENCY_KEY), col("year").plus(1).as("year"))
                .agg(max_by(previous, col("report_id")).as("previous"))
                .select(col(AGENCY_KEY), col("year"), col("previous.*"));
    }
}
