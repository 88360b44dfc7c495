package org.gongkai.jobs.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.warehouse.SparkSessions;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongkai sql "SELECT …"}: one query against the warehouse's catalog, its database the current one, so
 * tables are named as in the data dictionary ({@code reports}, {@code rule_results}…). Prints the rows as a table.
 */
@Command(name = "sql", description = "Run one SQL query against the warehouse (tables by name) and print the rows.")
final class SqlCommand implements Callable<Integer> {

    @Mixin
    private JobOptions jobOptions;

    @Option(names = "--limit", defaultValue = "100", description = "rows printed at most (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--full", description = "print long values whole instead of cutting them at 40 characters")
    private boolean full;

    @Parameters(paramLabel = "QUERY", description = "the query (quote it)")
    private String query;

    @Override
    public Integer call() {
        GongkaiConfig config = jobOptions.config();
        WarehouseLocation location = WarehouseLocation.of(config);
        if (!location.usesCatalog()) {
            System.err.println("gongkai sql: needs the catalog (gongkai.catalog = hive); without it, name tables as "
                    + "delta.`" + location.root() + "/…`");
        }
        SparkSession spark = SparkSessions.start(config, "sql");
        try {
            if (location.usesCatalog() && spark.catalog().databaseExists(location.database())) {
                spark.catalog().setCurrentDatabase(location.database());
            }
            Dataset<Row> rows = spark.sql(query);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            List<Row> shown = rows.limit(limit + 1).collectAsList();
            new TextTable(rows.columns(), full ? Integer.MAX_VALUE : 40)
                    .print(shown.subList(0, Math.min(limit, shown.size())), out);
            if (shown.size() > limit) {
                out.println("(more rows than --limit " + limit + ")");
            }
            return 0;
        } finally {
            spark.stop();
        }
    }
}
