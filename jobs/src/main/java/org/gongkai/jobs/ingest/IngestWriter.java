package org.gongkai.jobs.ingest;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;

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

    private final Warehouse warehouse;

    public IngestWriter(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public void write(Dataset<Row> parsed, String runId, Timestamp now) {
        Dataset<Row> reports = parsed.filter(col("outcome").equalTo(ParsedRows.REPORT));
        insertNew(Tables.CELLS, reports.select(explode(col("cells")).as("cell")).select("cell.*"));
        insertNew(Tables.REPORTS, reports.select("report.*"));
        markCurrentVersions(reports.select("report.report_key").distinct());
        insertNew(Tables.QUARANTINE, parsed.filter(col("outcome").equalTo(ParsedRows.QUARANTINE))
                .select(col("uri"), col("sha256"), col("kind"), col("reason"), col("message"),
                        lit(runId).as("run_id"), lit(now).as("quarantined_at")));
        insertNew(Tables.RAW_FILES, parsed.select(col("uri"), col("sha256"), col("kind"), col("size"),
                col("modified_at"), col("bytes"), col("outcome"),
                when(col("outcome").equalTo(ParsedRows.REPORT), col("report.report_id")).as("report_id"),
                lit(runId).as("first_seen_run"), lit(now).as("first_seen_at")));
    }

    /** Inserts the rows whose key is not in the table yet; rows already there are left as they are. */
    private void insertNew(TableDef table, Dataset<Row> rows) {
        String matches = table.keyColumns().stream()
                .map(key -> "t.`" + key + "` = s.`" + key + "`")
                .collect(Collectors.joining(" AND "));
        warehouse.delta(table).as("t").merge(rows.as("s"), matches).whenNotMatched().insertAll().execute();
    }

    /**
     * Of each report's versions, the latest observed (crawl fetch or file modification time; the larger
     * hash breaks a tie, so the choice depends only on the versions) is current; the others are superseded.
     */
    private void markCurrentVersions(Dataset<Row> touchedKeys) {
        DeltaTable reports = warehouse.delta(Tables.REPORTS);
        Dataset<Row> versions = reports.toDF().join(touchedKeys, "report_key")
                .withColumn("rank", row_number().over(Window.partitionBy("report_key")
                        .orderBy(col("observed_at").desc_nulls_last(), col("source_sha256").desc())))
                .select(col("report_id"), col("rank").equalTo(1).as("current"));
        reports.as("t").merge(versions.as("s"), "t.report_id = s.report_id")
                .whenMatched("t.is_current <> s.current").updateExpr(Map.of("is_current", "s.current"))
                .execute();
    }
}
