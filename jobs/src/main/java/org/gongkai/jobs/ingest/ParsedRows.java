package org.gongkai.jobs.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gongkai.jobs.warehouse.ScalaValues;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    private static final BigDecimal LARGEST_VALUE = BigDecimal.TEN.pow(Tables.VALUE.precision() - Tables.VALUE.scale());

    private ParsedRows() {
    }

    public static Row toRow(IngestResult result, String runId, String parserVersion) {
        IngestInput input = result.input();
        if (result.isReport()) {
            Optional<String> unfit = valueThatDoesNotFit(result.report().report());
            if (unfit.isPresent()) {
                return toRow(IngestResult.quarantined(input, result.sha256(), result.kind(),
                        QuarantineReason.VALUE_OUT_OF_RANGE, unfit.get()), runId, parserVersion);
            }
        }
        Row report = result.isReport() ? reportRow(result, runId, parserVersion) : null;
        List<Row> cells = result.isReport() ? cellRows(result.report().report()) : List.of();
        return RowFactory.create(input.uri(), result.sha256(), result.kind(), input.size(), timestamp(input.modifiedAt()),
                input.bytes(), result.isReport() ? REPORT : QUARANTINE,
                result.isReport() ? null : result.reason().code(), result.message(), report, ScalaValues.seq(cells));
    }

    private static Row reportRow(IngestResult result, String runId, String parserVersion) {
        IngestedReport ingested = result.report();
        NormalizedReport report = ingested.report();
        Map<String, String> regions = ingested.regions();
        boolean complete = report.cells().stream()
                .noneMatch(c -> c.state() == CellState.MISSING || c.state() == CellState.AMBIGUOUS);
        List<Row> notices = report.notices().stream().map(n -> RowFactory.create(n.code(), n.message())).toList();
        return RowFactory.create(report.reportId(), ingested.reportKey(), false, report.year(), report.format(),
                report.title(), report.agency().name(), report.agency().level(), report.agency().scope(),
                report.agency().regionCode(), regions.get("province"), regions.get("prefecture"),
                regions.get("county"), regions.get("township"), date(report.publishedOn()),
                Objects.requireNonNullElse(report.source().uri(), result.input().uri()), report.source().sha256(),
                ingested.sourceKind(), result.input().uri(), timestamp(ingested.observedAt()), ingested.sourceUrl(),
                report.source().layout(), report.source().encoding(), ScalaValues.map(ingested.metadataOrigin()),
                complete ? "complete" : "incomplete", ScalaValues.seq(notices),
                ScalaValues.map(report.sections() == null ? Map.of() : report.sections()), parserVersion, runId);
    }

    private static List<Row> cellRows(NormalizedReport report) {
        List<Row> rows = new ArrayList<>(report.cells().size());
        for (Cell cell : report.cells()) {
            rows.add(RowFactory.create(report.reportId(), report.year(), cell.table(), cell.row(), cell.column(),
                    cell.state().code(), cell.value(), cell.unit(), cell.raw(),
                    ScalaValues.seq(cell.candidates())));
        }
        return rows;
    }

    /** The cells table stores decimal(24,6): a value that does not fit is refused, never rounded. */
    private static Optional<String> valueThatDoesNotFit(NormalizedReport report) {
        for (Cell cell : report.cells()) {
            List<BigDecimal> values = new ArrayList<>();
            if (cell.value() != null) {
                values.add(cell.value());
            }
            cell.candidates().forEach(reading -> reading.stream().filter(Objects::nonNull).forEach(values::add));
            for (BigDecimal value : values) {
                if (value.abs().compareTo(LARGEST_VALUE) >= 0 || value.stripTrailingZeros().scale() > Tables.VALUE.scale()) {
                    return Optional.of("table " + cell.table() + ", row " + cell.row() + ", column " + cell.column()
                            + ": the value " + value.toPlainString() + " does not fit decimal(" + Tables.VALUE.precision()
                            + "," + Tables.VALUE.scale() + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Date date(String isoDate) {
        try {
            return isoDate == null ? null : Date.valueOf(LocalDate.parse(isoDate));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
