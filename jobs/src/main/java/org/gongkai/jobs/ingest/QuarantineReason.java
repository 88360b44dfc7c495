package org.gongkai.jobs.ingest;

import org.gongkai.parse.ParseFailure;

import java.util.Locale;

/** Why an input did not become a report: the parser's reasons and the ingest job's own. */
public enum QuarantineReason {
    EMPTY, TOO_LARGE, BINARY, UNDECODABLE, NOT_A_REPORT, TRUNCATED, NO_TABLES,
    PDF_NO_TEXT_LAYER, PDF_ENCRYPTED, PDF_UNREADABLE,
    /** The same bytes (or the same report version) already arrived under another URI. */
    DUPLICATE,
    /** Manifest rows for this file disagree, or a manifest value cannot be read. */
    CONFLICTING_MANIFEST,
    /** An input path that does not exist or cannot be read. */
    UNREADABLE_PATH,
    /** A JSON Lines record that is neither a crawl record nor a normalized report. */
    INVALID_RECORD,
    /** A printed value too large or too finely divided for the cells table's decimal type. */
    VALUE_OUT_OF_RANGE,
    /** The parser failed unexpectedly: a bug to report, kept here instead of failing the job. */
    PARSER_ERROR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuarantineReason of(ParseFailure.Reason reason) {
        return valueOf(reason.name());
    }
}
