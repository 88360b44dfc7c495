package org.gongkai.jobs.warehouse;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.List;

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
            field("uri", DataTypes.StringType, false),
            field("sha256", DataTypes.StringType, false),
            field("kind", DataTypes.StringType, false),
            field("size", DataTypes.LongType, false),
            field("modified_at", DataTypes.TimestampType, true),
            field("bytes", DataTypes.BinaryType, true),
            field("outcome", DataTypes.StringType, false),
            field("report_id", DataTypes.StringType, true),
            field("first_seen_run", DataTypes.StringType, false),
            field("first_seen_at", DataTypes.TimestampType, false)),
            List.of(), List.of("uri", "sha256"));

    /**
     * One row per report version; {@code is_current} marks the version that supersedes the others (the
     * latest observed, by crawl fetch time or file modification time). {@code input_uri} is the raw_files row.
     */
    public static final TableDef REPORTS = new TableDef("reports", struct(
            field("report_id", DataTypes.StringType, false),
            field("report_key", DataTypes.StringType, false),
            field("is_current", DataTypes.BooleanType, false),
            field("year", DataTypes.IntegerType, true),
            field("format", DataTypes.StringType, true),
            field("title", DataTypes.StringType, true),
            field("agency_name", DataTypes.StringType, true),
            field("level", DataTypes.StringType, true),
            field("scope", DataTypes.StringType, true),
            field("region_code", DataTypes.StringType, true),
            field("province_code", DataTypes.StringType, true),
            field("prefecture_code", DataTypes.StringType, true),
            field("county_code", DataTypes.StringType, true),
            field("township_code", DataTypes.StringType, true),
            field("published_on", DataTypes.DateType, true),
            field("source_uri", DataTypes.StringType, false),
            field("source_sha256", DataTypes.StringType, false),
            field("source_kind", DataTypes.StringType, false),
            field("input_uri", DataTypes.StringType, false),
            field("observed_at", DataTypes.TimestampType, true),
            field("source_url", DataTypes.StringType, true),
            field("layout", DataTypes.StringType, true),
            field("encoding", DataTypes.StringType, true),
            field("metadata_origin", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false),
            field("parse_status", DataTypes.StringType, false),
            field("notices", DataTypes.createArrayType(NOTICE, true), false),
            field("sections", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false),
            field("parser_version", DataTypes.StringType, false),
            field("run_id", DataTypes.StringType, false)),
            List.of("year"), List.of("report_id"));

    /** One row per table cell of every report version, as printed (never recomputed). */
    public static final TableDef CELLS = new TableDef("cells", struct(
            field("report_id", DataTypes.StringType, false),
            field("year", DataTypes.IntegerType, true),
            field("table", DataTypes.StringType, false),
            field("row", DataTypes.StringType, false),
            field("col", DataTypes.StringType, false),
            field("state", DataTypes.StringType, false),
            field("value", VALUE, true),
            field("unit", DataTypes.StringType, true),
            field("raw", DataTypes.StringType, true),
            field("candidates", new ArrayType(new ArrayType(VALUE, true), true), false)),
            List.of("year"), List.of("report_id", "table", "row", "col"));

    /** Inputs that could not become a report, with a reason code; inputs = reports + quarantine. */
    public static final TableDef QUARANTINE = new TableDef("quarantine", struct(
            field("uri", DataTypes.StringType, false),
            field("sha256", DataTypes.StringType, false),
            field("kind", DataTypes.StringType, false),
            field("reason", DataTypes.StringType, false),
            field("message", DataTypes.StringType, false),
            field("run_id", DataTypes.StringType, false),
            field("quarantined_at", DataTypes.TimestampType, false)),
            List.of(), List.of("uri", "sha256"));

    /** One row per ingest run: what it read and how every input ended (the reconciliation), and its checkpoint. */
    public static final TableDef INGEST_RUNS = new TableDef("ingest_runs", struct(
            field("run_id", DataTypes.StringType, false),
            field("started_at", DataTypes.TimestampType, false),
            field("finished_at", DataTypes.TimestampType, false),
            field("inputs", DataTypes.createArrayType(DataTypes.StringType, true), false),
            field("inputs_read", DataTypes.LongType, false),
            field("unchanged", DataTypes.LongType, false),
            field("reports_written", DataTypes.LongType, false),
            field("quarantined", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), false),
            field("max_modified_at", DataTypes.TimestampType, true)),
            List.of(), List.of("run_id"));

    /** One row per report and rule instance: strict and lenient status, expected, actual, difference. */
    public static final TableDef RULE_RESULTS = new TableDef("rule_results", struct(
            field("report_id", DataTypes.StringType, false),
            field("year", DataTypes.IntegerType, true),
            field("rule_id", DataTypes.StringType, false),
            field("instance", DataTypes.StringType, false),
            field("severity", DataTypes.StringType, false),
            field("status", DataTypes.StringType, false),
            field("expected", RESULT_VALUE, true),
            field("actual", RESULT_VALUE, true),
            field("difference", RESULT_VALUE, true),
            field("lenient_status", DataTypes.StringType, false),
            field("lenient_expected", RESULT_VALUE, true),
            field("lenient_actual", RESULT_VALUE, true),
            field("lenient_difference", RESULT_VALUE, true),
            field("cells", DataTypes.createArrayType(DataTypes.StringType, true), true),
            field("message", DataTypes.StringType, true),
            field("run_id", DataTypes.StringType, false)),
            List.of("year"), List.of("report_id", "rule_id", "instance"));

    /** One row per current report: the rules it failed, a score and the flags analysts filter on. */
    public static final TableDef REPORT_QUALITY = new TableDef("report_quality", struct(
            field("report_id", DataTypes.StringType, false),
            field("year", DataTypes.IntegerType, true),
            field("errors_failed", DataTypes.IntegerType, false),
            field("warnings_failed", DataTypes.IntegerType, false),
            field("rules_not_evaluable", DataTypes.IntegerType, false),
            field("instances_failed", DataTypes.IntegerType, false),
            field("instances_evaluated", DataTypes.IntegerType, false),
            field("score", DataTypes.IntegerType, false),
            field("failed_rules", DataTypes.createArrayType(DataTypes.StringType, true), false),
            field("late", DataTypes.BooleanType, false),
            field("copied", DataTypes.BooleanType, false),
            field("blank_totals", DataTypes.BooleanType, false),
            field("format_mismatch", DataTypes.BooleanType, false),
            field("narrative_mismatch", DataTypes.BooleanType, false),
            field("dropped_by", DataTypes.createArrayType(DataTypes.StringType, true), false),
            field("run_id", DataTypes.StringType, false)),
            List.of("year"), List.of("report_id"));

    /** Table 三 per report, applicant type and outcome (2019 and 2021 in one scheme); zero counts left out. */
    public static final TableDef REQUEST_OUTCOMES = new TableDef("request_outcomes", struct(
            field("report_id", DataTypes.StringType, false),
            field("year", DataTypes.IntegerType, true),
            field("applicant_type", DataTypes.StringType, false),
            field("applicant_class", DataTypes.StringType, false),
            field("outcome_group", DataTypes.StringType, false),
            field("outcome", DataTypes.StringType, false),
            field("count", DataTypes.LongType, true),
            field("cell_state", DataTypes.StringType, false),
            field("run_id", DataTypes.StringType, false)),
            List.of("year"), List.of("report_id", "applicant_type", "outcome"));

    /** One row per validate run, rule by rule (the expectations' event log). */
    public static final TableDef VALIDATION_RUNS = new TableDef("validation_runs", struct(
            field("run_id", DataTypes.StringType, false),
            field("started_at", DataTypes.TimestampType, false),
            field("finished_at", DataTypes.TimestampType, false),
            field("reports", DataTypes.LongType, false),
            field("reports_with_errors", DataTypes.LongType, false),
            field("rules", DataTypes.createArrayType(struct(
                    field("rule_id", DataTypes.StringType, true),
                    field("severity", DataTypes.StringType, true),
                    field("reports", DataTypes.LongType, true),
                    field("passed", DataTypes.LongType, true),
                    field("failed", DataTypes.LongType, true),
                    field("not_evaluable", DataTypes.LongType, true),
                    field("lenient_failed", DataTypes.LongType, true),
                    field("reports_failed", DataTypes.LongType, true)), true), false),
            field("outcome", DataTypes.StringType, false)),
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
            field("report_id", DataTypes.StringType, true),
            field("source_uri", DataTypes.StringType, false),
            field("kind", DataTypes.StringType, false),
            field("cells", DataTypes.createArrayType(DEFECT_CELL, true), false),
            field("detail", DataTypes.StringType, false)),
            List.of(), List.of("source_uri", "kind"));

    private Tables() {
    }

    static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
