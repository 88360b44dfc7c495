package org.gongkai.jobs.warehouse;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Map;

/** The schemas of every table, declared in one place (DESIGN.md "Tables"). */
public final class Tables {

    /** Cell values: counts up to 10¹⁸ and amounts to six decimals (万元 printed to the yuan and below). */
    public static final DecimalType VALUE = DataTypes.createDecimalType(24, 6);

    /** Rule results: wide enough for the sum of every cell of a table. */
    public static final DecimalType RESULT_VALUE = DataTypes.createDecimalType(30, 6);

    // Delta refuses NOT NULL inside arrays and maps: nested fields are nullable.
    private static final StructType NOTICE = struct(
            field("code", DataTypes.StringType, true),
            field("message", DataTypes.StringType, true));

    /** One row per input file or record, as read: the bytes are kept so that any report can be re-parsed. */
    public static final TableDef RAW_FILES = new TableDef("raw_files", struct(
            field("uri", DataTypes.StringType, false,
                    "where the input was read: a path, a Hadoop URI or a crawl record's URL"),
            field("sha256", DataTypes.StringType, false, "SHA-256 of the raw bytes (hex)"),
            field("kind", DataTypes.StringType, false, "file, or record (one line of a .jsonl input)"),
            field("size", DataTypes.LongType, false, "bytes"),
            field("modified_at", DataTypes.TimestampType, true, "the file's modification time, where known"),
            field("bytes", DataTypes.BinaryType, true, "the raw bytes, so that any report can be parsed again"),
            field("outcome", DataTypes.StringType, false, "report or quarantine"),
            field("report_id", DataTypes.StringType, true,
                    "the report read from it (reports.report_id); null when quarantined"),
            field("first_seen_run", DataTypes.StringType, false,
                    "the ingest run that first read these bytes at this URI"),
            field("first_seen_at", DataTypes.TimestampType, false, "when that run read them")),
            List.of(), List.of("uri", "sha256"));

    /**
     * One row per report version; {@code is_current} marks the version that supersedes the others (the
     * latest observed, by crawl fetch time or file modification time). {@code input_uri} is the raw_files row.
     */
    public static final TableDef REPORTS = new TableDef("reports", struct(
            field("report_id", DataTypes.StringType, false,
                    "report_key + 12 hex of the SHA-256 of the printed bytes: one version of a report"),
            field("report_key", DataTypes.StringType, false,
                    "year + deepest region code + agency name: what the versions of one report share"),
            field("is_current", DataTypes.BooleanType, false,
                    "the version that supersedes the others (the latest observed)"),
            field("year", DataTypes.IntegerType, true, "the year the report is about"),
            field("format", DataTypes.StringType, true, "2019, 2021 or unknown: the official format its labels follow"),
            field("title", DataTypes.StringType, true, "the title as printed"),
            field("agency_name", DataTypes.StringType, true, "the publishing agency"),
            field("level", DataTypes.StringType, true, "national, province, prefecture, county, township or unknown"),
            field("scope", DataTypes.StringType, true,
                    "own (the agency's own work), aggregate (a region-wide summary) or unknown"),
            field("region_code", DataTypes.StringType, true,
                    "the deepest NBS division code known for the agency (2, 4, 6 or 9 digits)"),
            field("province_code", DataTypes.StringType, true, "the province the agency lies in (2 digits)"),
            field("prefecture_code", DataTypes.StringType, true,
                    "the prefecture (4 digits; the placeholders 市辖区 and 县 included)"),
            field("county_code", DataTypes.StringType, true, "the county (6 digits)"),
            field("township_code", DataTypes.StringType, true, "the township or subdistrict (9 digits)"),
            field("published_on", DataTypes.DateType, true, "the publication date"),
            field("source_uri", DataTypes.StringType, false,
                    "the source the report names, else the input it was read from"),
            field("source_sha256", DataTypes.StringType, false, "SHA-256 of the source's bytes"),
            field("source_kind", DataTypes.StringType, false, "file, crawl_record, report_record or generated"),
            field("input_uri", DataTypes.StringType, false, "the raw_files row it was read from (raw_files.uri)"),
            field("observed_at", DataTypes.TimestampType, true,
                    "when this version was observed (crawl fetch or file modification time)"),
            field("source_url", DataTypes.StringType, true,
                    "the report's web address, from a manifest or a crawl record"),
            field("layout", DataTypes.StringType, true, "pipe-text, markdown, cell-lines, flattened, html or pdf"),
            field("encoding", DataTypes.StringType, true, "the text encoding detected"),
            field("metadata_origin", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false,
                    "field → where its value came from: manifest, crawl, record, text or generator"),
            field("parse_status", DataTypes.StringType, false,
                    "complete, or incomplete when a cell is missing or ambiguous"),
            field("notices", DataTypes.createArrayType(NOTICE, true), false, "what the parser noticed (code, message)"),
            field("sections", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false,
                    "the narrative sections' texts (overview, problems, other_matters)"),
            field("parser_version", DataTypes.StringType, false, "the parser that read it"),
            field("run_id", DataTypes.StringType, false, "the run that wrote the row")),
            List.of("year"), List.of("report_id"));

    /** One row per table cell of every report version, as printed (never recomputed). */
    public static final TableDef CELLS = new TableDef("cells", struct(
            field("report_id", DataTypes.StringType, false, "the report version (reports.report_id)"),
            field("year", DataTypes.IntegerType, true, "the report's year"),
            field("table", DataTypes.StringType, false, "proactive (table 二), requests (table 三) or appeals (table 四)"),
            field("row", DataTypes.StringType, false, "the row code (NORMALIZED_REPORT.md), e.g. new_received"),
            field("col", DataTypes.StringType, false, "the column code, e.g. natural_person or total"),
            field("state", DataTypes.StringType, false, "number, blank, placeholder, missing or ambiguous"),
            field("value", VALUE, true, "the number read (state number), as printed: never recomputed"),
            field("unit", DataTypes.StringType, true, "the unit of an amount (万元, 元); null for counts"),
            field("raw", DataTypes.StringType, true, "the cell's text as printed"),
            field("candidates", new ArrayType(new ArrayType(VALUE, true), true), false,
                    "every reading of an ambiguous digit run (each a list of the run's values)")),
            List.of("year"), List.of("report_id", "table", "row", "col"));

    /** Inputs that could not become a report, with a reason code; inputs = reports + quarantine. */
    public static final TableDef QUARANTINE = new TableDef("quarantine", struct(
            field("uri", DataTypes.StringType, false, "where the input was read"),
            field("sha256", DataTypes.StringType, false, "SHA-256 of the raw bytes (hex)"),
            field("kind", DataTypes.StringType, false, "file or record"),
            field("reason", DataTypes.StringType, false,
                    "the reason code: empty, too_large, binary, undecodable, not_a_report, truncated, …"),
            field("message", DataTypes.StringType, false, "what was wrong, in words"),
            field("run_id", DataTypes.StringType, false, "the ingest run that quarantined it"),
            field("quarantined_at", DataTypes.TimestampType, false, "when")),
            List.of(), List.of("uri", "sha256"));

    /** One row per ingest run: what it read and how every input ended (the reconciliation), and its checkpoint. */
    public static final TableDef INGEST_RUNS = new TableDef("ingest_runs", struct(
            field("run_id", DataTypes.StringType, false, "the ingest run"),
            field("started_at", DataTypes.TimestampType, false, "when it started"),
            field("finished_at", DataTypes.TimestampType, false, "when it finished"),
            field("inputs", DataTypes.createArrayType(DataTypes.StringType, true), false, "the inputs it was given"),
            field("inputs_read", DataTypes.LongType, false, "inputs listed and read"),
            field("unchanged", DataTypes.LongType, false, "inputs already read with the same bytes (skipped)"),
            field("reports_written", DataTypes.LongType, false, "reports written"),
            field("quarantined", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), false,
                    "reason → inputs quarantined"),
            field("max_modified_at", DataTypes.TimestampType, true,
                    "the newest modification time read: where --since last starts")),
            List.of(), List.of("run_id"));

    /** One row per report and rule instance: strict and lenient status, expected, actual, difference. */
    public static final TableDef RULE_RESULTS = new TableDef("rule_results", struct(
            field("report_id", DataTypes.StringType, false, "the report (reports.report_id)"),
            field("year", DataTypes.IntegerType, true, "the report's year"),
            field("rule_id", DataTypes.StringType, false, "the rule (bin/gongkai rules lists them)"),
            field("instance", DataTypes.StringType, false, "what the rule checked: a column, a row, a statement, …"),
            field("severity", DataTypes.StringType, false, "error or warning"),
            field("status", DataTypes.StringType, false, "pass, fail, or not_evaluable (a cell read held no number)"),
            field("expected", RESULT_VALUE, true, "what the parts say"),
            field("actual", RESULT_VALUE, true, "what was printed"),
            field("difference", RESULT_VALUE, true, "actual − expected"),
            field("lenient_status", DataTypes.StringType, false,
                    "the status when blank and placeholder cells count as 0"),
            field("lenient_expected", RESULT_VALUE, true, "expected, blank and placeholder as 0"),
            field("lenient_actual", RESULT_VALUE, true, "actual, blank and placeholder as 0"),
            field("lenient_difference", RESULT_VALUE, true, "lenient_actual − lenient_expected"),
            field("cells", DataTypes.createArrayType(DataTypes.StringType, true), true,
                    "the cells read (table.row.col)"),
            field("message", DataTypes.StringType, true, "the finding in Chinese, naming the table, row and column"),
            field("run_id", DataTypes.StringType, false, "the validate run")),
            List.of("year"), List.of("report_id", "rule_id", "instance"));

    /** One row per current report: the rules it failed, a score and the flags analysts filter on. */
    public static final TableDef REPORT_QUALITY = new TableDef("report_quality", struct(
            field("report_id", DataTypes.StringType, false, "the report (reports.report_id), current versions only"),
            field("year", DataTypes.IntegerType, true, "the report's year"),
            field("errors_failed", DataTypes.IntegerType, false, "error-level rules failed"),
            field("warnings_failed", DataTypes.IntegerType, false, "warning-level rules failed"),
            field("rules_not_evaluable", DataTypes.IntegerType, false, "rules that could not be evaluated"),
            field("instances_failed", DataTypes.IntegerType, false, "rule instances failed"),
            field("instances_evaluated", DataTypes.IntegerType, false, "rule instances evaluated"),
            field("score", DataTypes.IntegerType, false,
                    "100 − 10 per error rule failed − 3 per warning rule failed − 1 per rule not evaluable, at least 0"),
            field("failed_rules", DataTypes.createArrayType(DataTypes.StringType, true), false,
                    "the ids of the rules failed"),
            field("late", DataTypes.BooleanType, false, "published after the deadline (T1)"),
            field("copied", DataTypes.BooleanType, false, "tables or overview copied (C1, C2)"),
            field("blank_totals", DataTypes.BooleanType, false, "table 三's 总计 column left blank"),
            field("format_mismatch", DataTypes.BooleanType, false, "the format does not match the year (F1)"),
            field("narrative_mismatch", DataTypes.BooleanType, false, "overview figures differ from the tables (X4)"),
            field("dropped_by", DataTypes.createArrayType(DataTypes.StringType, true), false,
                    "rules with action drop that the report failed: it is left out of request_outcomes and the gold sums"),
            field("run_id", DataTypes.StringType, false, "the validate run")),
            List.of("year"), List.of("report_id"));

    /** Table 三 per report, applicant type and outcome (2019 and 2021 in one scheme); zero counts left out. */
    public static final TableDef REQUEST_OUTCOMES = new TableDef("request_outcomes", struct(
            field("report_id", DataTypes.StringType, false, "the report (reports.report_id)"),
            field("year", DataTypes.IntegerType, true, "the report's year"),
            field("applicant_type", DataTypes.StringType, false,
                    "the table 三 column: natural_person, commercial, research, social_welfare, legal_services, other_org"),
            field("applicant_class", DataTypes.StringType, false, "natural_person or legal_person_or_org"),
            field("outcome_group", DataTypes.StringType, false,
                    "granted, partially_granted, denied, unable, rejected or other (2019 and 2021 in one scheme)"),
            field("outcome", DataTypes.StringType, false, "the table 三 row code (granted, denied_state_secret, …)"),
            field("count", DataTypes.LongType, true,
                    "the cell's number; null when it held none (zero counts are left out)"),
            field("cell_state", DataTypes.StringType, false,
                    "the cell's state: number, blank, placeholder, missing or ambiguous"),
            field("run_id", DataTypes.StringType, false, "the validate run")),
            List.of("year"), List.of("report_id", "applicant_type", "outcome"));

    /** One row per validate run, rule by rule (the expectations' event log). */
    public static final TableDef VALIDATION_RUNS = new TableDef("validation_runs", struct(
            field("run_id", DataTypes.StringType, false, "the validate run"),
            field("started_at", DataTypes.TimestampType, false, "when it started"),
            field("finished_at", DataTypes.TimestampType, false, "when it finished"),
            field("reports", DataTypes.LongType, false, "reports checked"),
            field("reports_with_errors", DataTypes.LongType, false, "reports failing an error-level rule"),
            field("rules", DataTypes.createArrayType(struct(
                    field("rule_id", DataTypes.StringType, true),
                    field("severity", DataTypes.StringType, true),
                    field("reports", DataTypes.LongType, true),
                    field("passed", DataTypes.LongType, true),
                    field("failed", DataTypes.LongType, true),
                    field("not_evaluable", DataTypes.LongType, true),
                    field("lenient_failed", DataTypes.LongType, true),
                    field("reports_failed", DataTypes.LongType, true)), true), false,
                    "per rule: reports, instances passed, failed, not evaluable, lenient failures, reports failed"),
            field("outcome", DataTypes.StringType, false, "ok, or failed: why")),
            List.of(), List.of("run_id"));
    private static final StructType DEFECT_CELL = struct(
            field("table", DataTypes.StringType, true),
            field("row", DataTypes.StringType, true),
            field("col", DataTypes.StringType, true),
            field("printed", VALUE, true),
            field("correct", VALUE, true));

    /**
     * One row per defect {@code generate --into-warehouse} injected into the reports it wrote, to join on
     * report_id: the cells involved (printed null when blank) and what was done. A bad file replaces its report,
     * so its defect has no report_id; {@code source_uri} (the corpus path) names it either way.
     */
    public static final TableDef GENERATED_DEFECTS = new TableDef("generated_defects", struct(
            field("report_id", DataTypes.StringType, true, "the report the defect is in; null for a bad file"),
            field("source_uri", DataTypes.StringType, false,
                    "the corpus path of the file (files/PROVINCE/AGENCY/YEAR.EXT)"),
            field("kind", DataTypes.StringType, false,
                    "the defect kind: wrong_row_total, broken_balance, late_publication, …"),
            field("cells", DataTypes.createArrayType(DEFECT_CELL, true), false,
                    "the cells changed: table, row, col, printed, correct"),
            field("detail", DataTypes.StringType, false, "what was done, in words")),
            List.of(), List.of("source_uri", "kind"));

    /** The silver and bronze tables, in the order data flows through them. */
    public static final List<TableDef> ALL = List.of(RAW_FILES, REPORTS, CELLS, QUARANTINE, INGEST_RUNS, RULE_RESULTS,
            REPORT_QUALITY, REQUEST_OUTCOMES, VALIDATION_RUNS, GENERATED_DEFECTS);

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "raw_files", "One row per input file or record, as read, with its bytes (written by ingest)",
            "reports", "One row per report version: metadata, region codes at every level, sections (ingest)",
            "cells", "One row per table cell of every report version, as printed (ingest)",
            "quarantine", "Inputs that could not become a report, with a reason: inputs = reports + quarantine (ingest)",
            "ingest_runs", "One row per ingest run: what it read and how every input ended, and its checkpoint",
            "rule_results", "One row per current report and rule instance: strict and lenient status (validate)",
            "report_quality", "One row per current report: rules failed, score and flags (validate)",
            "request_outcomes", "Table 三 per report, applicant type and outcome, 2019 and 2021 in one scheme (validate)",
            "validation_runs", "One row per validate run, rule by rule",
            "generated_defects", "One row per defect that generate --into-warehouse injected");

    private Tables() {
    }

    /** What a table holds, in a sentence (for the data dictionary). */
    public static String description(TableDef table) {
        return DESCRIPTIONS.getOrDefault(table.name(), "");
    }

    static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    /** A column with its comment: kept by Delta, shown by DESCRIBE and in the data dictionary. */
    static StructField field(String name, DataType type, boolean nullable, String comment) {
        return DataTypes.createStructField(name, type, nullable).withComment(comment);
    }
}
