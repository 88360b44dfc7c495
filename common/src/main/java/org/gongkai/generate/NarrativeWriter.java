package org.gongkai.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongkai.report.Cell;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The report's prose (sections 一, 五, 六) from the phrases of {@code texts.json}. The overview quotes the
 * table's numbers the way real reports do (收到申请N件…办结N件…结转下年度继续办理N件), so that a narrative
 * that disagrees with the table can be injected by quoting another number.
 */
final class NarrativeWriter {

    private static final JsonNode TEXTS = Resources.json("texts.json");

    private NarrativeWriter() {
    }

    static String title(UniverseAgency agency, int year) {
        String template = TEXTS.get(agency.isAggregate() ? "aggregate_title" : "title").asText();
        return template.replace("{agency}", agency.name()).replace("{region}", agency.regionName())
                .replace("{year}", String.valueOf(year));
    }

    /**
     * The sections of a report whose tables print {@code cells}; {@code quotedReceived} is the number of new
     * requests the overview quotes (the table's, unless a mismatch is being injected).
     */
    static Map<String, String> sections(UniverseAgency agency, int year, String format, List<Cell> cells,
                                        long quotedReceived, SplittableRandom random) {
        StringBuilder overview = new StringBuilder();
        if (agency.isAggregate()) {
            overview.append(fill("aggregate_statement", "{publisher}", agency.publisher())).append('\n');
        }
        overview.append(fill("period", "{year}", String.valueOf(year))).append('\n');
        String self = agency.isAggregate()
                ? TEXTS.get("self_aggregate").asText().replace("{unit}", regionUnit(agency))
                : TEXTS.get("self_own").asText();
        overview.append(TEXTS.get("requests_sentence").asText().replace("{year}", String.valueOf(year))
                .replace("{self}", self).replace("{received}", String.valueOf(quotedReceived))
                .replace("{natural}", number(cells, "requests", "new_received", "natural_person"))
                .replace("{handled}", number(cells, "requests", "total_handled", "total"))
                .replace("{forward}", number(cells, "requests", "carried_forward", "total"))).append('\n');
        if (format.equals("2021")) {
            overview.append(TEXTS.get("normative_sentence").asText()
                    .replace("{issued}", number(cells, "proactive", "normative_documents", "issued"))
                    .replace("{in_force}", number(cells, "proactive", "normative_documents", "in_force"))).append('\n');
        }
        List<String> phrases = Resources.strings(TEXTS.get("phrases"));
        int paragraphs = 2 + random.nextInt(5);
        for (int i = 0; i < paragraphs; i++) {
            overview.append(year).append("年，").append(self).append(phrases.get(random.nextInt(phrases.size())))
                    .append("，").append(phrases.get(random.nextInt(phrases.size()))).append("。\n");
        }
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("overview", overview.toString().strip());
        sections.put("problems", pick("problems", random));
        sections.put("other_matters", otherMatters(cells, random));
        return sections;
    }

    /** Section 六: a report counting requests ended by unpaid fees reports on its fees there (rule X5). */
    private static String otherMatters(List<Cell> cells, SplittableRandom random) {
        String picked = pick("other_matters", random);
        String unpaid = number(cells, "requests", "other_unpaid_fee", "total");
        return new BigDecimal(unpaid).signum() > 0
                ? TEXTS.get("unpaid_fee_matters").asText().replace("{unpaid}", unpaid) : picked;
    }

    /** The number a cell prints, for quoting; blank cells quote 0 as people do. */
    static String number(List<Cell> cells, String table, String row, String column) {
        return cells.stream().filter(c -> c.table().equals(table) && c.row().equals(row) && c.column().equals(column))
                .map(Cell::value).filter(java.util.Objects::nonNull).findFirst().orElse(BigDecimal.ZERO).toPlainString();
    }

    private static String regionUnit(UniverseAgency agency) {
        String name = agency.regionName();
        String kind = name.endsWith("自治区") ? "autonomous_region" : name.endsWith("省") ? "province"
                : name.endsWith("自治州") ? "autonomous_prefecture" : name.endsWith("盟") ? "league"
                : name.endsWith("地区") ? "area"
                : name.endsWith("区") ? "district" : name.endsWith("县") || name.endsWith("旗") ? "county"
                : agency.level().equals("province") ? "municipality" : "prefecture";
        return TEXTS.get("region_unit").get(kind).asText();
    }

    private static String fill(String key, String placeholder, String value) {
        return TEXTS.get(key).asText().replace(placeholder, value);
    }

    private static String pick(String key, SplittableRandom random) {
        JsonNode options = TEXTS.get(key);
        return options.get(random.nextInt(options.size())).asText();
    }
}
