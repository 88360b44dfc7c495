package org.gongkai.jobs.warehouse;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/** The Delta tables of one warehouse: created on first use, read and merged by name. */
public final class Warehouse {

    private final SparkSession spark;
    private final WarehouseLocation location;

    public Warehouse(SparkSession spark, WarehouseLocation location) {
        this.spark = spark;
        this.location = location;
    }

    public WarehouseLocation location() {
        return location;
    }

    /** Creates the table (and the database) if they do not exist yet. */
    public void ensure(TableDef table) {
        if (exists(table)) {
            return;
        }
        DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark).addColumns(table.schema());
        if (location.usesCatalog()) {
            if (!spark.catalog().databaseExists(location.database())) {
                spark.sql("CREATE DATABASE IF NOT EXISTS " + location.database());
            }
            builder = builder.tableName(location.sqlName(table));
        } else {
            builder = builder.location(location.tablePath(table));
        }
        if (!table.partitionColumns().isEmpty()) {
            builder = builder.partitionedBy(table.partitionColumns().toArray(String[]::new));
        }
        builder.execute();
    }

    public boolean exists(TableDef table) {
        return location.usesCatalog() ? spark.catalog().tableExists(location.sqlName(table))
                : DeltaTable.isDeltaTable(spark, location.tablePath(table));
    }

    /** Whether the table holds no rows (no data files), read from the Delta log alone. */
    public boolean isEmpty(TableDef table) {
        return delta(table).detail().first().<Long>getAs("numFiles") == 0;
    }

    public DeltaTable delta(TableDef table) {
        return location.usesCatalog() ? DeltaTable.forName(spark, location.sqlName(table))
                : DeltaTable.forPath(spark, location.tablePath(table));
    }

    public Dataset<Row> read(TableDef table) {
        return delta(table).toDF();
    }

    public void append(TableDef table, Dataset<Row> rows) {
        rows.write().format("delta").mode("append").save(directory(table));
    }

    /**
     * Replaces the table's whole content with the rows in one Delta commit (the earlier content stays in the
     * table's history) and returns how many rows were written.
     */
    public long replace(TableDef table, Dataset<Row> rows) {
        rows.write().format("delta").mode("overwrite").option("partitionOverwriteMode", "static").save(directory(table));
        Row commit = delta(table).history(1).first();
        Map<String, String> metrics = commit.getJavaMap(commit.fieldIndex("operationMetrics"));
        return Long.parseLong(metrics.getOrDefault("numOutputRows", "0"));
    }

    private String directory(TableDef table) {
        return delta(table).detail().first().getAs("location");
    }

    /** Replaces the table's rows (a new Delta version: the history keeps the earlier ones). */
    public void overwrite(TableDef table, Dataset<Row> rows) {
        rows.write().format("delta").mode("overwrite").save(delta(table).detail().first().<String>getAs("location"));
    }

    /**
     * The table as it is now, pinned to its current version: a plan that Spark re-evaluates later (after
     * this run's own writes) still sees the same rows.
     */
    public Dataset<Row> snapshot(TableDef table) {
        DeltaTable delta = delta(table);
        long version = delta.history(1).first().<Long>getAs("version");
        String path = delta.detail().first().getAs("location");
        return spark.read().format("delta").option("versionAsOf", version).load(path);
    }
}
