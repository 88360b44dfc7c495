package org.gongkai.jobs.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.gongkai.jobs.warehouse.ScalaValues;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.parse.ReportParser;
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
 * A landed report as its {@code reports} row and {@code cells} rows (the schemas of {@link Tables}): the one
 * place those rows are built, whether the report was parsed by ingest or written by the generator.
 */
public final class ReportRows {

    private static final BigDecimal LARGEST_VALUE = BigDecimal.TEN.pow(Tables.VALUE.precision() - Tables.VALUE.scale());

    private ReportRows() {
    }

    /**
     * @param inputUri the raw input it was read from (its source URI when the report names none)
     * @param current  whether it is the current version of its report_key
     */
    public static Row report(IngestedReport ingested, String inputUri, boolean current, String runId,
                             String parserVersion) {
        NormalizedReport report = ingested.report();
        Map<String, String> regions = ingested.regions();
        boolean complete = report.cells().stream()
                .noneMatch(c -> c.state() == CellState.MISSING || c.state() == CellState.AMBIGUOUS);
        List<Row> notices = report.notices().stream().map(n -> RowFactory.create(n.code(), n.message())).toList();
        return RowFactory.create(report.reportId(), ingested.reportKey(), current, report.year(), report.format(),
                report.title(), report.agency().name(), report.agency().level(), report.agency().scope(),
                report.agency().regionCode(), regions.get("province"), regions.get("prefecture"),
                regions.get("county"), regions.get("township"), date(report.publishedOn()),
                Objects.requireNonNullElse(report.source().uri(), inputUri), report.source().sha256(),
                ingested.sourceKind(), inputUri, timestamp(ingested.observedAt()), ingested.sourceUrl(),
                report.source().layout(), report.source().encoding(), ScalaValues.map(ingested.metadataOrigin()),
                complete ? "complete" : "incomplete", ScalaValues.seq(notices),
                ScalaValues.map(report.sections() == null ? Map.of() : report.sections()), parserVersion, runId);
    }

    public static List<Row> cells(NormalizedReport report) {
        List<Row> rows = new ArrayList<>(report.cells().size());
        for (Cell cell : report.cells()) {
            rows.add(RowFactory.create(report.reportId(), report.year(), cell.table(), cell.row(), cell.column(),
                    cell.state().code(), cell.value(), cell.unit(), cell.raw(),
                    ScalaValues.seq(cell.candidates())));
        }
        return rows;
    }

    /** The cells table stores decimal(24,6): a value that does not fit is refused, never rounded. */
    public static Optional<String> valueThatDoesNotFit(NormalizedReport report) {
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

    /** The version of the code that reads reports: the jar's, or "dev" when run from classes. */
    public static String parserVersion() {
        return Objects.requireNonNullElse(ReportParser.class.getPackage().getImplementationVersion(), "dev");
    }

    static Timestamp timestamp(Instant instant) {
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
