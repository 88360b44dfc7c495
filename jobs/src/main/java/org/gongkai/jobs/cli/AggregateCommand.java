package org.gongkai.jobs.cli;

import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.aggregate.AggregateJob;
import org.gongkai.jobs.aggregate.AggregateSummary;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.warehouse.SparkSessions;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code gongkai aggregate}: the gold tables from the silver ones. Exit status 0, or 2 for a usage error. */
@Command(name = "aggregate", description = "Sum the validated reports into the gold_* tables (by region, agency level, "
        + "year, applicant and outcome; rates, proactive disclosure, data quality, reconciliation, year over year).")
final class AggregateCommand implements Callable<Integer> {

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        GongkaiConfig config = jobOptions.config();
        SparkSession spark = SparkSessions.start(config, "aggregate");
        try {
            AggregateSummary summary = new AggregateJob(spark, new Warehouse(spark, WarehouseLocation.of(config))).run();
            summary.print(out);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
