package org.gongkai.jobs.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gongkai.jobs.warehouse.ScalaValues;
import org.gongkai.jobs.warehouse.Tables;

import java.util.List;
import java.util.Optional;

/**
 * One ingest result as a Spark row: the raw input, how it ended (report or quarantine), and the report's
 * {@code reports} row and {@code cells} rows, ready to be selected into their tables.
 */
public final class ParsedRows {

    public static final StructType SCHEMA = new StructType()
            .add("uri", DataTypes.StringType, false)
            .add("sha256", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("size", DataTypes.LongType, false)
            .add("modified_at", DataTypes.TimestampType, true)
            .add("bytes", DataTypes.BinaryType, true)
            .add("outcome", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true)
            .add("report", Tables.REPORTS.schema(), true)
            .add("cells", new ArrayType(Tables.CELLS.schema(), false), false);

    public static final String REPORT = "report";
    public static final String QUARANTINE = "quarantine";

    private ParsedRows() {
    }

    public static Row toRow(IngestResult result, String runId, String parserVersion) {
        IngestInput input = result.input();
        if (result.isReport()) {
            Optional<String> unfit = ReportRows.valueThatDoesNotFit(result.report().report());
            if (unfit.isPresent()) {
                return toRow(IngestResult.quarantined(input, result.sha256(), result.kind(),
                        QuarantineReason.VALUE_OUT_OF_RANGE, unfit.get()), runId, parserVersion);
            }
        }
        // Not current yet: the writer decides among the report's versions, stored and new.
        Row report = result.isReport() ? ReportRows.report(result.report(), input.uri(), false, runId, parserVersion) : null;
        List<Row> cells = result.isReport() ? ReportRows.cells(result.report().report()) : List.of();
        return RowFactory.create(input.uri(), result.sha256(), result.kind(), input.size(),
                ReportRows.timestamp(input.modifiedAt()), input.bytes(), result.isReport() ? REPORT : QUARANTINE,
                result.isReport() ? null : result.reason().code(), result.message(), report, ScalaValues.seq(cells));
    }
}
