package org.gongkai.jobs.cli;

import org.gongkai.jobs.export.TableExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code gongkai export TABLE --format csv|parquet --out PATH [--where "SQL condition"]}: one table of the warehouse
 * as a CSV file (UTF-8 with a BOM, for Excel) or a Parquet directory. Exit status 0, or 2 for a usage error (no such
 * table, a bad condition, an existing output without --overwrite).
 */
@Command(name = "export", description = "Write one table (gold or not) as a CSV file (UTF-8 with BOM, RFC 4180) or a "
        + "Parquet directory.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TABLE", description = "the table, e.g. gold_rates (bin/gongkai dictionary lists them)")
    private String table;

    @Option(names = "--format", required = true, paramLabel = "csv|parquet", description = "csv (one file) or parquet (a directory)")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "the file or directory to write (local or any Hadoop URI)")
    private String out;

    @Option(names = "--where", paramLabel = "CONDITION", description = "a SQL condition on the table's columns, e.g. \"region_level = 'province' AND year = 2023\"")
    private String where;

    @Option(names = "--overwrite", description = "replace PATH if it exists")
    private boolean overwrite;

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() throws Exception {
        TableExport.Format chosen = TableExport.Format.parse(format);
        return jobOptions.runInSession("export", (spark, config, warehouse) -> {
            TableExport.Result result = new TableExport(spark, warehouse.location()).export(table, where, chosen, out, overwrite);
            JobOptions.console().printf(Locale.ROOT, "exported %,d rows of %s to %s (%s)%n", result.rows(), result.table(),
                    result.out(), chosen == TableExport.Format.CSV ? "CSV, UTF-8 with BOM" : "Parquet");
            return 0;
        });
    }
}
