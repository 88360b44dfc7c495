package org.gongkai.jobs.ingest;

import org.apache.spark.sql.Row;
import org.gongkai.render.RandomReports;
import org.gongkai.report.Cell;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report becomes its table rows, or a quarantine row when the cells table could not hold it exactly. */
class ParsedRowsTest {

    private static Row rowOf(NormalizedReport report) {
        IngestResult result = new InputTransform(1 << 20).apply(new IngestInput("file:/in/r.jsonl#L1", IngestInput.RECORD,
                ReportJson.write(report, false).getBytes(java.nio.charset.StandardCharsets.UTF_8), null, 100, null,
                ManifestEntry.NONE, null));
        return ParsedRows.toRow(result, "run-1", "test");
    }

    /** Rows made by RowFactory carry no schema: fields are found through ParsedRows.SCHEMA. */
    @SuppressWarnings("unchecked")
    private static <T> T field(Row row, String name) {
        return (T) row.get(ParsedRows.SCHEMA.fieldIndex(name));
    }

    private static NormalizedReport withFirstValue(BigDecimal value) {
        NormalizedReport report = RandomReports.report(new Random(2), "2021", 2023);
        List<Cell> cells = new ArrayList<>(report.cells());
        Cell first = cells.get(0);
        cells.set(0, new Cell(first.table(), first.row(), first.column(), first.state(), value, first.unit(),
                value.toPlainString(), first.candidates()));
        return new NormalizedReport(report.reportId(), report.source(), report.title(), report.agency(), report.year(),
                report.publishedOn(), report.format(), cells, report.sections(), report.notices());
    }

    @Test
    void aReportBecomesOneReportRowAndOneRowPerCell() {
        Row row = rowOf(withFirstValue(new BigDecimal("12.5")));
        assertEquals(ParsedRows.REPORT, field(row, "outcome"));
        assertEquals(175 + 10 + 15, ParsedRowsTest.<scala.collection.Seq<Row>>field(row, "cells").size());
        assertEquals("run-1", ParsedRowsTest.<Row>field(row, "report").get(org.gongkai.jobs.warehouse.Tables.REPORTS.schema().fieldIndex("run_id")));
    }

    @Test
    void aValueTheCellsTableCannotHoldIsRefusedNotRounded() {
        for (String value : List.of("1000000000000000000", "0.0000001")) {
            Row row = rowOf(withFirstValue(new BigDecimal(value)));
            assertEquals(ParsedRows.QUARANTINE, field(row, "outcome"), value);
            assertEquals("value_out_of_range", field(row, "reason"));
            String message = field(row, "message");
            assertTrue(message.contains(value), message);
        }
    }
}
