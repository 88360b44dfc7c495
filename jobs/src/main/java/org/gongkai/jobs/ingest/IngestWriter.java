package org.gongkai.jobs.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Timestamp;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

/**
 * Lands a run's parsed inputs in the tables with Delta MERGEs on each table's key, so that writing the
 * same rows twice changes nothing. The order makes a killed run safe to repeat: cells, reports and
 * quarantine first, raw_files last, because a raw_files row is what lets the next run skip an input.
 */
public final class IngestWriter {

    private static final Logger LOG = LoggerFactory.getLogger(IngestWriter.class);

    private final Warehouse warehouse;

    public IngestWriter(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * @param parsed          this run's {@link ParsedRows}, duplicates marked
     * @param existingReports the reports table as it was when the run started
     */
    public void write(Dataset<Row> parsed, Dataset<Row> existingReports, String runId, Timestamp now) {
        Dataset<Row> reports = parsed.filter(col("outcome").equalTo(ParsedRows.REPORT));
        insertNew(Tables.CELLS, reports.select(explode(col("cells")).as("cell")).select("cell.*"));
        Dataset<Row> reportRows = reports.select("report.*");
        Dataset<Row> versions = currentVersions(reportRows, existingReports).persist();
        insertNew(Tables.REPORTS, reportRows.drop("is_current")
                .join(versions.select("report_id", "current"), "report_id")
                .withColumnRenamed("current", "is_current"));
        supersede(versions.filter(col("was_current").isNotNull().and(col("was_current").notEqual(col("current")))));
        versions.unpersist();
        insertNew(Tables.QUARANTINE, parsed.filter(col("outcome").equalTo(ParsedRows.QUARANTINE))
                .select(col("uri"), col("sha256"), col("kind"), col("reason"), col("message"),
                        lit(runId).as("run_id"), lit(now).as("quarantined_at")));
        insertNew(Tables.RAW_FILES, parsed.select(col("uri"), col("sha256"), col("kind"), col("size"),
                col("modified_at"), col("bytes"), col("outcome"),
                when(col("outcome").equalTo(ParsedRows.REPORT), col("report.report_id")).as("report_id"),
                lit(runId).as("first_seen_run"), lit(now).as("first_seen_at")));
    }

    /**
     * Inserts the rows whose key is not in the table yet; rows already there are left as they are. Into an
     * empty table that is a plain append (a MERGE costs a join for nothing there).
     */
    private void insertNew(TableDef table, Dataset<Row> rows) {
        long start = System.nanoTime();
        if (warehouse.isEmpty(table)) {
            warehouse.append(table, rows);
        } else {
            String matches = table.keyColumns().stream()
                    .map(key -> "t.`" + key + "` = s.`" + key + "`")
                    .collect(Collectors.joining(" AND "));
            warehouse.delta(table).as("t").merge(rows.as("s"), matches).whenNotMatched().insertAll().execute();
        }
        LOG.info("wrote {} in {} ms", table.name(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Of each report's versions (those already in the table and this run's), the latest observed (crawl
     * fetch or file modification time; the larger hash breaks a tie, so the choice depends only on the
     * versions) is current. Returns report_id, current, and was_current (null for a version not yet stored).
     */
    private static Dataset<Row> currentVersions(Dataset<Row> newReports, Dataset<Row> existingReports) {
        Dataset<Row> touched = newReports.select("report_key").distinct();
        Dataset<Row> stored = existingReports.join(touched, "report_key")
                .select(col("report_key"), col("report_id"), col("observed_at"), col("source_sha256"),
                        col("is_current").as("was_current"));
        Dataset<Row> arriving = newReports.select(col("report_key"), col("report_id"), col("observed_at"),
                        col("source_sha256"), lit(null).cast("boolean").as("was_current"))
                .join(stored.select(col("report_id").as("stored_id")), col("report_id").equalTo(col("stored_id")),
                        "left_anti");
        return stored.unionByName(arriving)
                .withColumn("rank", row_number().over(Window.partitionBy("report_key")
                        .orderBy(col("observed_at").desc_nulls_last(), col("source_sha256").desc())))
                .select(col("report_id"), col("rank").equalTo(1).as("current"), col("was_current"));
    }

    /** Flips is_current on stored versions that a newer one supersedes (nothing to do in most runs). */
    private void supersede(Dataset<Row> changes) {
        if (changes.isEmpty()) {
            return;
        }
        warehouse.delta(Tables.REPORTS).as("t").merge(changes.as("s"), "t.report_id = s.report_id")
                .whenMatched().updateExpr(Map.of("is_current", "s.current"))
                .execute();
    }
}
