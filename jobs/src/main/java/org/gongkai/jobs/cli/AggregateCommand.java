package org.gongkai.jobs.cli;

import org.gongkai.jobs.aggregate.AggregateJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code gongkai aggregate}: the gold tables from the silver ones. Exit status 0, or 2 for a usage error. */
@Command(name = "aggregate", description = "Sum the validated reports into the gold_* tables (by region, agency level, "
        + "year, applicant and outcome; rates, proactive disclosure, data quality, reconciliation, year over year).")
final class AggregateCommand implements Callable<Integer> {

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() throws Exception {
        return jobOptions.runInSession("aggregate", (spark, config, warehouse) -> {
            new AggregateJob(spark, warehouse).run().print(JobOptions.console());
            return 0;
        });
    }
}
