package org.gongkai.generate;

import org.gongkai.format.FormatCatalog;
import org.gongkai.report.NormalizedReport;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An agency's reports year by year, from 2019 (the first year of the current formats) so that the carry-overs
 * of a year never depend on which years were asked for. An own-scope agency's numbers come from its value
 * model; a government's aggregate report sums the own reports of its region (each agency once, so the national
 * sum over own reports counts each case once), less the few agencies whose reports did not reach the summary.
 */
public final class AgencySeries {

    public static final int FIRST_YEAR = 2019;
    /** Share of own reports left out of the region's aggregate (not submitted in time). */
    static final double UNSUBMITTED_SHARE = 0.02;

    private AgencySeries() {
    }

    /** The reports of the config's years. */
    public static List<GeneratedReport> reports(UniverseAgency agency, GeneratorConfig config) {
        List<YearValues> values = values(agency, config.universe(), config.seed(), config.lastYear());
        List<GeneratedReport> out = new ArrayList<>();
        NormalizedReport previous = null;
        for (int year = FIRST_YEAR; year <= config.lastYear(); year++) {
            GeneratedReport report = report(agency, year, values.get(year - FIRST_YEAR), previous, config);
            if (year >= config.firstYear()) {
                out.add(report);
            }
            previous = report.printed();
        }
        return out;
    }

    /** The numbers of every year from 2019 to {@code lastYear}. */
    static List<YearValues> values(UniverseAgency agency, AgencyUniverse universe, long seed, int lastYear) {
        if (!agency.isAggregate()) {
            return ownValues(agency, seed, lastYear);
        }
        List<YearValues> sums = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= lastYear; year++) {
            sums.add(new YearValues());
        }
        for (UniverseAgency part : universe.partsOf(agency)) {
            if (submitted(part, seed)) {
                List<YearValues> partValues = ownValues(part, seed, lastYear);
                for (int i = 0; i < sums.size(); i++) {
                    sums.get(i).add(partValues.get(i));
                }
            }
        }
        return sums;
    }

    /** Whether an own report reached its region's aggregates (the same every year and at every level). */
    static boolean submitted(UniverseAgency part, long seed) {
        return Seeds.unit(seed, part.id(), "submitted") >= UNSUBMITTED_SHARE;
    }

    static SplittableRandom narrativeRandom(ReportDraft draft) {
        return Seeds.random(0, draft.agency.id(), draft.year, "narrative");
    }

    private static List<YearValues> ownValues(UniverseAgency agency, long seed, int lastYear) {
        ValueModel model = new ValueModel(agency, seed);
        List<YearValues> out = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= lastYear; year++) {
            out.add(model.next(year, Seeds.random(seed, agency.id(), year, "values")));
        }
        return out;
    }

    private static GeneratedReport report(UniverseAgency agency, int year, YearValues values, NormalizedReport previous,
                                          GeneratorConfig config) {
        long seed = config.seed();
        String format = FormatCatalog.standard().formatForYear(year).orElseThrow().code();
        SplittableRandom dates = Seeds.random(seed, agency.id(), year, "published");
        ReportDraft draft = new ReportDraft(agency, year, values, format, PublicationDates.onTime(agency, year, dates));
        writeSections(draft);
        NormalizedReport correct = draft.toReport();
        draft.sections = null;
        Defect defect = config.defects().pick(Seeds.unit(seed, agency.id(), year, "defect"))
                .flatMap(kind -> new DefectInjector(draft, previous, Seeds.random(seed, agency.id(), year, "inject"))
                        .inject(kind))
                .orElse(null);
        if (draft.sections == null) {
            boolean sameTables = draft.format.equals(correct.format()) && draft.cells.equals(correct.cells());
            if (sameTables) {
                draft.sections = correct.sections();
            } else {
                writeSections(draft);
            }
        }
        return new GeneratedReport(agency, year, correct, draft.toReport(), defect);
    }

    private static void writeSections(ReportDraft draft) {
        long received = draft.cell("requests", "new_received", "total").value().longValueExact();
        draft.sections = NarrativeWriter.sections(draft.agency, draft.year, draft.format, draft.cells, received,
                narrativeRandom(draft));
    }
}
