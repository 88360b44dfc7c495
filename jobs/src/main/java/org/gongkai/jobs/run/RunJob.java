package org.gongkai.jobs.run;

import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.aggregate.AggregateJob;
import org.gongkai.jobs.aggregate.AggregateSummary;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.ingest.IngestJob;
import org.gongkai.jobs.ingest.IngestSummary;
import org.gongkai.jobs.report.ReportJob;
import org.gongkai.jobs.validate.ValidateJob;
import org.gongkai.jobs.validate.ValidationSummary;
import org.gongkai.jobs.warehouse.Warehouse;

import java.nio.file.Path;

/**
 * {@code gongkai run}: ingest, validate, aggregate and the HTML report, one after the other in one Spark session.
 * A step that fails its own test stops the run there: an ingest whose reconciliation does not hold, a validate run
 * whose error-level failures are above the configured share or whose fail-action rules failed. What was written
 * until then stays (each job's tables are complete and rerunnable).
 */
public final class RunJob {

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final GongkaiConfig config;

    public RunJob(SparkSession spark, Warehouse warehouse, GongkaiConfig config) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.config = config;
    }

    /** Runs the steps on {@code inputs}, writing the report to {@code report}; the summary says how far it got. */
    public RunSummary run(IngestJob.Options inputs, Path report, int worstReports) {
        RunSummary.Builder summary = new RunSummary.Builder(warehouse.location());
        IngestSummary ingested = new IngestJob(spark, warehouse, config).run(inputs);
        summary.ingested(ingested);
        if (!ingested.reconciles()) {
            return summary.stopped("the ingest reconciliation does not hold");
        }
        ValidationSummary validated = new ValidateJob(spark, warehouse, config).run();
        summary.validated(validated);
        if (validated.failed()) {
            return summary.stopped("validate failed: " + String.join("; ", validated.failures()));
        }
        AggregateSummary aggregated = new AggregateJob(spark, warehouse).run();
        summary.aggregated(aggregated);
        summary.reported(new ReportJob(warehouse).write(report, worstReports));
        return summary.finished();
    }
}
