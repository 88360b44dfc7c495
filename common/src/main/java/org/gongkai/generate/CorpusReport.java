package org.gongkai.generate;

import org.gongkai.report.NormalizedReport;

import java.util.List;

/**
 * One report of the corpus as printed, before it becomes lines of the output files or rows of a warehouse.
 *
 * @param path        the file's path relative to the corpus directory (files/PROVINCE/AGENCY/YEAR.EXT)
 * @param bytes       the printed report, or the bad file that replaces it
 * @param expected    what a correct parser reads from the file (source.uri is the path, source.sha256 the
 *                    bytes' hash), or null for a bad file, which is no report
 * @param generatorId the generator's id of the report, as defects.jsonl names it
 * @param sourceUrl   the manifest's source_url
 */
public record CorpusReport(UniverseAgency agency, int year, String path, byte[] bytes, NormalizedReport expected,
                           Defect defect, String generatorId, String publishedOn, String sourceUrl,
                           ReportFacts facts) {

    /** Its defects.jsonl lines (no newlines). */
    public List<String> defectLines() {
        return defect == null ? List.of() : List.of(DefectJson.line(path, generatorId, defect));
    }
}
