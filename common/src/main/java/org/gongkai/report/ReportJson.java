package org.gongkai.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON codec of the normalized report. Writes exactly the contract's shape and field order, so the same
 * report always gives the same bytes; reads the same shape (as written by {@code parse} or by other tools).
 */
public final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ReportJson() {
    }

    /** One line of JSON (for JSON Lines), or indented for people. */
    public static String write(NormalizedReport report, boolean pretty) {
        StringWriter out = new StringWriter(16_384);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            writeReport(g, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeReport(JsonGenerator g, NormalizedReport r) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", NormalizedReport.SCHEMA);
        g.writeStringField("report_id", r.reportId());
        g.writeObjectFieldStart("source");
        g.writeStringField("uri", r.source().uri());
        g.writeStringField("sha256", r.source().sha256());
        g.writeStringField("layout", r.source().layout());
        g.writeStringField("encoding", r.source().encoding());
        g.writeEndObject();
        g.writeStringField("title", r.title());
        g.writeObjectFieldStart("agency");
        g.writeStringField("name", r.agency().name());
        g.writeStringField("region_code", r.agency().regionCode());
        g.writeStringField("level", r.agency().level());
        g.writeStringField("scope", r.agency().scope());
        g.writeEndObject();
        if (r.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", r.year());
        }
        g.writeStringField("published_on", r.publishedOn());
        g.writeStringField("format", r.format());
        g.writeArrayFieldStart("cells");
        for (Cell c : r.cells()) {
            writeCell(g, c);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("sections");
        for (Map.Entry<String, String> s : r.sections().entrySet()) {
            g.writeStringField(s.getKey(), s.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("notices");
        for (Notice n : r.notices()) {
            g.writeStartObject();
            g.writeStringField("code", n.code());
            g.writeStringField("message", n.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeCell(JsonGenerator g, Cell c) throws IOException {
        g.writeStartObject();
        g.writeStringField("table", c.table());
        g.writeStringField("row", c.row());
        g.writeStringField("col", c.column());
        g.writeStringField("state", c.state().code());
        writeNumber(g, "value", c.value());
        g.writeStringField("raw", c.raw());
        if (c.unit() != null) {
            g.writeStringField("unit", c.unit());
        }
        if (!c.candidates().isEmpty()) {
            g.writeArrayFieldStart("candidates");
            for (List<BigDecimal> reading : c.candidates()) {
                g.writeStartArray();
                for (BigDecimal v : reading) {
                    writeNumber(g, null, v);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeNumber(JsonGenerator g, String field, BigDecimal value) throws IOException {
        if (field != null) {
            g.writeFieldName(field);
        }
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.toPlainString());
        }
    }

    /** Reads one normalized report; fields the contract allows to be absent become null or empty. */
    public static NormalizedReport read(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a normalized report: " + e.getMessage(), e);
        }
    }

    private static NormalizedReport fromTree(JsonNode n) {
        if (!n.isObject() || !n.path("cells").isArray()) {
            throw new IllegalArgumentException("not a normalized report: no cells array");
        }
        JsonNode src = n.path("source");
        JsonNode ag = n.path("agency");
        List<Cell> cells = new ArrayList<>();
        n.get("cells").forEach(c -> cells.add(cellFromTree(c)));
        Map<String, String> sections = new LinkedHashMap<>();
        n.path("sections").fields().forEachRemaining(e -> sections.put(e.getKey(), e.getValue().asText()));
        List<Notice> notices = new ArrayList<>();
        n.path("notices").forEach(x -> notices.add(new Notice(text(x, "code"), text(x, "message"))));
        return new NormalizedReport(text(n, "report_id"),
                new Source(text(src, "uri"), text(src, "sha256"),
                        src.hasNonNull("layout") ? text(src, "layout") : text(n, "layout"), text(src, "encoding")),
                text(n, "title"),
                new Agency(text(ag, "name"), text(ag, "region_code"), text(ag, "level"), text(ag, "scope")),
                n.hasNonNull("year") ? n.get("year").asInt() : null,
                text(n, "published_on"), text(n, "format"), List.copyOf(cells), sections, List.copyOf(notices));
    }

    private static Cell cellFromTree(JsonNode c) {
        List<List<BigDecimal>> candidates = new ArrayList<>();
        c.path("candidates").forEach(reading -> {
            List<BigDecimal> values = new ArrayList<>();
            reading.forEach(v -> values.add(v.isNull() ? null : v.decimalValue()));
            candidates.add(values);
        });
        return new Cell(text(c, "table"), text(c, "row"), text(c, "col"), CellState.fromCode(text(c, "state")),
                c.hasNonNull("value") ? c.get("value").decimalValue() : null, text(c, "unit"), text(c, "raw"),
                candidates);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
