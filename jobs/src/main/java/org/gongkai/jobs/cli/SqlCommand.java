package org.gongkai.jobs.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
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
    public Integer call() throws Exception {
        return jobOptions.runInSession("sql", (spark, config, warehouse) -> {
            WarehouseLocation location = warehouse.location();
            if (!location.usesCatalog()) {
                System.err.println("gongkai sql: needs the catalog (gongkai.catalog = hive); without it, name tables as "
                        + "delta.`" + location.root() + "/…`");
            } else if (spark.catalog().databaseExists(location.database())) {
                spark.catalog().setCurrentDatabase(location.database());
            }
            Dataset<Row> rows = spark.sql(query);
            PrintStream out = JobOptions.console();
            List<Row> shown = rows.limit(limit + 1).collectAsList();
            new TextTable(rows.columns(), full ? Integer.MAX_VALUE : 40)
                    .print(shown.subList(0, Math.min(limit, shown.size())), out);
            if (shown.size() > limit) {
                out.println("(more rows than --limit " + limit + ")");
            }
            return 0;
        });
    }
}
