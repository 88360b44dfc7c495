package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gongkai.jobs.warehouse.GoldTables;
import org.gongkai.jobs.warehouse.TableDef;

import java.util.Arrays;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The aggregate transform: the silver tables in, every gold table out (DataFrames only, no I/O). Only current own
 * reports not dropped by a rule are summed bottom-up; region-wide aggregate reports are reconciled against those
 * sums, never added to them; the quality tables count every current report. Frames used by several tables (the
 * report dimensions, the per-report figures, gold_rates) go through {@link Staging}, which the job points at a
 * scratch directory so that each is computed once.
 */
public final class Aggregation {

    /** Materializes a frame that several outputs read; a test may return it as it is. */
    @FunctionalInterface
    public interface Staging {
        Dataset<Row> stage(Dataset<Row> rows, String name);
    }

    private final String runId;
    private final Staging staging;

    public Aggregation(String runId, Staging staging) {
        this.runId = runId;
        this.staging = staging;
    }

    public GoldFrames aggregate(SilverFrames silver) {
        RegionRollup rollup = new RegionRollup(silver.regionNames());
        Dataset<Row> dimensions = staging.stage(ReportDimensions.of(silver.reports(), silver.reportQuality()),
                "dimensions");
        Dataset<Row> summed = ReportDimensions.summed(dimensions);
        Dataset<Row> current = dimensions.select("report_id");
        Dataset<Row> figures = staging.stage(ReportFigures.of(silver.cells().join(current, "report_id")), "figures");
        Dataset<Row> rates = staging.stage(RateAggregation.of(rollup, summed, figures), "rates");
        Dataset<Row> reportQuality = QualityAggregation.reports(rollup, dimensions);
        return new GoldFrames(
                shape(GoldTables.REQUEST_OUTCOMES, OutcomeAggregation.of(rollup, summed, silver.requestOutcomes())),
                shape(GoldTables.RATES, rates),
                shape(GoldTables.PROACTIVE, ProactiveAggregation.of(rollup, summed, silver.cells())),
                shape(GoldTables.RULE_QUALITY, QualityAggregation.rules(rollup, dimensions, silver.ruleResults())),
                shape(GoldTables.REPORT_QUALITY, reportQuality),
                shape(GoldTables.RECONCILIATION, Reconciliation.of(rollup, dimensions, figures, rates)),
                shape(GoldTables.NATIONAL_SUMMARY, NationalSummary.of(dimensions, rates, reportQuality)),
                shape(GoldTables.YEAR_OVER_YEAR, YearOverYear.of(rates)));
    }

    /** The table's columns in its order and types, with their comments, and this run's id. */
    private Dataset<Row> shape(TableDef table, Dataset<Row> rows) {
        Dataset<Row> withRun = rows.withColumn("run_id", lit(runId));
        Column[] columns = Arrays.stream(table.schema().fields())
                .map(f -> col(f.name()).cast(f.dataType()).as(f.name(), f.metadata())).toArray(Column[]::new);
        return withRun.select(columns);
    }
}
