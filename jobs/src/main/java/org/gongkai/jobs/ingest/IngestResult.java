package org.gongkai.jobs.ingest;

/**
 * How one input ended: a report, or a quarantine reason with a message. Never both, never neither.
 *
 * @param sha256 the sha256 of the input's bytes (the raw_files key with the URI)
 * @param kind   file, crawl_record, report_record or record (a line that is neither)
 */
public record IngestResult(IngestInput input, String sha256, String kind, IngestedReport report,
                           QuarantineReason reason, String message) {

    public static IngestResult landed(IngestInput input, String sha256, IngestedReport report) {
        return new IngestResult(input, sha256, report.sourceKind(), report, null, null);
    }

    public static IngestResult quarantined(IngestInput input, String sha256, String kind, QuarantineReason reason,
                                           String message) {
        return new IngestResult(input, sha256, kind, null, reason, message);
    }

    public boolean isReport() {
        return report != null;
    }
}
