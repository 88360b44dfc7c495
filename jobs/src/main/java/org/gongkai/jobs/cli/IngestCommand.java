package org.gongkai.jobs.cli;

import org.gongkai.jobs.ingest.IngestJob;
import org.gongkai.jobs.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongkai ingest INPUT… [--manifest CSV]… [--since WHEN|last]}: raw reports, crawl records and
 * normalized reports into the warehouse. Exit status 0 when the run completed and every input is
 * accounted for, 1 when the reconciliation does not hold, 2 for a usage or configuration error.
 */
@Command(name = "ingest", description = "Ingest report files, crawl records and normalized reports into the Delta tables.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "files, directories or globs (local or any Hadoop URI): txt, html, htm, md, pdf, and .jsonl "
                    + "crawl records or normalized reports")
    private List<String> inputs;

    @Option(names = "--manifest", paramLabel = "CSV",
            description = "manifest (file,agency,region_code,level,scope,year,published_on,source_url) whose values win over inference")
    private List<String> manifests = new ArrayList<>();

    @Option(names = "--since", paramLabel = "WHEN",
            description = "read only files modified after WHEN (2024-02-01 or 2024-02-01T08:00:00, UTC), or 'last' for the newest file the previous runs read")
    private String since;

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() throws Exception {
        return jobOptions.runInSession("ingest", (spark, config, warehouse) -> {
            IngestJob job = new IngestJob(spark, warehouse, config);
            Instant from = since == null ? null : since.equals("last") ? job.lastCheckpoint() : instant(since);
            IngestSummary summary = job.run(new IngestJob.Options(inputs, manifests, from));
            summary.print(JobOptions.console());
            return summary.reconciles() ? 0 : 1;
        });
    }

    /** --since as an instant (UTC); "last" is the caller's to resolve. */
    static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since expects 2024-02-01, 2024-02-01T08:00:00 or last, got: " + text, e);
        }
    }
}
