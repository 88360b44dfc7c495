package org.gongkai.jobs.run;

import org.gongkai.jobs.aggregate.AggregateSummary;
import org.gongkai.jobs.ingest.IngestSummary;
import org.gongkai.jobs.report.ReportJob;
import org.gongkai.jobs.validate.ValidationSummary;
import org.gongkai.jobs.warehouse.WarehouseLocation;

import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a run did, step by step (null for a step it did not reach), how long each step took, and why it stopped
 * early if it did.
 */
public record RunSummary(WarehouseLocation location, IngestSummary ingested, ValidationSummary validated,
                         AggregateSummary aggregated, ReportJob.Written report, Map<String, Double> stepSeconds,
                         String stoppedBecause) {

    public boolean completed() {
        return stoppedBecause == null;
    }

    public void print(PrintStream out) {
        if (ingested != null) {
            ingested.print(out);
        }
        if (validated != null) {
            out.println();
            validated.print(out);
        }
        if (aggregated != null) {
            out.println();
            aggregated.print(out);
        }
        out.println();
        stepSeconds.forEach((step, seconds) -> out.printf(Locale.ROOT, "%-10s %7.1f s%n", step, seconds));
        out.printf("tables: database %s in %s (%s)%n", location.database(), location.root(),
                location.usesCatalog() ? "embedded Hive catalog: bin/gongkai sql \"SHOW TABLES\"" : "by path, no catalog");
        if (report != null) {
            out.printf(Locale.ROOT, "report: %s (%,d bytes)%n", report.file(), report.bytes());
        }
        if (!completed()) {
            out.println("STOPPED: " + stoppedBecause);
        }
    }

    /** Collects the steps as they finish, timing each from the end of the one before. */
    static final class Builder {

        private final WarehouseLocation location;
        private final Map<String, Double> stepSeconds = new LinkedHashMap<>();
        private long last = System.nanoTime();
        private IngestSummary ingested;
        private ValidationSummary validated;
        private AggregateSummary aggregated;
        private ReportJob.Written report;

        Builder(WarehouseLocation location) {
            this.location = location;
        }

        void ingested(IngestSummary summary) {
            ingested = summary;
            timed("ingest");
        }

        void validated(ValidationSummary summary) {
            validated = summary;
            timed("validate");
        }

        void aggregated(AggregateSummary summary) {
            aggregated = summary;
            timed("aggregate");
        }

        void reported(ReportJob.Written written) {
            report = written;
            timed("report");
        }

        RunSummary finished() {
            return stopped(null);
        }

        RunSummary stopped(String reason) {
            return new RunSummary(location, ingested, validated, aggregated, report, Collections.unmodifiableMap(new LinkedHashMap<>(stepSeconds)), reason);
        }

        private void timed(String step) {
            long now = System.nanoTime();
            stepSeconds.put(step, (now - last) / 1e9);
            last = now;
        }
    }
}
