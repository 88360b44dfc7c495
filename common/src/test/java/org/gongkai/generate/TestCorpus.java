package org.gongkai.generate;

import java.util.ArrayList;
import java.util.List;

/** Small generated corpora for the tests. */
final class TestCorpus {

    static final double SCALE = 0.004;

    private TestCorpus() {
    }

    static GeneratorConfig config(long seed, DefectRates defects) {
        return new GeneratorConfig(seed, 2019, 2025, SCALE, LayoutMix.parse(LayoutMix.DEFAULT), defects);
    }

    /** Every agency's series (each a list of years in order). */
    static List<List<GeneratedReport>> series(GeneratorConfig config) {
        List<List<GeneratedReport>> out = new ArrayList<>();
        for (UniverseAgency agency : config.universe().agencies()) {
            out.add(AgencySeries.reports(agency, config));
        }
        return out;
    }

    static long value(org.gongkai.report.NormalizedReport report, String table, String row, String column) {
        return report.cell(table, row, column).orElseThrow().value().longValueExact();
    }
}
