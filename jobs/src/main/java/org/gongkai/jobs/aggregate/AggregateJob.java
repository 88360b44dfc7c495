package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.warehouse.GoldTables;
import org.gongkai.jobs.warehouse.RunIds;
import org.gongkai.jobs.warehouse.RunScratch;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * {@code gongkai aggregate}: the gold tables from pinned snapshots of the silver ones. Each gold table is created on
 * first use (registered in the catalog with its column comments) and its content replaced in one Delta commit, so
 * a rerun leaves the same rows and Delta history keeps the earlier runs. Intermediate frames are staged in a
 * scratch directory beside the warehouse, deleted at the end.
 */
public final class AggregateJob {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateJob.class);
    private static final List<TableDef> FROM_INGEST = List.of(Tables.REPORTS, Tables.CELLS);
    private static final List<TableDef> FROM_VALIDATE = List.of(Tables.REQUEST_OUTCOMES, Tables.REPORT_QUALITY,
            Tables.RULE_RESULTS);

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final String runId;

    public AggregateJob(SparkSession spark, Warehouse warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.runId = RunIds.next();
    }

    public AggregateSummary run() {
        Instant started = Instant.now();
        require(FROM_INGEST, "ingest (or generate --into-warehouse)");
        require(FROM_VALIDATE, "validate");
        SilverFrames silver = new SilverFrames(warehouse.snapshot(Tables.REPORTS), warehouse.snapshot(Tables.CELLS),
                warehouse.snapshot(Tables.REQUEST_OUTCOMES), warehouse.snapshot(Tables.REPORT_QUALITY),
                warehouse.snapshot(Tables.RULE_RESULTS), RegionNames.standard(spark));
        LOG.info("pinned the silver tables: {} s", Duration.between(started, Instant.now()).toSeconds());
        RunScratch scratch = new RunScratch(spark, warehouse.location(), "aggregate", runId);
        try {
            Aggregation.Staging staging = (rows, name) -> {
                Dataset<Row> staged = scratch.stage(rows, name);
                LOG.info("staged {}: {} s", name, Duration.between(started, Instant.now()).toSeconds());
                return staged;
            };
            GoldFrames gold = new Aggregation(runId, staging).aggregate(silver);
            Map<String, Long> written = new LinkedHashMap<>();
            for (Map.Entry<TableDef, Dataset<Row>> table : gold.byTable().entrySet()) {
                warehouse.ensure(table.getKey());
                written.put(table.getKey().name(), warehouse.replace(table.getKey(), table.getValue()));
                LOG.info("wrote {}: {} s", table.getKey().name(), Duration.between(started, Instant.now()).toSeconds());
            }
            List<Row> nation = warehouse.read(GoldTables.NATIONAL_SUMMARY).orderBy("year").collectAsList();
            return new AggregateSummary(runId, written, nation, unplaced(silver), Duration.between(started, Instant.now()));
        } finally {
            scratch.delete();
        }
    }

    private void require(List<TableDef> tables, String job) {
        for (TableDef table : tables) {
            if (!warehouse.exists(table)) {
                throw new IllegalArgumentException("no table " + warehouse.location().sqlName(table)
                        + " in the warehouse " + warehouse.location().root() + ": run " + job + " first");
            }
        }
    }

    /** Current reports the gold tables cannot place or judge: without a year; not seen by validate. */
    private static AggregateSummary.Unplaced unplaced(SilverFrames silver) {
        Dataset<Row> current = silver.reports().filter(col("is_current"));
        long withoutYear = current.filter(col("year").isNull()).count();
        long notValidated = current.join(silver.reportQuality().select("report_id"), new String[]{"report_id"},
                "left_anti").count();
        return new AggregateSummary.Unplaced(withoutYear, notValidated);
    }
}
