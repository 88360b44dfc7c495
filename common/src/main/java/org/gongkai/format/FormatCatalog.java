package org.gongkai.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The official formats as data: the one place that knows the tables, rows, columns, their printed labels and
 * variants, the identities and the narrative clues. Loaded from {@code catalog.json} beside this class.
 */
public final class FormatCatalog {

    public static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "catalog.json";
    private static final FormatCatalog STANDARD = load();

    private final Map<String, ReportFormat> formats;
    private final List<String> placeholders;
    private final List<NarrativeClue> narrativeClues;
    private final Map<String, List<String>> outcomeGroups;
    private final Map<String, List<String>> applicantClasses;

    private FormatCatalog(Map<String, ReportFormat> formats, List<String> placeholders,
                          List<NarrativeClue> narrativeClues, Map<String, List<String>> outcomeGroups,
                          Map<String, List<String>> applicantClasses) {
        this.formats = formats;
        this.placeholders = placeholders;
        this.narrativeClues = narrativeClues;
        this.outcomeGroups = outcomeGroups;
        this.applicantClasses = applicantClasses;
    }

    /** The catalog shipped with Gongkai. */
    public static FormatCatalog standard() {
        return STANDARD;
    }

    public List<ReportFormat> formats() {
        return List.copyOf(formats.values());
    }

    public Optional<ReportFormat> format(String code) {
        return Optional.ofNullable(formats.get(code));
    }

    /** The format a report of this year must use, if the year is covered. */
    public Optional<ReportFormat> formatForYear(int year) {
        return formats.values().stream().filter(f -> f.coversYear(year)).findFirst();
    }

    /** Printed cell texts that mean "nothing to report" rather than a number. */
    public List<String> placeholders() {
        return placeholders;
    }

    public List<NarrativeClue> narrativeClues() {
        return narrativeClues;
    }

    /**
     * The one scheme that makes 2019 and 2021 outcomes comparable: outcome group → the outcome rows of table 三 in it
     * (2019's single （六） row and 2021's three sub-rows are all in {@code other}).
     */
    public Map<String, List<String>> outcomeGroups() {
        return outcomeGroups;
    }

    /** Applicant class (natural person, legal person or other organisation) → its applicant columns of table 三. */
    public Map<String, List<String>> applicantClasses() {
        return applicantClasses;
    }

    private static FormatCatalog load() {
        try (InputStream in = FormatCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("format catalog resource missing: " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, ReportFormat> formats = new LinkedHashMap<>();
            root.get("formats").fields().forEachRemaining(e -> formats.put(e.getKey(), readFormat(e.getValue())));
            return new FormatCatalog(formats, strings(root.get("placeholders")), readClues(root.get("narrative_clues")),
                    groups(root.get("outcome_groups")), groups(root.get("applicant_classes")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the format catalog", e);
        }
    }

    private static ReportFormat readFormat(JsonNode node) {
        List<TableSpec> tables = new ArrayList<>();
        node.get("tables").forEach(t -> tables.add(readTable(t)));
        List<Identity> identities = new ArrayList<>();
        node.get("identities").forEach(i -> identities.add(new Identity(
                i.get("id").asText(), i.get("table").asText(), i.get("scope").asText(),
                text(i, "total"), strings(i.get("parts")), strings(i.get("lhs")), strings(i.get("rhs")),
                text(i, "description"))));
        int lastYear = node.hasNonNull("last_year") ? node.get("last_year").asInt() : Integer.MAX_VALUE;
        return new ReportFormat(node.get("code").asText(), strings(node.get("signature")), List.copyOf(tables),
                List.copyOf(identities), node.get("first_year").asInt(), lastYear);
    }

    private static TableSpec readTable(JsonNode node) {
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        node.get("cols").forEach(c -> {
            ColumnSpec column = new ColumnSpec(c.get("code").asText(), c.get("label").asText(),
                    strings(c.get("variants")), ColumnKind.fromCatalog(c.get("kind").asText()), text(c, "unit"),
                    c.path("only_when_printed").asBoolean(false), strings(c.get("subtotal_of")));
            columns.put(column.code(), column);
        });
        List<RowSpec> rows = new ArrayList<>();
        node.get("rows").forEach(r -> {
            List<String> columnCodes = r.has("cols") ? strings(r.get("cols")) : List.copyOf(columns.keySet());
            List<ColumnSpec> allColumns = columnCodes.stream().map(columns::get).toList();
            rows.add(new RowSpec(r.get("code").asText(), r.get("label").asText(), r.get("ordinal").asText(),
                    text(r, "group"), strings(r.get("variants")),
                    allColumns.stream().filter(c -> !c.onlyWhenPrinted()).toList(),
                    r.path("only_when_printed").asBoolean(false), strings(r.get("replaces")),
                    strings(r.get("subtotal_of")), allColumns));
        });
        TableSpec table = new TableSpec(node.get("code").asText(), node.get("title").asText(), List.copyOf(rows),
                columns.values().stream().filter(c -> !c.onlyWhenPrinted()).toList(), List.copyOf(columns.values()));
        checkSubtotals(table);
        return table;
    }

    /**
     * A subtotal exists only when printed (a report that does not print it has no such cell) and sums other
     * rows or columns of its own table, none of them a subtotal: the rule compiler builds D5 from that.
     */
    private static void checkSubtotals(TableSpec table) {
        for (RowSpec row : table.rows()) {
            if (row.isSubtotal() && (!row.onlyWhenPrinted() || !row.subtotalOf().stream()
                    .allMatch(item -> table.row(item).filter(r -> !r.isSubtotal()).isPresent()))) {
                throw new IllegalStateException("subtotal row " + row.code() + " of table " + table.code()
                        + " must be only_when_printed and sum rows of its table: " + row.subtotalOf());
            }
        }
        for (ColumnSpec column : table.allColumns()) {
            if (column.isSubtotal() && (!column.onlyWhenPrinted()
                    || !column.subtotalOf().stream().allMatch(item -> table.columns().stream()
                    .anyMatch(c -> c.code().equals(item))))) {
                throw new IllegalStateException("subtotal column " + column.code() + " of table " + table.code()
                        + " must be only_when_printed and sum columns of its table: " + column.subtotalOf());
            }
        }
    }

    private static List<NarrativeClue> readClues(JsonNode node) {
        List<NarrativeClue> clues = new ArrayList<>();
        node.forEach(c -> clues.add(new NarrativeClue(c.get("table").asText(), c.get("row").asText(),
                c.get("col").asText(), Pattern.compile(c.get("pattern").asText()))));
        return List.copyOf(clues);
    }

    private static Map<String, List<String>> groups(JsonNode node) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> groups.put(e.getKey(), strings(e.getValue())));
        return java.util.Collections.unmodifiableMap(groups);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return List.copyOf(out);
    }
}
