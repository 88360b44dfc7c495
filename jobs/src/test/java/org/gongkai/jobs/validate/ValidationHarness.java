package org.gongkai.jobs.validate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gongkai.jobs.warehouse.ScalaValues;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.region.RegionRegistry;
import org.gongkai.report.Cell;
import org.gongkai.report.NormalizedReport;
import org.gongkai.rules.RuleCatalog;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the validation transform on reports written in a test, with no warehouse: the reports and cells frames
 * have the columns the transform reads from the tables of the same names.
 */
final class ValidationHarness {

    static final StructType REPORTS = new StructType()
            .add("report_id", DataTypes.StringType).add("report_key", DataTypes.StringType)
            .add("is_current", DataTypes.BooleanType).add("year", DataTypes.IntegerType)
            .add("format", DataTypes.StringType).add("agency_name", DataTypes.StringType)
            .add("level", DataTypes.StringType).add("scope", DataTypes.StringType)
            .add("region_code", DataTypes.StringType).add("province_code", DataTypes.StringType)
            .add("prefecture_code", DataTypes.StringType).add("county_code", DataTypes.StringType)
            .add("township_code", DataTypes.StringType).add("published_on", DataTypes.DateType)
            .add("sections", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));

    static final StructType CELLS = new StructType()
            .add("report_id", DataTypes.StringType).add("year", DataTypes.IntegerType)
            .add("table", DataTypes.StringType).add("row", DataTypes.StringType).add("col", DataTypes.StringType)
            .add("state", DataTypes.StringType).add("value", Tables.VALUE);

    private final SparkSession spark;

    ValidationHarness(SparkSession spark) {
        this.spark = spark;
    }

    /** Every rule result of these reports (every one current), staged as the job stages them. */
    Results validate(TestReport... reports) {
        Validation validation = new Validation(RuleCatalog.standard(), Map.of());
        Dataset<Row> reportRows = reports(List.of(reports));
        Dataset<Row> cellRows = cells(List.of(reports));
        Dataset<Row> wide = validation.wideReports(reportRows, cellRows, (rows, name) -> rows.localCheckpoint()).localCheckpoint();
        Dataset<Row> checked = WithoutWholeStageCodegen.run(spark, () -> validation.checkedReports(wide).localCheckpoint());
        List<Row> rows = validation.ruleResults(wide, checked, "test").collectAsList();
        return new Results(rows.stream().map(Result::of).toList());
    }

    Dataset<Row> reports(List<TestReport> reports) {
        RegionRegistry registry = RegionRegistry.standard();
        List<Row> rows = new ArrayList<>();
        for (TestReport report : reports) {
            Map<String, String> codes = new java.util.HashMap<>();
            registry.find(report.regionCode).ifPresent(r -> registry.path(r).forEach(step ->
                    codes.put(step.level().name().toLowerCase(java.util.Locale.ROOT), step.code())));
            rows.add(RowFactory.create(report.reportId(), report.reportKey(), true, report.year, report.format,
                    report.agency, report.level, report.scope, report.regionCode, codes.get("province"),
                    codes.get("prefecture"), codes.get("county"), codes.get("township"),
                    report.publishedOn == null ? null : Date.valueOf(LocalDate.parse(report.publishedOn)),
                    ScalaValues.map(report.sections)));
        }
        return spark.createDataFrame(rows, REPORTS);
    }

    Dataset<Row> cells(List<TestReport> reports) {
        List<Row> rows = new ArrayList<>();
        for (TestReport report : reports) {
            NormalizedReport normalized = report.normalized();
            for (Cell cell : normalized.cells()) {
                rows.add(RowFactory.create(normalized.reportId(), normalized.year(), cell.table(), cell.row(),
                        cell.column(), cell.state().code(), cell.value()));
            }
        }
        return spark.createDataFrame(rows, CELLS);
    }

    record Result(String reportId, String ruleId, String instance, String status, BigDecimal expected,
                  BigDecimal actual, BigDecimal difference, String lenientStatus, BigDecimal lenientDifference,
                  List<String> cells, String message) {

        static Result of(Row row) {
            List<String> cells = row.isNullAt(row.fieldIndex("cells")) ? List.of() : row.getList(row.fieldIndex("cells"));
            return new Result(row.getAs("report_id"), row.getAs("rule_id"), row.getAs("instance"), row.getAs("status"),
                    row.getAs("expected"), row.getAs("actual"), row.getAs("difference"), row.getAs("lenient_status"),
                    row.getAs("lenient_difference"), cells, row.getAs("message"));
        }
    }

    record Results(List<Result> all) {

        Optional<Result> find(TestReport report, String ruleId, String instance) {
            return all.stream().filter(r -> r.reportId().equals(report.reportId()) && r.ruleId().equals(ruleId)
                    && r.instance().equals(instance)).findFirst();
        }

        Result get(TestReport report, String ruleId, String instance) {
            return find(report, ruleId, instance).orElseThrow(() -> new AssertionError(
                    "no result " + ruleId + "/" + instance + " for " + report.reportId() + "; have "
                            + of(report).stream().map(r -> r.ruleId() + "/" + r.instance()).toList()));
        }

        List<Result> of(TestReport report) {
            return all.stream().filter(r -> r.reportId().equals(report.reportId())).toList();
        }

        /** The results of a rule for a report that did not pass. */
        List<Result> notPassed(TestReport report, String ruleId) {
            return of(report).stream().filter(r -> r.ruleId().equals(ruleId) && !r.status().equals("pass")).toList();
        }
    }
}
