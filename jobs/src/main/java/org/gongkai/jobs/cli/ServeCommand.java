package org.gongkai.jobs.cli;

import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.serve.ConnectEndpoint;
import org.gongkai.jobs.warehouse.SparkSessions;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code gongkai serve [--port 15002]}: a Spark Connect endpoint over the warehouse's catalog, until interrupted.
 * Ctrl-C stops it (Spark's shutdown hook stops the session and the endpoint with it; exit status 130). Exit status 1
 * when the Spark session stopped by itself, 2 for a usage error (a port in use among them).
 */
@Command(name = "serve", description = "Serve the warehouse to Spark Connect clients (pyspark --remote, the JVM thin "
        + "client) on localhost until Ctrl-C: SELECT … FROM gongkai.gold_rates and every other table.")
final class ServeCommand implements Callable<Integer> {

    private static final String DEFAULT_DATABASE = "spark.sql.catalog.spark_catalog.defaultDatabase";

    @Option(names = "--port", defaultValue = "15002", description = "the port to listen on (default: ${DEFAULT-VALUE})")
    private int port;

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = JobOptions.console();
        GongkaiConfig config = ConnectEndpoint.settings(jobOptions.config(), port);
        WarehouseLocation location = WarehouseLocation.of(config);
        config = startInTheDatabase(config, location);
        ConnectEndpoint endpoint = ConnectEndpoint.of(config);
        endpoint.checkPortFree();
        SparkSession spark = SparkSessions.start(config, "serve");
        try {
            endpoint.watch(spark);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> reportStop(endpoint, out), "gongkai-serve-stop"));
            printHowToConnect(spark, config, location, endpoint.address(), out);
            endpoint.awaitStop();
            if (!shuttingDown()) {
                System.err.println("gongkai serve: the Spark session stopped by itself (see the log above)");
            }
            return 1;
        } finally {
            spark.stop();
        }
    }

    /**
     * Clients' sessions start in the warehouse's database, so that {@code SELECT … FROM gold_rates} finds the table; only
     * where the embedded catalog surely has the database, because Spark refuses to start with a default database that
     * does not exist. Elsewhere clients name it: {@code gongkai.gold_rates}.
     */
    private static GongkaiConfig startInTheDatabase(GongkaiConfig config, WarehouseLocation location) {
        // The embedded catalog's root is a local path (a URI has a scheme: not embedded).
        boolean embedded = config.get(GongkaiConfig.CATALOG, "hive").equals("hive") && !location.root().contains(":");
        if (!embedded || config.get(DEFAULT_DATABASE, null) != null
                || !Files.isDirectory(Path.of(location.root(), "metastore_db"))
                || !Files.isDirectory(Path.of(location.root(), location.database() + ".db"))) {
            return config;
        }
        return config.with(DEFAULT_DATABASE, location.database());
    }

    /** Whether the JVM is shutting down (Ctrl-C): it then refuses new shutdown hooks. */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** On Ctrl-C: Spark's own shutdown hook stops the session; this one says so once it has. */
    private static void reportStop(ConnectEndpoint endpoint, PrintStream out) {
        out.println("gongkai serve: stopping");
        try {
            out.println(endpoint.awaitStop(60, TimeUnit.SECONDS) ? "gongkai serve: stopped"
                    : "gongkai serve: the Spark session did not stop within 60 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printHowToConnect(SparkSession spark, GongkaiConfig config, WarehouseLocation location,
                                          String address, PrintStream out) {
        out.println("gongkai serve: Spark Connect on " + address + " over the warehouse " + location.root());
        if (location.usesCatalog()) {
            List<String> tables = spark.catalog().databaseExists(location.database())
                    ? spark.sql("SHOW TABLES IN " + location.database()).collectAsList().stream()
                            .map(row -> row.<String>getAs("tableName")).sorted().toList()
                    : List.of();
            out.printf("  database %s: %s%n", location.database(), tables.isEmpty()
                    ? "no tables yet (bin/gongkai run fills it)" : tables.size() + " tables: " + String.join(", ", tables));
            if (location.database().equals(config.get(DEFAULT_DATABASE, null))) {
                out.printf("  clients start in it: FROM gold_rates and FROM %s.gold_rates are the same table%n", location.database());
            }
            if (config.get(GongkaiConfig.CATALOG, "hive").equals("hive")) {
                out.println("  the embedded catalog belongs to this process while it runs: other commands cannot open "
                        + "this warehouse until it stops; query through it");
            }
        } else {
            out.println("  no catalog (gongkai.catalog = none): tables by path, delta.`" + location.tablePath("TABLE") + "`");
        }
        String example = "SELECT * FROM " + location.sqlName("gold_rates") + " LIMIT 10";
        out.println("  connect with any Spark Connect client of Spark 4, for example:");
        out.println("    pyspark --remote " + address + "   then spark.sql(\"" + example.replace("\"", "\\\"") + "\").show()");
        out.println("    spark-shell --remote " + address);
        out.println("    Java: org.apache.spark:spark-connect-client-jvm_2.13:" + spark.version()
                + ", SparkSession.builder().remote(\"" + address + "\").getOrCreate()");
        out.println("    this project's thin client, sql-client/ (README, \"SQL access\")");
        out.println("  Ctrl-C stops it.");
    }
}
