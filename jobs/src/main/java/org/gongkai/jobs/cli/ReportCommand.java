package org.gongkai.jobs.cli;

import org.gongkai.jobs.report.MissingDataException;
import org.gongkai.jobs.report.ReportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code gongkai report}: the HTML report (national statistics with the data quality beside them) from the gold tables.
 * Exit status 0, 1 when the warehouse lacks a table the report reads (the message names the job to run), 2 for a
 * usage error.
 */
@Command(name = "report", description = "Write the HTML report (national statistics and data quality) from the gold "
        + "tables: one self-contained file that works offline.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    private JobOptions jobOptions;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html",
            description = "the HTML file to write (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "20",
            description = "how many reports with the lowest quality score to list with their findings (default: ${DEFAULT-VALUE})")
    private int worst;

    @Override
    public Integer call() throws Exception {
        if (worst < 0) {
            throw new IllegalArgumentException("--worst must be 0 or more, got: " + worst);
        }
        return jobOptions.runInSession("report", (spark, config, warehouse) -> {
            try {
                ReportJob.Written written = new ReportJob(warehouse).write(this.out, worst);
                JobOptions.console().printf("report: %s (%,d bytes): %d years to %d, %d worst reports%n", written.file(),
                        written.bytes(), written.data().national().size(), written.data().latestYear(),
                        written.data().worstReports().size());
                return 0;
            } catch (MissingDataException e) {
                System.err.println("gongkai report: " + e.getMessage());
                return 1;
            }
        });
    }
}
