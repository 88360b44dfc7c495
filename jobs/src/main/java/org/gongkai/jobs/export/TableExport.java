package org.gongkai.jobs.export;

import io.delta.tables.DeltaTable;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.warehouse.WarehouseLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Any table of the warehouse (gold or not), optionally filtered by a SQL condition, written out for people and tools
 * outside Spark: one CSV file ({@link CsvFile}) or a Parquet directory. The output is any Hadoop path; an existing
 * one is replaced only when asked.
 */
public final class TableExport {

    public enum Format {
        CSV, PARQUET;

        public static Format parse(String text) {
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format must be csv or parquet, not " + text, e);
            }
        }
    }

    /** What was written. */
    public record Result(String table, Format format, String out, long rows) {
    }

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final SparkSession spark;
    private final WarehouseLocation location;

    public TableExport(SparkSession spark, WarehouseLocation location) {
        this.spark = spark;
        this.location = location;
    }

    /** The table's rows where the condition holds (all of them for a null condition). */
    public Dataset<Row> rows(String table, String where) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        boolean exists = location.usesCatalog() ? spark.catalog().tableExists(location.database(), table)
                : DeltaTable.isDeltaTable(spark, location.tablePath(table));
        if (!exists) {
            throw new IllegalArgumentException("no table " + table + " in the database " + location.database()
                    + " of the warehouse " + location.root() + " (bin/gongkai dictionary lists the tables)");
        }
        Dataset<Row> rows = location.usesCatalog() ? spark.table(location.sqlName(table))
                : spark.read().format("delta").load(location.tablePath(table));
        if (where == null) {
            return rows;
        }
        try {
            return rows.where(where);
        } catch (Exception e) {
            // Scala throws AnalysisException (a checked exception to Java) without declaring it.
            if (e instanceof AnalysisException) {
                throw new IllegalArgumentException("--where \"" + where + "\": "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
            throw e;
        }
    }

    public Result export(String table, String where, Format format, String out, boolean overwrite) {
        Dataset<Row> rows = rows(table, where);
        Path path = new Path(out);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(path)) {
                if (!overwrite) {
                    throw new IllegalArgumentException(out + " exists: give another --out, or --overwrite to replace it");
                }
                fs.delete(path, true);
            }
            if (format == Format.PARQUET) {
                rows.write().parquet(out);
                return new Result(table, format, out, spark.read().parquet(out).count());
            }
            try (FSDataOutputStream stream = fs.create(path, false)) {
                return new Result(table, format, out, CsvFile.write(rows, stream));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
