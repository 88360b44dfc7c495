package org.gongkai.jobs.cli;

import org.gongkai.jobs.validate.ValidateJob;
import org.gongkai.jobs.validate.ValidationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
    public Integer call() throws Exception {
        return jobOptions.runInSession("validate", (spark, config, warehouse) -> {
            ValidationSummary summary = new ValidateJob(spark, warehouse, config).run();
            summary.print(JobOptions.console());
            return summary.failed() ? 1 : 0;
        });
    }
}
