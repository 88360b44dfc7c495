package org.gongkai.jobs.cli;

import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.validate.ValidateJob;
import org.gongkai.jobs.validate.ValidationSummary;
import org.gongkai.jobs.warehouse.SparkSessions;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code gongkai validate}: check every current report against the rule catalog. Exit status 0, or 1 when a rule
 * with action fail failed or the error share is above gongkai.validate.max-error-share, 2 for a usage error.
 */
@Command(name = "validate", description = "Check every report against the consistency rules; write rule_results, "
        + "report_quality and request_outcomes.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        GongkaiConfig config = jobOptions.config();
        SparkSession spark = SparkSessions.start(config, "validate");
        try {
            ValidationSummary summary = new ValidateJob(spark, new Warehouse(spark, WarehouseLocation.of(config)), config).run();
            summary.print(out);
            return summary.failed() ? 1 : 0;
        } finally {
            spark.stop();
        }
    }
}
