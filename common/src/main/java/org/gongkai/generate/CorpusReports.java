package org.gongkai.generate;

import org.gongkai.render.RenderedReport;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * An agency's reports of the config's years, each printed in a layout drawn for it (or replaced by a bad file),
 * with what a correct parser reads back. A pure function of the config and the agency: what a Spark task
 * computes for each agency it is given, whether it then writes files or table rows.
 */
public final class CorpusReports {

    private CorpusReports() {
    }

    public static List<CorpusReport> of(UniverseAgency agency, GeneratorConfig config) {
        List<CorpusReport> out = new ArrayList<>();
        for (GeneratedReport report : AgencySeries.reports(agency, config)) {
            out.add(print(report, config));
        }
        return out;
    }

    private static CorpusReport print(GeneratedReport report, GeneratorConfig config) {
        UniverseAgency agency = report.agency();
        long seed = config.seed();
        double draw = Seeds.unit(seed, agency.id(), report.year(), "layout");
        boolean blanks = report.printed().cells().stream().anyMatch(c -> c.state() == CellState.BLANK);
        String layout = blanks ? config.layouts().pickKeepingBlanks(draw) : config.layouts().pick(draw);
        RenderedReport printed = CorpusPrinter.print(report.printed(), layout, Seeds.random(seed, agency.id(), report.year(), "print"));
        String path = "files/" + agency.provinceCode() + "/" + agency.id() + "/" + report.year() + "." + printed.extension();
        Defect defect = report.defect();
        boolean badFile = defect != null && defect.kind().isBadFile();
        byte[] bytes = badFile
                ? BadFileMaker.make(defect.kind(), report.printed(), Seeds.random(seed, agency.id(), report.year(), "bad"))
                : printed.bytes();
        ReportFacts facts = new ReportFacts(agency.level(), agency.scope(), report.year(),
                cellValue(report.correct(), "requests", "new_received", "total"),
                cellValue(report.correct(), "appeals", "review", "total"),
                defect == null ? null : defect.kind().code(), bytes.length);
        return new CorpusReport(agency, report.year(), path, bytes, badFile ? null : withPath(printed, path), defect,
                report.printed().reportId(), report.printed().publishedOn(),
                sourceUrl(agency, report.year(), printed.extension()), facts);
    }

    /** The printer's expected report already carries the bytes' hash, layout and encoding; the path completes it. */
    private static NormalizedReport withPath(RenderedReport printed, String path) {
        NormalizedReport r = printed.expected();
        Source source = r.source();
        return new NormalizedReport(r.reportId(), new Source(path, source.sha256(), source.layout(), source.encoding()),
                r.title(), r.agency(), r.year(), r.publishedOn(), r.format(), r.cells(), r.sections(), r.notices());
    }

    static String sourceUrl(UniverseAgency agency, int year, String extension) {
        String host = agency.regionCode() == null ? "www.gov.cn" : "xxgk.r" + agency.regionCode() + ".gov.cn";
        return "http://" + host + "/zfxxgk/ndbg/" + year + "/" + agency.id() + "." + extension;
    }

    private static long cellValue(NormalizedReport report, String table, String row, String column) {
        return report.cell(table, row, column).orElseThrow().value().longValueExact();
    }
}
