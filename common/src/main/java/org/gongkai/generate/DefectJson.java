package org.gongkai.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * One line of defects.jsonl: {"file","report_id","kind","cells":[{"table","row","col","printed","correct"}],
 * "detail"} and, for a bad file, "expected_reason" (the parser's quarantine reason code).
 */
public final class DefectJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DefectJson() {
    }

    static String line(String file, String reportId, Defect defect) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeStringField("report_id", reportId);
            g.writeStringField("kind", defect.kind().code());
            g.writeArrayFieldStart("cells");
            for (DefectCell c : defect.cells()) {
                g.writeStartObject();
                g.writeStringField("table", c.table());
                g.writeStringField("row", c.row());
                g.writeStringField("col", c.column());
                number(g, "printed", c.printed());
                number(g, "correct", c.correct());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("detail", defect.detail());
            if (defect.kind().isBadFile()) {
                g.writeStringField("expected_reason", defect.kind().expectedReason());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.toPlainString());
        }
    }
}
