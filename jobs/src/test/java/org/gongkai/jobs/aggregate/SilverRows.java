package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.warehouse.ScalaValues;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.region.RegionRegistry;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Silver rows written by hand for aggregate's tests, with the full schemas of the tables ({@link Tables}), as
 * ingest and validate would write them: reports placed in the region registry, their cells, request outcomes,
 * report quality and rule results.
 */
final class SilverRows {

    final List<Row> reports = new ArrayList<>();
    final List<Row> cells = new ArrayList<>();
    final List<Row> requestOutcomes = new ArrayList<>();
    final List<Row> reportQuality = new ArrayList<>();
    final List<Row> ruleResults = new ArrayList<>();

    /** A current report of the agency at this region code (null: a State Council department, no region). */
    Report report(String id, int year, String level, String scope, String regionCode) {
        return report(id, id, true, year, level, scope, regionCode);
    }

    Report report(String id, String key, boolean current, int year, String level, String scope, String regionCode) {
        Map<String, String> codes = new HashMap<>();
        RegionRegistry registry = RegionRegistry.standard();
        if (regionCode != null) {
            registry.find(regionCode).ifPresent(r -> registry.path(r).forEach(step ->
                    codes.put(step.level().name().toLowerCase(Locale.ROOT), step.code())));
        }
        // A title with a comma and quotes, as exports must quote it.
        String title = year + "年度\"政府信息公开\",工作报告";
        reports.add(RowFactory.create(id, key, current, year, year >= 2021 ? "2021" : "2019", title, "机关 " + id,
                level, scope,
                regionCode, codes.get("province"), codes.get("prefecture"), codes.get("county"), codes.get("township"),
                Date.valueOf(year + 1 + "-01-20"), "files/" + id, "sha-" + id, "generated", "files/" + id,
                Timestamp.valueOf("2024-02-01 00:00:00"), null, "pipe-text", "UTF-8", ScalaValues.map(Map.of()),
                "parsed", ScalaValues.seq(List.of()), ScalaValues.map(Map.of()), "test", "silver-run"));
        return new Report(id, year);
    }

    Dataset<Row> frame(SparkSession spark, TableDef table) {
        List<Row> rows = switch (table.name()) {
            case "reports" -> reports;
            case "cells" -> cells;
            case "request_outcomes" -> requestOutcomes;
            case "report_quality" -> reportQuality;
            case "rule_results" -> ruleResults;
            default -> throw new IllegalArgumentException(table.name());
        };
        return spark.createDataFrame(rows, table.schema());
    }

    SilverFrames frames(SparkSession spark) {
        return new SilverFrames(frame(spark, Tables.REPORTS), frame(spark, Tables.CELLS),
                frame(spark, Tables.REQUEST_OUTCOMES), frame(spark, Tables.REPORT_QUALITY),
                frame(spark, Tables.RULE_RESULTS), RegionNames.standard(spark));
    }

    final class Report {
        final String id;
        final int year;

        Report(String id, int year) {
            this.id = id;
            this.year = year;
        }

        /** A cell holding a number. */
        Report number(String table, String row, String col, String value) {
            return cell(table, row, col, "number", new BigDecimal(value), null);
        }

        Report amount(String row, String col, String value, String unit) {
            return cell("proactive", row, col, "number", new BigDecimal(value), unit);
        }

        /** A cell without a number: blank, placeholder, missing or ambiguous. */
        Report empty(String table, String row, String col, String state) {
            return cell(table, row, col, state, null, null);
        }

        private Report cell(String table, String row, String col, String state, BigDecimal value, String unit) {
            cells.add(RowFactory.create(id, year, table, row, col, state, value, unit,
                    value == null ? "" : value.toPlainString(), ScalaValues.seq(List.of())));
            return this;
        }

        /** A request_outcomes row as validate writes it (count null for a cell without a number). */
        Report outcome(String applicantType, String outcome, Long count) {
            String applicantClass = applicantType.equals("natural_person") ? "natural_person" : "legal_person_or_org";
            String group = outcome.startsWith("denied") ? "denied" : outcome.startsWith("unable") ? "unable"
                    : outcome.startsWith("rejected") ? "rejected" : outcome.startsWith("other") ? "other" : outcome;
            requestOutcomes.add(RowFactory.create(id, year, applicantType, applicantClass, group, outcome, count,
                    count == null ? "blank" : "number", "validate-run"));
            return this;
        }

        Report quality(int errors, int warnings, int score, boolean late, boolean copied, List<String> droppedBy) {
            reportQuality.add(RowFactory.create(id, year, errors, warnings, 0, errors + warnings, 10, score,
                    ScalaValues.seq(List.of()), late, copied, false, false, false, ScalaValues.seq(droppedBy),
                    "validate-run"));
            return this;
        }

        Report clean() {
            return quality(0, 0, 100, false, false, List.of());
        }

        Report rule(String ruleId, String instance, String severity, String status) {
            ruleResults.add(RowFactory.create(id, year, ruleId, instance, severity, status, null, null, null, status,
                    null, null, null, ScalaValues.seq(List.of()), null, "validate-run"));
            return this;
        }
    }
}
