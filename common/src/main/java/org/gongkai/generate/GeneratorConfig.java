package org.gongkai.generate;

import java.io.Serializable;

/**
 * Everything the corpus depends on besides the region registry: the seed, the years, the sample scale, the
 * layout mix and the defect rates. Two runs with equal configs write byte-identical corpora.
 */
public record GeneratorConfig(long seed, int firstYear, int lastYear, double scale, LayoutMix layouts,
                              DefectRates defects) implements Serializable {

    public GeneratorConfig {
        if (firstYear < AgencySeries.FIRST_YEAR || lastYear < firstYear) {
            throw new IllegalArgumentException("years must lie in " + AgencySeries.FIRST_YEAR + "– and be ordered: "
                    + firstYear + "-" + lastYear);
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be in (0, 1]: " + scale);
        }
    }

    public AgencyUniverse universe() {
        return AgencyUniverse.of(seed, scale);
    }
}
