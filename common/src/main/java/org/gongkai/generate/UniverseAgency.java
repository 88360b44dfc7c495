package org.gongkai.generate;

import org.gongkai.report.Agency;

import java.io.Serializable;

/**
 * One agency that publishes an annual report every year.
 *
 * @param id           stable id: nat-KEY, gov-CODE, dep-CODE-KEY or twp-CODE
 * @param level        national, province, prefecture, county or township
 * @param scope        own, or aggregate for a government's region-wide report
 * @param regionCode   the deepest region code, null for a State Council department
 * @param provinceCode the province's code, 00 for a State Council department (the folder of its files)
 * @param regionName   the region's name (西安市), for the title of an aggregate report
 * @param publisher    who publishes: the agency itself, or a government's general office for an aggregate
 * @param weight       relative request traffic of the kind of agency
 */
public record UniverseAgency(String id, String name, String level, String scope, String regionCode,
                             String provinceCode, String regionName, String publisher, double weight)
        implements Serializable {

    public boolean isAggregate() {
        return "aggregate".equals(scope);
    }

    public Agency toAgency() {
        return new Agency(name, regionCode, level, scope);
    }
}
