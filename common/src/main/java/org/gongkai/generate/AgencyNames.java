package org.gongkai.generate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agency naming data of {@code agencies.json}: department lists per level, name suffixes, township shares. */
final class AgencyNames {

    private static final AgencyNames STANDARD = new AgencyNames(Resources.json("agencies.json"));

    private final Map<String, List<DepartmentSpec>> departments = new LinkedHashMap<>();
    private final JsonNode governmentSuffix;
    private final JsonNode townshipSuffix;
    private final JsonNode townshipShare;
    private final List<String> municipalities;
    private final String municipalityOffice;

    private AgencyNames(JsonNode root) {
        for (String list : List.of("national", "province", "prefecture", "county", "functional_zone")) {
            List<DepartmentSpec> specs = new ArrayList<>();
            root.get(list).forEach(d -> specs.add(new DepartmentSpec(d.get("key").asText(), d.get("name").asText(),
                    d.path("weight").asDouble(1.0), d.path("share").asDouble(1.0))));
            departments.put(list, List.copyOf(specs));
        }
        governmentSuffix = root.get("government_suffix");
        townshipSuffix = root.get("township_suffix");
        townshipShare = root.get("township_publish_share");
        municipalities = Resources.strings(root.get("municipalities"));
        municipalityOffice = root.get("municipality_office").asText();
    }

    static AgencyNames standard() {
        return STANDARD;
    }

    /** national, province, prefecture, county or functional_zone. */
    List<DepartmentSpec> departments(String list) {
        return departments.get(list);
    }

    boolean isMunicipality(String provinceCode) {
        return municipalities.contains(provinceCode);
    }

    /** A municipality's general office is a 厅 although its other departments are named like a city's. */
    String municipalityOffice() {
        return municipalityOffice;
    }

    /** 人民政府, or 行政公署 for 地区 and 盟, or 管理委员会 for a functional zone. */
    String governmentSuffix(String regionName, boolean functionalZone) {
        if (functionalZone) {
            return governmentSuffix.get("functional_zone").asText();
        }
        for (String ending : List.of("地区", "盟")) {
            if (regionName.endsWith(ending)) {
                return governmentSuffix.get(ending).asText();
            }
        }
        return governmentSuffix.get("default").asText();
    }

    /** The office suffix of a township-level unit by its name's ending (街道 → 办事处), empty if it has none. */
    Optional<String> townshipSuffix(String townshipName) {
        var fields = townshipSuffix.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (townshipName.endsWith(e.getKey())) {
                return Optional.of(e.getValue().asText());
            }
        }
        return Optional.empty();
    }

    double townshipPublishShare(String provinceCode) {
        return townshipShare.path(provinceCode).asDouble(townshipShare.get("default").asDouble());
    }
}
