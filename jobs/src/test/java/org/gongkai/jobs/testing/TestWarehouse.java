package org.gongkai.jobs.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.warehouse.SparkSessions;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.jobs.warehouse.WarehouseLocation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A local Spark session for one test class (small shuffles, as STACK.md advises), over a warehouse with an
 * embedded catalog in a temporary directory. Each test names its own database, so tests do not share tables.
 */
public final class TestWarehouse {

    private final Path root;
    private final SparkSession spark;

    public TestWarehouse(Path root) {
        this.root = root;
        this.spark = SparkSessions.start(config("default", "hive"), "test");
    }

    public SparkSession spark() {
        return spark;
    }

    /** The settings of a warehouse database {@code database} with this catalog (hive or none). */
    public GongkaiConfig config(String database, String catalog) {
        Map<String, String> settings = new TreeMap<>(Map.of(
                "spark.master", "local[2]",
                "spark.sql.shuffle.partitions", "2",
                "spark.default.parallelism", "2",
                "spark.databricks.delta.snapshotPartitions", "1",
                "spark.ui.enabled", "false",
                "spark.ui.showConsoleProgress", "false",
                GongkaiConfig.WAREHOUSE, root.toString(),
                GongkaiConfig.DATABASE, database,
                GongkaiConfig.CATALOG, catalog));
        return GongkaiConfig.of(settings);
    }

    public Warehouse warehouse(GongkaiConfig config) {
        return new Warehouse(spark, WarehouseLocation.of(config));
    }

    /** A table's content as sorted text, to compare whole tables (maps and binaries included). */
    public static List<String> content(Warehouse warehouse, TableDef table, String... ignoredColumns) {
        Dataset<Row> rows = warehouse.read(table);
        List<String> ignored = Arrays.asList(ignoredColumns);
        List<String> kept = Arrays.stream(rows.columns()).filter(c -> !ignored.contains(c)).toList();
        return rows.selectExpr(kept.stream().map(c -> "`" + c + "`").toArray(String[]::new))
                .toJSON().collectAsList().stream().sorted().toList();
    }

    public static Optional<Path> sharedFixtures() {
        String shared = System.getProperty("gongkai.shared");
        Path real = shared == null ? null : Path.of(shared, "fixtures", "real");
        return real != null && real.toFile().isDirectory() ? Optional.of(real.normalize()) : Optional.empty();
    }

    public void stop() {
        spark.stop();
    }
}
