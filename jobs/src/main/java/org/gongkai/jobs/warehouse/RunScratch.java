package org.gongkai.jobs.warehouse;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;

/**
 * A run's scratch directory beside the tables ({@code <warehouse>/_<job>/<run>}): intermediate rows staged as
 * Parquet so that a plan used several times is computed once, deleted when the run ends.
 */
public final class RunScratch {

    private final SparkSession spark;
    private final String directory;

    public RunScratch(SparkSession spark, WarehouseLocation location, String job, String runId) {
        this.spark = spark;
        this.directory = location.root() + "/_" + job + "/" + runId;
    }

    public String directory() {
        return directory;
    }

    /** Writes the rows under {@code name} and returns them read back. */
    public Dataset<Row> stage(Dataset<Row> rows, String name) {
        String path = directory + "/" + name;
        rows.write().mode("overwrite").parquet(path);
        return spark.read().schema(rows.schema()).parquet(path);
    }

    /** Removes the directory; left behind it costs a few bytes and harms nothing, so a failure is ignored. */
    public void delete() {
        Path scratch = new Path(directory);
        try {
            scratch.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(scratch, true);
        } catch (IOException e) {
            // The run itself is complete.
        }
    }
}
