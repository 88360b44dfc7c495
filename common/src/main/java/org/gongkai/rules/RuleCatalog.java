package org.gongkai.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The consistency rules as data (DESIGN.md "Rules are data"), loaded from {@code rules.json} beside this class.
 * Adding a rule of an existing kind is adding an entry there and a test.
 */
public final class RuleCatalog {

    private static final String RESOURCE = "rules.json";
    private static final RuleCatalog STANDARD = load();

    private final List<Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The catalog shipped with Gongkai. */
    public static RuleCatalog standard() {
        return STANDARD;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rules of one kind, in catalog order. */
    public <T extends Rule> List<T> rulesOf(Class<T> kind) {
        return rules.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static RuleCatalog load() {
        try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule catalog resource missing: " + RESOURCE);
            }
            List<Rule> rules = new ArrayList<>();
            new ObjectMapper().readTree(in).get("rules").forEach(node -> rules.add(read(node)));
            return new RuleCatalog(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule catalog", e);
        }
    }

    private static Rule read(JsonNode node) {
        RuleInfo info = new RuleInfo(node.get("id").asText(), node.get("kind").asText(),
                Severity.fromCode(node.get("severity").asText()), node.get("basis").asText(),
                node.get("zh").asText(), node.get("en").asText());
        return switch (info.kind()) {
            case "identity" -> new IdentityRule(info, text(node, "table"), text(node, "scope"),
                    list(node, "left", Term::parse), list(node, "right", Term::parse),
                    list(node, "instances", Function.identity()), list(node, "formats", Function.identity()));
            case "cell_domain" -> new CellDomainRule(info, list(node, "tables", Function.identity()));
            case "subtotals" -> new SubtotalRule(info, text(node, "table"));
            case "narrative" -> new NarrativeRule(info, text(node, "section"), statements(node.get("statements")));
            case "fee_disclosure" -> new FeeDisclosureRule(info, CellRef.parse(text(node, "cell")),
                    text(node, "section"), text(node, "pattern"));
            case "format_year" -> new FormatYearRule(info);
            case "timeliness" -> new TimelinessRule(info, node.get("from_year").asInt(),
                    text(node, "government_name_pattern"), deadlines(node.get("deadlines")));
            case "copy_of_previous" -> new CopyRule(info, node.get("min_nonzero_cells").asInt());
            case "near_duplicate" -> new NearDuplicateRule(info, text(node, "section"),
                    node.get("similarity").asDouble());
            case "hierarchy" -> new HierarchyRule(info, list(node, "cells", CellRef::parse),
                    node.get("tolerance").asDouble(), node.get("minimum_difference").asLong());
            default -> throw new IllegalStateException("rule " + info.id() + ": unknown kind " + info.kind());
        };
    }

    private static List<NarrativeStatement> statements(JsonNode array) {
        List<NarrativeStatement> statements = new ArrayList<>();
        array.forEach(s -> statements.add(new NarrativeStatement(text(s, "code"), text(s, "pattern"), text(s, "table"),
                list(s, "rows", Function.identity()), list(s, "cells", CellRef::parse), text(s, "zh"))));
        return List.copyOf(statements);
    }

    private static Map<String, MonthDay> deadlines(JsonNode node) {
        Map<String, MonthDay> deadlines = new LinkedHashMap<>();
        DateTimeFormatter monthDay = DateTimeFormatter.ofPattern("MM-dd");
        node.fields().forEachRemaining(e -> deadlines.put(e.getKey(), MonthDay.parse(e.getValue().asText(), monthDay)));
        return Map.copyOf(deadlines);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static <T> List<T> list(JsonNode node, String field, Function<String, T> parse) {
        List<T> out = new ArrayList<>();
        if (node.has(field)) {
            node.get(field).forEach(n -> out.add(parse.apply(n.asText())));
        }
        return List.copyOf(out);
    }
}
