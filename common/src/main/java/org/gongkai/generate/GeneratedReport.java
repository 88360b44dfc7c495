package org.gongkai.generate;

import org.gongkai.report.NormalizedReport;

/**
 * One agency-year: the correct report, the report as printed (equal to it unless a defect was injected) and
 * the defect, if any.
 */
public record GeneratedReport(UniverseAgency agency, int year, NormalizedReport correct, NormalizedReport printed,
                              Defect defect) {
}
