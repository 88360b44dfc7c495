package org.gongkai.generate;

import org.gongkai.report.ReportJson;

import java.util.ArrayList;
import java.util.List;

/**
 * An agency's corpus files: each of its {@link CorpusReports} with its manifest row, expected normalized report
 * and defect lines. A pure function of the config and the agency.
 */
public final class CorpusEntries {

    private CorpusEntries() {
    }

    public static List<CorpusEntry> of(UniverseAgency agency, GeneratorConfig config) {
        List<CorpusEntry> out = new ArrayList<>();
        for (CorpusReport report : CorpusReports.of(agency, config)) {
            out.add(entry(report));
        }
        return out;
    }

    private static CorpusEntry entry(CorpusReport report) {
        String expected = report.expected() == null ? null : ReportJson.write(report.expected(), false);
        String manifest = ManifestCsv.row(report.path(), report.agency(), report.year(), report.publishedOn(),
                report.sourceUrl());
        return new CorpusEntry(report.path(), report.bytes(), manifest, expected, report.defectLines(), report.facts());
    }
}
